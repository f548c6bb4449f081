#pragma once

#include "engine/JobRecorder.h"
#include "engine/ServerProbe.h"
#include "models/BackupInstance.h"
#include "models/BackupPolicy.h"
#include "models/Job.h"
#include "models/PointManifest.h"
#include "models/RecoveryPoint.h"
#include "models/Result.h"
#include "models/RetentionRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace PgVault {

class Catalog;
class PointDumps;
class PointWriter;
class VaultStore;

/// Everything one backup needs besides the catalog. JobRunner fills it after it has read the
/// password from the keychain, claimed the instance's lease and created the job row `jobId`.
struct BackupRequest
{
    QString jobId;
    BackupInstance instance;
    QString password; ///< held in memory for the run; reaches children only through ChildEnvironment
    std::optional<RetentionRule::Kind> chosenRule; ///< on-demand: the rule the user picked
    QDateTime start; ///< UTC; the recovery point's time
    int parallelism = 2; ///< databases dumped at once
    QStringList toolSearchDirs; ///< where to look for pg_dump; empty: PgTools' default places
};

/// One backup of a whole server into a recovery point, blocking on the calling thread: probes the
/// server, removes leftovers of interrupted runs, has PointDumps dump every database with pg_dump
/// -Fc and the roles, tablespaces and schema with pg_dumpall (bounded parallelism), all streamed
/// through zstd into the vault, commits the manifest, indexes the point with its retention tag and
/// records everything in the job row. Renews the instance's lease and writes progress every
/// second, and stops when cancel() is called or the job's cancellation is requested in the
/// catalog. JobRunner runs it on a worker thread; it does not claim or release the lease itself.
class BackupRunner
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::BackupRunner)

public:
    /// Called on the run() thread; keep them short (JobRunner forwards them as signals).
    /// Progress and output callbacks, called on the worker thread; the same as restore and verify use.
    using Observer = JobRecorder::Observer;

    static constexpr int DefaultParallelism = 2;
    static constexpr int HeartbeatMs = 1000;
    static constexpr int CompressionLevel = 3;

    BackupRunner(BackupRequest request, Observer observer = {});
    ~BackupRunner();
    BackupRunner(const BackupRunner &) = delete;
    BackupRunner &operator=(const BackupRunner &) = delete;

    /// Runs the backup to its end and returns the job as recorded: Completed with the point id,
    /// tag and expiry; Failed with the error; or Cancelled. `catalog` must have been opened on
    /// this thread.
    Job run(const Catalog &catalog);

    /// Asks the run to stop (any thread): children are killed and the partial point removed.
    void cancel();

    /// A new recovery point id: 32 lowercase hex characters.
    static QString newPointId();

private:
    struct Prepared;

    Result<Prepared> prepare(const Catalog &catalog);
    /// Called by PointDumps::run on this thread: the job row, the lease and cancel requests
    /// from other processes are kept current only here.
    void heartbeat(const Catalog &catalog, PointDumps &dumps);
    Result<RecoveryPoint> commit(
        const Catalog &catalog, const Prepared &prepared, PointWriter &point, const PointDumps &dumps);
    void recordPoint(const RecoveryPoint &point);
    void addOutput(const QString &text);
    void flushOutput(const Catalog &catalog);
    void putSubTask(const Catalog &catalog, const SubTask &task);
    Job finish(const Catalog &catalog, JobTypes::Status status, std::optional<Error> error);

    BackupRequest m_request;
    Observer m_observer;
    Job m_job;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex; ///< the dump workers add output too
    QString m_pendingOutput; ///< guarded by m_mutex
    QDateTime m_lastRenewal;
};

} // namespace PgVault
