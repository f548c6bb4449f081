#include "ui/restore/RestoreValidator.h"

#include "engine/restore/RestorePlan.h"

#include <QThread>

#include <memory>

namespace PgVault {

RestoreValidator::RestoreValidator(QObject *parent)
    : QObject(parent)
{
}

void RestoreValidator::start(const RestoreRequest &request, const RecoveryPoint &point)
{
    const int generation = ++m_generation;
    m_running = true;
    auto outcome = std::make_shared<RestoreValidation>();
    QThread *thread = QThread::create([outcome, request, point] { *outcome = RestorePlan::validate(request, point); });
    thread->setObjectName(QStringLiteral("restoreValidation"));
    // Not parented: if the validator goes first, the thread still ends and deletes itself.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(*outcome);
    });
    thread->start();
}

} // namespace PgVault
