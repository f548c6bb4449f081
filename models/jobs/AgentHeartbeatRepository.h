#pragma once

#include "models/Result.h"
#include "models/jobs/AgentHeartbeat.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace PgVault {

/// The scheduler agents' heartbeats in the catalog: each `pgvaultctl agent` (engine Agent) keeps
/// its row fresh every IntervalMs and deletes it when it stops; the main window's status bar reads
/// them to say whether scheduled backups will run.
class AgentHeartbeatRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::AgentHeartbeatRepository)

public:
    /// How often a running agent refreshes its heartbeat.
    static constexpr qint64 IntervalMs = qint64{30} * 1000;
    /// A heartbeat older than this is from an agent that is no longer running (killed, hung, or on
    /// a machine that went to sleep).
    static constexpr qint64 StaleAfterMs = qint64{2} * 60 * 1000;

    explicit AgentHeartbeatRepository(const QSqlDatabase &database);

    /// Records or refreshes the agent's row (keyed by host and pid), and drops stale rows of other
    /// processes on the same host: those processes are gone.
    Result<void> beat(const AgentHeartbeat &heartbeat);
    /// Deletes the agent's row (on a clean stop).
    Result<void> remove(const QString &host, qint64 pid);

    /// The longest-running agent whose heartbeat is fresh at `now`; nullopt when none is running.
    Result<std::optional<AgentHeartbeat>> running(const QDateTime &now) const;
    /// The newest heartbeat of any agent, fresh or stale; nullopt when there is none (no agent
    /// has run, or every one stopped cleanly).
    Result<std::optional<AgentHeartbeat>> latest() const;
    /// The latest beat at or before `notAfter` of any agent but the process `host`/`pid`; invalid
    /// when there is none. Evidence of how far the clock had come (ClockCheck), which leaves out
    /// the asking process's own beats: they come from the very clock being checked.
    Result<QDateTime> newestBeatOfOthers(const QDateTime &notAfter, const QString &host, qint64 pid) const;
    /// The beats after `after` and at or before `notAfter` of every agent but `host`/`pid`, oldest
    /// first (ClockCheck).
    Result<QList<QDateTime>> beatsOfOthersBetween(
        const QDateTime &after, const QDateTime &notAfter, const QString &host, qint64 pid) const;

private:
    Result<std::optional<AgentHeartbeat>> first(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_database;
};

} // namespace PgVault
