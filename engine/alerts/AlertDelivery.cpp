#include "engine/alerts/AlertDelivery.h"

#include "engine/Logging.h"
#include "engine/alerts/AlertCommand.h"
#include "engine/alerts/AlertEvaluator.h"
#include "engine/alerts/DesktopNotifier.h"
#include "models/alerts/AlertRepository.h"

#include <QSet>

namespace PgVault {

AlertDelivery::AlertDelivery(QObject *parent)
    : QObject(parent)
{
}

AlertDelivery::~AlertDelivery() = default;

Result<QList<Alert>> AlertDelivery::deliver(const QSqlDatabase &database, const QDateTime &now)
{
    const Result<QList<Alert>> active = AlertEvaluator(database).active(now);
    if (!active)
        return active.error();
    AlertRepository repository(database);
    QSet<QString> keys;
    for (const Alert &alert : *active)
        keys.insert(alert.key());
    if (const Result<int> forgotten = repository.forgetAllBut(keys); !forgotten)
        return forgotten.error();
    else if (*forgotten > 0)
        qCInfo(lcEngineAlerts) << *forgotten << "alert(s) resolved";

    QString command = m_override;
    if (command.isEmpty()) {
        const Result<QString> stored = repository.command();
        if (!stored)
            return stored.error();
        command = *stored;
    }
    QList<Alert> delivered;
    for (const Alert &alert : *active) {
        const Result<bool> claimed = repository.claim(alert.key(), now);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            continue;
        qCWarning(lcEngineAlerts).noquote() << "alert:" << alert.text();
        DesktopNotifier::notify(alert);
        if (!command.isEmpty())
            m_queue.append({command, alert});
        delivered << alert;
    }
    runNext();
    return delivered;
}

void AlertDelivery::runNext()
{
    if (m_running)
        return;
    if (m_queue.isEmpty())
        return;
    const auto [command, alert] = m_queue.takeFirst();
    m_running = new AlertCommand(command, alert, m_timeoutMs, this);
    connect(m_running, &AlertCommand::finished, this, [this] {
        m_running->deleteLater();
        m_running = nullptr;
        runNext();
        if (isIdle())
            Q_EMIT idle();
    });
    m_running->start();
}

} // namespace PgVault
