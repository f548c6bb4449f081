#include "engine/jobs/VerifyRunner.h"

#include "engine/jobs/DeletedPoints.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/RowCounter.h"
#include "engine/restore/RestoreScript.h"
#include "engine/restore/RestoreToServer.h"
#include "engine/restore/ScratchCluster.h"
#include "engine/vault/CompressedFileReader.h"
#include "engine/vault/VaultStore.h"
#include "models/points/PointRepository.h"
#include "models/vaults/VaultRepository.h"

#include <QUuid>

namespace PgVault {

VerifyRunner::VerifyRunner(VerifyRequest request, JobRecorder::Observer observer)
    : JobRun(request.jobId, request.instance.id, std::move(observer))
    , m_request(std::move(request))
{
}

QStringList VerifyRunner::compareCounts(
    const QString &database, const QMap<QString, qint64> &expected, const QMap<QString, qint64> &found)
{
    QStringList differences;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!found.contains(it.key()))
            differences << tr("%1.%2: expected %3, found no such table").arg(database, it.key()).arg(it.value());
        else if (found.value(it.key()) != it.value())
            differences << tr("%1.%2: expected %3, found %4")
                               .arg(database, it.key())
                               .arg(it.value())
                               .arg(found.value(it.key()));
    }
    for (auto it = found.begin(); it != found.end(); ++it) {
        if (!expected.contains(it.key()))
            differences << tr("%1.%2: not in the backup's counts, found %3").arg(database, it.key()).arg(it.value());
    }
    return differences;
}

JobOutcome VerifyRunner::perform(const QSqlDatabase &database, JobRecorder &recorder)
{
    const JobOutcome outcome = check(database, recorder);
    if (outcome.status == JobTypes::Status::Completed || outcome.status == JobTypes::Status::Failed) {
        const QString state
            = outcome.status == JobTypes::Status::Completed ? QStringLiteral("Passed") : QStringLiteral("Failed");
        // A vault or catalog problem is not a verdict on the point; only checks that ran are.
        const bool verdict = !outcome.error || outcome.error->code.startsWith(QLatin1String("Verify."));
        if (verdict) {
            if (Result<void> set
                = PointRepository(database).setVerified(m_request.pointId, QDateTime::currentDateTimeUtc(), state);
                !set)
                recorder.output(tr("Cannot record the verification: %1\n").arg(set.error().message));
        }
    }
    return outcome;
}

JobOutcome VerifyRunner::check(const QSqlDatabase &database, JobRecorder &recorder)
{
    const auto done = [](JobTypes::Status status, std::optional<Error> error) {
        return JobOutcome{status, std::move(error)};
    };
    // A deleted point is no verdict on the point either (the code is not Verify.*): it is simply
    // not verified while deleted.
    Result<std::unique_ptr<VaultStore>> store
        = DeletedPoints::openLive(database, m_request.instance, m_request.pointId);
    if (!store)
        return done(JobTypes::Status::Failed, store.error());
    Result<PointManifest> manifest = store.value()->readManifest(m_request.instance.id, m_request.pointId);
    if (!manifest) {
        Error error = manifest.error();
        error.code = QStringLiteral("Verify.ManifestUnusable"); // a tampered manifest fails the point
        error.message = tr("The manifest of recovery point %1 cannot be trusted: %2")
                            .arg(m_request.pointId, manifest.error().message);
        return done(JobTypes::Status::Failed, error);
    }
    recorder.output(tr("Verifying recovery point %1 of %2.\n").arg(m_request.pointId, m_request.instance.name));
    if (Result<void> checked = checkFiles(*store.value(), manifest.value(), recorder); !checked)
        return done(recorder.stopped() ? JobTypes::Status::Cancelled : JobTypes::Status::Failed, checked.error());
    if (m_request.testRestore) {
        if (Result<void> drilled = drill(*store.value(), manifest.value(), recorder); !drilled)
            return done(recorder.stopped() ? JobTypes::Status::Cancelled : JobTypes::Status::Failed, drilled.error());
    }
    return done(JobTypes::Status::Completed, std::nullopt);
}

Result<void> VerifyRunner::checkFiles(const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder)
{
    qint64 total = 0, done = 0;
    for (const PointFile &file : manifest.files())
        total += file.storedSize;
    QStringList bad;
    QString firstProblem;
    for (const PointFile &file : manifest.files()) {
        const int subTask = recorder.addSubTask(tr("Check %1").arg(file.name));
        if (!recorder.tick(total > 0 ? double(done) / double(total) : 0, done))
            return JobRecorder::cancelled();
        Result<std::unique_ptr<QIODevice>> source
            = store.openForRead(manifest.instanceId(), manifest.pointId(), file.name);
        Result<FileDigest> digest = source
            ? CompressedFileReader::verify(
                source.value().get(), FileDigest{file.rawSize, file.storedSize, file.sha256}, file.name)
            : Result<FileDigest>(source.error());
        done += file.storedSize;
        if (digest) {
            recorder.setSubTask(subTask, JobTypes::Status::Completed);
            continue;
        }
        bad << file.name;
        if (firstProblem.isEmpty())
            firstProblem = digest.error().message;
        recorder.output(tr("%1 differs from the manifest: %2\n").arg(file.name, digest.error().message));
        recorder.setSubTask(subTask, JobTypes::Status::Failed, QStringLiteral("Error"), digest.error().message);
    }
    if (bad.isEmpty()) {
        recorder.output(tr("All %n file(s) match the manifest.\n", nullptr, int(manifest.files().size())));
        return {};
    }
    return Error{QStringLiteral("Verify.FilesDiffer"),
        tr("Recovery point %1 is damaged: %2 differ(s) from the manifest (%3).")
            .arg(manifest.pointId(), bad.join(QStringLiteral(", ")), firstProblem),
        tr("Do not rely on this point; take a new backup, and check the disk or storage holding the vault."),
        {}};
}

Result<void> VerifyRunner::drill(const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder)
{
    ScratchCluster scratch;
    RestoreRequest restore;
    restore.jobId = m_request.jobId;
    restore.instance = m_request.instance;
    restore.pointId = m_request.pointId;
    restore.target = RestoreRequest::Target::Server;
    restore.jobs = m_request.jobs;
    restore.toolSearchDirs = m_request.toolSearchDirs;
    restore.filesChecked = true; // checkFiles() read every file just now
    const bool own = m_request.scratchServer.host.isEmpty();
    if (own) {
        if (!ScratchCluster::available())
            return Error{QStringLiteral("Verify.NoScratchServer"),
                tr("No PostgreSQL server programs are installed for a scratch server."),
                tr("Install the postgresql package, or give a scratch server to restore into."),
                QStringLiteral("scratchHost")};
        recorder.output(tr("Starting a scratch server for the test restore.\n"));
        Result<ServerConnection> started = scratch.start();
        if (!started)
            return started.error();
        restore.server = started.value();
        restore.server.maintenanceDatabase = QStringLiteral("template1"); // so "postgres" itself can be replaced
        restore.clean = true; // the throwaway cluster's own "postgres" may be replaced
        restore.applyRoles = true; // owners and grants as in the source; a given server's roles stay untouched
    } else {
        restore.server = m_request.scratchServer;
        // Never touch the given server's databases: the drill restores under fresh names.
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        int n = 0;
        for (const QString &database : manifest.databases())
            restore.databaseMap.insert(database, QStringLiteral("pgvault_drill_%1_%2").arg(tag).arg(++n));
    }
    RestoreToServer restorer(restore, store, manifest, recorder);
    // The drill's databases on a given server go again, also when the drill fails: a failed
    // restore keeps the databases it had finished.
    const auto dropDrillDatabases = [&] {
        if (own)
            return;
        for (const QString &database : manifest.databases()) {
            const QString target = restorer.targetDatabase(database);
            const Result<QString> dropped = restorer.sql(restore.server.maintenanceDatabase,
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);").arg(RestoreScript::sqlIdentifier(target)));
            if (!dropped)
                recorder.output(tr("The drill's database %1 could not be dropped from the scratch server: %2\n")
                                    .arg(target, dropped.error().message));
        }
    };
    Result<QStringList> restored = restorer.run();
    if (!restored) {
        dropDrillDatabases();
        return restored.error();
    }
    for (const QString &warning : restored.value())
        recorder.output(warning + QLatin1Char('\n'));

    const QMap<QString, QMap<QString, qint64>> expected = manifest.tableRowCounts();
    QStringList differences;
    int compared = 0;
    for (const QString &database : manifest.databases()) {
        const QString target = restorer.targetDatabase(database);
        Result<RowCounter::Counts> found
            = RowCounter::countOnce(restorer.tools().psql, restorer.environment().forDatabase(target));
        if (!found)
            differences << tr("%1: cannot count rows: %2").arg(database, found.error().message);
        else if (!expected.contains(database))
            recorder.output(
                tr("The backup recorded no row counts for %1; only the restore was tested.\n").arg(database));
        else {
            differences << compareCounts(database, expected.value(database), found.value());
            compared += int(expected.value(database).size());
        }
    }
    dropDrillDatabases();
    for (const QString &difference : differences)
        recorder.output(difference + QLatin1Char('\n'));
    if (!differences.isEmpty())
        return Error{QStringLiteral("Verify.RowCountMismatch"),
            tr("The test restore differs from the backup in %n table(s): %1", nullptr, int(differences.size()))
                .arg(differences.join(QStringLiteral("; "))),
            tr("Do not rely on this point; take a new backup and check the job output of the backup that made it."),
            {}};
    recorder.output(
        tr("Test restore passed: %n table(s) have the row counts the backup recorded.\n", nullptr, compared));
    return {};
}

} // namespace PgVault
