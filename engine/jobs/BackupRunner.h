#pragma once

#include "engine/instances/ServerProbe.h"
#include "engine/jobs/JobRun.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/jobs/Job.h"
#include "models/points/PointManifest.h"
#include "models/points/RecoveryPoint.h"
#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace PgVault {

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
/// records everything in the job row. A JobRun: JobRunner runs it on a worker thread holding the
/// instance's lease, and the job runtime keeps the row, the lease and cancel requests current.
class BackupRunner final : public JobRun
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::BackupRunner)

public:
    static constexpr int DefaultParallelism = 2;
    static constexpr int CompressionLevel = 3;

    BackupRunner(BackupRequest request, JobRecorder::Observer observer = {});
    ~BackupRunner() override;

    /// A new recovery point id: 32 lowercase hex characters.
    static QString newPointId();

protected:
    JobOutcome perform(const QSqlDatabase &database, JobRecorder &recorder) override;
    QString secret() const override { return m_request.password; }

private:
    struct Prepared;

    Result<Prepared> prepare(const QSqlDatabase &database, JobRecorder &recorder);
    /// Called by PointDumps::run on this thread: the job row, the lease and cancel requests from
    /// other processes are kept current only here.
    void heartbeat(JobRecorder &recorder, PointDumps &dumps);
    Result<RecoveryPoint> commit(const QSqlDatabase &database,
        JobRecorder &recorder,
        const Prepared &prepared,
        PointWriter &point,
        const PointDumps &dumps);
    void recordPoint(JobRecorder &recorder, const RecoveryPoint &point);

    BackupRequest m_request;
};

} // namespace PgVault
