#pragma once

#include "engine/instances/ServerProbe.h"
#include "engine/jobs/JobRun.h"
#include "models/instances/BackupInstance.h"
#include "models/jobs/Job.h"
#include "models/points/PointManifest.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace PgVault {

class VaultStore;

/// What one verification needs: the point, and for a restore drill where to restore it.
struct VerifyRequest
{
    QString jobId;
    BackupInstance instance;
    QString pointId;
    bool testRestore = false;
    /// The drill's server; an empty host means a ScratchCluster on this machine.
    ServerConnection scratchServer;
    int jobs = 2; ///< pg_restore -j in the drill
    QStringList toolSearchDirs;
};

/// Verifies a recovery point, blocking on the calling thread: re-reads every file and checks its
/// size and SHA-256 against the manifest, naming each file that differs; with testRestore also
/// restores the point into a scratch server and compares every table's row count with the counts
/// the backup recorded. Records a Verify job and the point's verified state (Passed/Failed).
/// JobRunner runs it on a worker thread holding the instance's lease.
class VerifyRunner final : public JobRun
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::VerifyRunner)

public:
    VerifyRunner(VerifyRequest request, JobRecorder::Observer observer = {});

    /// "db.schema.table: expected N, found M" for every difference; empty when they agree.
    static QStringList compareCounts(
        const QString &database, const QMap<QString, qint64> &expected, const QMap<QString, qint64> &found);

protected:
    JobOutcome perform(const QSqlDatabase &database, JobRecorder &recorder) override;
    QString secret() const override { return m_request.scratchServer.password; }

private:
    JobOutcome check(const QSqlDatabase &database, JobRecorder &recorder);
    Result<void> checkFiles(const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder);
    Result<void> drill(const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder);

    VerifyRequest m_request;
};

} // namespace PgVault
