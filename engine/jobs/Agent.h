#pragma once

#include "engine/jobs/Scheduler.h"
#include "models/Clock.h"
#include "models/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <memory>

namespace PgVault {

class AlertDelivery;
class Catalog;
class JobRepository;
class JobRunner;

/// The scheduler agent behind `pgvaultctl agent`: on each pass it checks the clock (ClockCheck),
/// marks jobs of dead processes Failed, starts the scheduled backups that are due (Scheduler)
/// through JobRunner, and deletes expired points (ExpiryRunner); then it sleeps until the next
/// slot, re-reading the catalog at least every minute so new instances and policy changes are
/// picked up. While the clock is not trusted it deletes nothing and fails no job, but keeps
/// backing up; jobs and points dated in the future are logged and ignored for scheduling. stop() cancels the
/// backups still running (their partial points are removed) and marks them interrupted by
/// shutdown, so they run again at the next start like a backup missed while the machine was off.
/// While started (not in runOnce) it keeps a heartbeat in the catalog (AgentHeartbeatRepository)
/// so the GUI can tell that scheduled backups run, and removes it when it has stopped. After each pass
/// and each backup it ran, it delivers the alerts that became active (AlertDelivery), unless the
/// clock is not trusted (a clock far ahead would find every backup overdue); runOnce and stop wait
/// for the alert commands still running.
class Agent : public QObject
{
    Q_OBJECT

public:
    /// Longest sleep between passes.
    static constexpr int MaxSleepMs = 60 * 1000;
    /// A scheduled backup that could not start (keychain locked, vault missing) is retried after this.
    static constexpr qint64 RetryStartAfterMs = qint64{5} * 60 * 1000;
    /// How often expiry also indexes the vaults' points that have no catalog row; it reads every
    /// manifest, so not every minute. The first pass of a process always does.
    static constexpr qint64 IndexUncataloguedEveryMs = qint64{60} * 60 * 1000;
    /// additionalDetails key and value of a scheduled backup cancelled by the agent's shutdown.
    static constexpr auto InterruptedKey = "InterruptedBy";
    static constexpr auto InterruptedByShutdown = "AgentShutdown";

    /// `catalogPath` is the catalog file (Home::catalogPath()).
    explicit Agent(const QString &catalogPath, QObject *parent = nullptr);
    ~Agent() override;

    /// The clock for scheduling and expiry decisions and for dating the jobs it starts (default:
    /// the system clock, UTC).
    void setClock(Clock clock);
    /// The command run for each new alert instead of the catalog's (`pgvaultctl agent --on-alert`).
    void setAlertCommand(const QString &command);
    AlertDelivery *alertDelivery() const { return m_alerts; }

    /// Opens the catalog, runs a pass now and keeps running passes until stop().
    Result<void> start();
    /// Opens the catalog and runs one pass; Q_EMITs onceFinished when the backups it started have
    /// ended.
    Result<void> runOnce();
    /// Cancels this agent's running backups, waits for them, and Q_EMITs stopped.
    void stop();

    /// The newest scheduled Backup job's start for the instance, ignoring backups the agent's
    /// shutdown interrupted and jobs dated in the future (a clock that was ahead recorded them, so
    /// they say nothing about which slots ran as of `now`); invalid when there is none.
    static Result<QDateTime> lastScheduledStart(
        const JobRepository &jobs, const QString &instanceName, const QDateTime &now);

Q_SIGNALS:
    void backupStarted(const QString &instanceName, const QString &jobId);
    /// After runOnce: whether everything it did succeeded (every backup completed, nothing failed).
    void onceFinished(bool succeeded);
    void stopped();

private:
    Result<void> openCatalog();
    /// One pass: abandoned jobs, due backups, expiry; then arms the timer (unless once).
    void pass();
    void startBackup(const DueBackup &backup);
    void backupFinished(const QString &jobId, int status);
    void checkOnceDone();
    /// Delivers the alerts that became active (not while the clock is doubted).
    void deliverAlerts();
    /// finishStop once nothing runs any more: no backup, no pending start, no alert command.
    void finishStopWhenIdle();
    void armTimer(const QList<ScheduledInstance> &instances);
    /// Logs, once per process, each job and point dated after `now`: a clock that was ahead
    /// recorded it. `names` maps instance ids to names.
    void reportFutureDated(const QSqlDatabase &database, const QDateTime &now, const QHash<QString, QString> &names);
    /// Records this process's heartbeat (started by start(), every AgentHeartbeatRepository::IntervalMs).
    void beat();
    /// Removes the heartbeat and Q_EMITs stopped.
    void finishStop();
    void removeHeartbeat();

    QString m_catalogPath;
    std::unique_ptr<Catalog> m_catalog;
    JobRunner *m_runner; ///< child
    AlertDelivery *m_alerts; ///< child
    QTimer m_timer;
    QTimer m_heartbeatTimer;
    QDateTime m_started; ///< when start() ran; invalid for runOnce()
    Clock m_clock;
    bool m_once = false;
    bool m_onceOk = true;
    bool m_stopping = false;
    bool m_stopFinished = false;
    bool m_clockTrusted = false; ///< by the latest pass's ClockCheck
    int m_pendingStarts = 0;
    QSet<QString> m_busyInstances; ///< ids with a start pending or a backup running here
    QHash<QString, QString> m_jobInstance; ///< job id -> instance id of the backups running here
    /// instance id -> slot whose start failed, and when; retried after RetryStartAfterMs.
    QHash<QString, QPair<QDateTime, QDateTime>> m_failedStarts;
    QSet<QString> m_reportedFuture; ///< ids of future-dated jobs and points already logged
    QElapsedTimer m_sinceIndexed; ///< invalid until the first indexing
};

} // namespace PgVault
