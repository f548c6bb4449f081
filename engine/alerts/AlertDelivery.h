#pragma once

#include "engine/alerts/Alert.h"
#include "models/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>

namespace PgVault {

class AlertCommand;

/// Delivers the alerts that became active, each once: a warning in the log (standard error, the
/// journal under systemd, the log file), a desktop notification (DesktopNotifier) and the user's
/// alert command (AlertCommand; `agent --on-alert` or `alerts set-command`), run one at a time
/// after the pass that found them so they never hold up a backup. Which alerts were delivered is
/// kept in the catalog (AlertRepository), so a restarted agent, or a second one sharing the catalog,
/// does not repeat them; an alert that resolved is forgotten. Used by the agent after each pass and
/// after each backup it ran.
class AlertDelivery : public QObject
{
    Q_OBJECT

public:
    /// A command still running after this is killed.
    static constexpr int CommandTimeoutMs = 60 * 1000;

    explicit AlertDelivery(QObject *parent = nullptr);
    ~AlertDelivery() override;

    /// The command for every alert instead of the catalog's (`pgvaultctl agent --on-alert`); empty:
    /// the catalog's, if one is set.
    void setCommandOverride(const QString &command) { m_override = command; }
    void setCommandTimeout(int ms) { m_timeoutMs = ms; }

    /// Finds the active alerts at `now` in `database`, delivers those not delivered before, and
    /// forgets the resolved ones; returns the alerts it delivered. Commands run afterwards.
    Result<QList<Alert>> deliver(const QSqlDatabase &database, const QDateTime &now);

    /// No alert command is running or waiting.
    bool isIdle() const { return m_running == nullptr && m_queue.isEmpty(); }

Q_SIGNALS:
    /// The last queued alert command has ended.
    void idle();

private:
    void runNext();

    QString m_override;
    int m_timeoutMs = CommandTimeoutMs;
    QList<QPair<QString, Alert>> m_queue; ///< command line, alert
    AlertCommand *m_running = nullptr; ///< child while running
};

} // namespace PgVault
