#include "ui/instances/ReadinessValidator.h"

#include "engine/instances/InstanceReadiness.h"

#include <QThread>

namespace PgVault {

ReadinessValidator::ReadinessValidator(QObject *parent)
    : QObject(parent)
{
}

void ReadinessValidator::start(const ServerConnection &connection, const Vault &vault, bool vaultExists)
{
    const int generation = ++m_generation;
    m_running = true;
    auto outcome = std::make_shared<ReadinessReport>();
    QThread *thread = QThread::create(
        [outcome, connection, vault, vaultExists] { *outcome = run(connection, vault, vaultExists); });
    thread->setObjectName(QStringLiteral("readinessValidation"));
    // The thread object is not parented: if this validator goes away first, the thread still ends
    // and deletes itself; only the connection to `this` is dropped.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(*outcome);
    });
    thread->start();
}

ReadinessReport ReadinessValidator::run(const ServerConnection &connection, const Vault &vault, bool vaultExists)
{
    return InstanceReadiness::check(connection, vault, vaultExists);
}

} // namespace PgVault
