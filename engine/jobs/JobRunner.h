#pragma once

#include "engine/jobs/VerifyRunner.h"
#include "engine/restore/RestoreRequest.h"
#include "models/Clock.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/jobs/Job.h"
#include "models/policies/RetentionRule.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace PgVault {

class Catalog;
class JobRun;

/// Runs jobs of this process — backups, restores and verifications — each on
/// its own worker thread, and reports them as catalog rows and signals. Before a job starts it
/// reads the instance's password from the keychain and claims the instance's lease, so one
/// operation runs at a time per instance across every process sharing the catalog. Used by the
/// GUI's Backup now, by `pgvaultctl backup-now` and by the agent.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    /// Called once: the new job's id, or why the job could not start (instance busy — naming the
    /// running job —, keychain unavailable, password missing, vault not usable, …). Nothing is
    /// recorded for a job that did not start.
    using StartCallback = std::function<void(const Result<QString> &jobId)>;

    /// `catalogPath` is the catalog file; each worker opens its own connection to it.
    explicit JobRunner(const QString &catalogPath, QObject *parent = nullptr);
    ~JobRunner() override;

    /// Starts a backup of the instance. `chosenRule` is the retention rule the user picked in
    /// Backup now (an on-demand backup); a scheduled backup passes nullopt and userTriggered false.
    void startBackup(const BackupInstance &instance,
        std::optional<RetentionRule::Kind> chosenRule,
        bool userTriggered,
        const QObject *context,
        StartCallback callback);

    /// Starts a restore of `request.pointId` (request.jobId and instance are filled here). Needs no
    /// keychain: the source is the vault and the target's password travels in the request.
    void startRestore(
        const BackupInstance &instance, RestoreRequest request, const QObject *context, const StartCallback &callback);
    /// Starts a verification (and with request.testRestore a restore drill) of a point.
    void startVerify(
        const BackupInstance &instance, VerifyRequest request, const QObject *context, const StartCallback &callback);

    /// Asks a job of this process to stop: its child processes are killed, a partial recovery
    /// point is removed, and it ends Cancelled. Jobs of other processes are cancelled through
    /// JobRepository::requestCancel, which their runner polls.
    void cancel(const QString &jobId);

    /// Jobs of this process still running.
    QStringList runningJobs() const;

    /// Blocks until every running job has finished (for shutdown and the CLI).
    void waitForAll();

    /// How many databases a backup dumps at once (default 2).
    void setParallelism(int databases);
    /// The clock that dates backup jobs and their recovery points (default: the system clock, UTC);
    /// the agent gives its own, so a scheduled backup and the decision to start it share one time.
    void setClock(Clock clock);

    /// Marks jobs whose process died (JobRepository::failAbandoned) on a worker thread with its own
    /// catalog connection, so a window can keep the Jobs view honest without writing to the
    /// catalog from its own thread. Reports with abandonedSwept; a sweep still running is not doubled.
    void sweepAbandoned(const QDateTime &now);

Q_SIGNALS:
    void jobStarted(const QString &jobId);
    /// Progress 0..1 and the bytes written so far; at most a few times a second.
    void jobProgressed(const QString &jobId, double progress, qint64 bytesTransferred);
    /// A line or chunk of a tool's stderr or of the runner's own narration, for live output.
    void jobOutput(const QString &jobId, const QString &text);
    void jobFinished(const QString &jobId, PgVault::JobTypes::Status status);
    /// A sweepAbandoned() ended; `failed` jobs were marked Failed.
    void abandonedSwept(int failed);

private:
    /// Checks the vault, then launchJob with a BackupRunner.
    Result<QString> launchBackup(const BackupInstance &instance,
        const QString &password,
        std::optional<RetentionRule::Kind> chosenRule,
        bool userTriggered);
    /// The one start path of every job: claims the instance's lease, records `job` and runs `run`
    /// on a worker thread with its own catalog connection; releases the lease when it ends.
    Result<QString> launchJob(const Job &job, const std::shared_ptr<JobRun> &run);
    JobRecorder::Observer observerFor(const QString &jobId);
    /// Emits jobStarted and calls back (queued) for restore and verify starts.
    void report(const Result<QString> &started, const QObject *context, const StartCallback &callback);
    /// On this object's thread once a worker has ended: joins it and reports the job.
    void finished(const QString &jobId, JobTypes::Status status);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PgVault
