#pragma once

#include "models/Job.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace PgVault {

class Catalog;

/// The job row of a restore or verify run, kept current from the run's own thread: sub-tasks,
/// progress, captured output, the heartbeat and the instance lease renewal, cancellation asked
/// for by another process, and the final state. RestoreRunner and VerifyRunner share it; it
/// follows BackupRunner's conventions so the Jobs views show every job alike.
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

    /// Loads the job row `jobId` (created by JobRunner) from `catalog`, which must have been
    /// opened on this thread. `secret` is scrubbed from every output line.
    JobRecorder(const Catalog &catalog,
        const QString &jobId,
        const QString &instanceId,
        Observer observer,
        QString secret = {});

    Job &job() { return m_job; }
    std::atomic<bool> &stopFlag() { return m_stop; }
    bool stopped() const { return m_stop.load(); }
    /// From any thread.
    void cancel() { m_stop = true; }

    /// Appends a sub-task (InProgress) and returns its index in job().subTasks.
    int addSubTask(const QString &name);
    void setSubTask(int index, JobTypes::Status status, const QString &detailKey = {}, const QString &detail = {});
    void output(const QString &text);

    /// Writes progress and output, renews the lease, notices a cancel request; cheap enough to
    /// call often (it does the work at most once per HeartbeatMs unless `force`). Returns false
    /// once the run should stop (cancelled or lease lost).
    bool tick(double progress, qint64 bytes, bool force = false);

    /// Records the end and returns the job as stored.
    Job finish(JobTypes::Status status, std::optional<Error> error);

    /// The Error for a run stopped by cancel().
    static Error cancelled();

private:
    void flushOutput();

    const Catalog &m_catalog;
    QString m_instanceId;
    Observer m_observer;
    QString m_secret;
    Job m_job;
    QString m_pendingOutput;
    QDateTime m_lastTick;
    QDateTime m_lastRenewal;
    std::atomic<bool> m_stop{false};
    std::optional<Error> m_leaseLost;
};

} // namespace PgVault
