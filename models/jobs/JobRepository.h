#pragma once

#include "models/Result.h"
#include "models/instances/InstanceLeases.h"
#include "models/jobs/Job.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace PgVault {

/// Which jobs to show: a time window on the start time plus optional status, operation and
/// instance filters. Everything is filtered in SQL over indexed columns.
struct JobFilter
{
    QDateTime since; ///< UTC; invalid = no lower bound
    QDateTime until; ///< UTC; invalid = no upper bound
    std::optional<JobTypes::Status> status;
    std::optional<JobTypes::Operation> operation;
    std::optional<bool> userTriggered; ///< with Backup: scheduled (false) or on-demand (true)
    QString instanceName;
};

/// The order of a job list: the Jobs view's column sort, done in SQL so a million rows stay cheap.
struct JobSort
{
    enum class Key { StartTime, InstanceName, Operation, Status, Duration, BytesTransferred };
    Key key = Key::StartTime;
    bool descending = true;
};

/// Jobs and their sub-tasks in the catalog. Writers are the engine's job runner (one row per
/// operation, updated as it runs); readers are the Jobs views and `pgvaultctl jobs`.
class JobRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::JobRepository)

public:
    /// Captured tool output kept per job; the rest is cut with a note.
    static constexpr int MaxOutputBytes = 256 * 1024;

    explicit JobRepository(const QSqlDatabase &database);

    /// Inserts the job with its sub-tasks.
    Result<void> create(const Job &job);
    /// Writes every mutable field and replaces the sub-tasks.
    Result<void> update(const Job &job);
    /// The cheap, frequent write while a job runs.
    Result<void> updateProgress(const QString &jobId, double progress, qint64 bytes, const QDateTime &heartbeat);
    Result<void> putSubTask(const QString &jobId, const SubTask &task);
    /// Appends to the captured output, keeping at most MaxOutputBytes.
    Result<void> appendOutput(const QString &jobId, const QString &text);

    /// The whole job, sub-tasks and output included.
    Result<std::optional<Job>> find(const QString &jobId) const;
    /// Newest first unless `sort` says otherwise, without sub-tasks and output (the list views do
    /// not need them).
    Result<QList<Job>> list(const JobFilter &filter, int offset = 0, int limit = 1000, const JobSort &sort = {}) const;
    Result<int> count(const JobFilter &filter) const;
    /// Counts per status for the filter, ignoring filter.status (the status tiles).
    Result<QMap<JobTypes::Status, int>> countByStatus(const JobFilter &filter) const;

    /// Asks the process running the job to stop it (`pgvaultctl job cancel`, the Cancel button);
    /// the runner sees the request at its next heartbeat. Fails for a job that is not running.
    Result<void> requestCancel(const QString &jobId);
    Result<bool> isCancelRequested(const QString &jobId) const;

    /// A running job's process renews its heartbeat every second and its lease every quarter
    /// lease lifetime; a job silent for three lease lifetimes belongs to a process that died.
    static constexpr qint64 AbandonedAfterMs = 3 * InstanceLeases::TtlMs;

    /// Marks InProgress jobs whose heartbeat is older than `staleAfterMs` as Failed: their process
    /// died. Returns how many. The agent and JobRunner::sweepAbandoned (for the GUI) call it.
    Result<int> failAbandoned(const QDateTime &now, qint64 staleAfterMs = AbandonedAfterMs);
    /// Marks one InProgress job Failed the same way, at once: its process is known to have ended
    /// (InstanceLeases takes its lease over). False when the job was not InProgress.
    Result<bool> failAbandonedJob(const QString &jobId);

    /// The latest start of any job at or before `notAfter`; invalid when there is none. Evidence of
    /// how far the clock had come (ClockCheck); jobs dated later were recorded by a clock that was
    /// ahead.
    Result<QDateTime> newestStart(const QDateTime &notAfter) const;
    /// The starts of the jobs after `after` and at or before `notAfter`, oldest first (ClockCheck).
    Result<QList<QDateTime>> startsBetween(const QDateTime &after, const QDateTime &notAfter) const;

private:
    /// Fails the InProgress jobs matching `condition` (SQL with one placeholder for `value`).
    Result<int> markAbandoned(const QString &condition, const QVariant &value);

    QSqlDatabase m_database;
};

} // namespace PgVault
