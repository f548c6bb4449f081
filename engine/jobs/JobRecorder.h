#pragma once

#include "models/Clock.h"
#include "models/Result.h"
#include "models/jobs/Job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace PgVault {

/// Why a job is asked to stop, shared between whoever asks (any thread) and the run.
struct JobStop
{
    std::atomic<bool> stop{false}; ///< stop now: cancelled, the lease lost, or a part of the work failed
    std::atomic<bool> cancelled{false}; ///< the user asked: cancel(), or a request in the catalog

    void cancel()
    {
        cancelled = true;
        stop = true;
    }
};

/// The job row of a running job, kept current from the run's thread: sub-tasks, progress,
/// captured output (from any thread), the heartbeat and the instance lease renewal, cancellation
/// asked for by another process, and the final state. JobRun creates one for every job, so the
/// Jobs views show every job alike.
class JobRecorder
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::JobRecorder)

public:
    /// Called on the run thread; JobRunner forwards them as signals.
    struct Observer
    {
        std::function<void(double progress, qint64 bytes)> progressed;
        std::function<void(const QString &text)> output;
    };

    static constexpr int HeartbeatMs = 1000;

    /// Loads the job row `jobId` (recorded by JobRun::begin) from `database`, a connection of
    /// this thread. `stop` is the run's (JobRun); `secret` is scrubbed from every output line;
    /// `clock` dates the end (progress and lease renewals go by the real time: they pace the work).
    JobRecorder(const QSqlDatabase &database,
        const QString &jobId,
        const QString &instanceId,
        JobStop &stop,
        Observer observer,
        QString secret = {},
        Clock clock = systemClock());

    Job &job() { return m_job; }
    /// The flag blocking work polls (child processes, dump workers); a failing part may set it.
    std::atomic<bool> &stopFlag() { return m_stop.stop; }
    bool stopped() const { return m_stop.stop.load(); }
    /// The user asked to stop (as opposed to a failure or a lost lease stopping the work).
    bool cancelRequested() const { return m_stop.cancelled.load(); }

    /// Appends a sub-task (InProgress) and returns its index in job().subTasks.
    int addSubTask(const QString &name);
    void setSubTask(int index, JobTypes::Status status, const QString &detailKey = {}, const QString &detail = {});
    /// Records job().subTasks' entry with task.id as it is now (after the caller changed it).
    void saveSubTask(const SubTask &task);
    /// Adds text to the job's output; any thread.
    void output(const QString &text);

    /// Writes progress and output, renews the lease, notices a cancel request; cheap enough to
    /// call often (it does the work at most once per HeartbeatMs unless `force`). Returns false
    /// once the run should stop (cancelled or lease lost).
    bool tick(double progress, qint64 bytes, bool force = false);

    /// Records the end and returns the job as stored.
    Job finish(JobTypes::Status status, std::optional<Error> error);

    /// The Error for a run stopped by a cancel request (code Job.Cancelled).
    static Error cancelled();

private:
    void flushOutput();

    QSqlDatabase m_database;
    QString m_instanceId;
    JobStop &m_stop;
    Observer m_observer;
    QString m_secret;
    Clock m_clock;
    Job m_job;
    QMutex m_outputMutex; ///< output() is called from dump workers too
    QString m_pendingOutput; ///< guarded by m_outputMutex
    QDateTime m_lastTick;
    QDateTime m_lastRenewal;
    std::optional<Error> m_leaseLost;
};

} // namespace PgVault
