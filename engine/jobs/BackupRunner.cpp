#include "engine/jobs/BackupRunner.h"

#include "engine/Logging.h"
#include "engine/jobs/PointDumps.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/DumpProcess.h"
#include "engine/process/PgTools.h"
#include "engine/vault/CatalogRebuilder.h"
#include "engine/vault/VaultRegistry.h"
#include "engine/vault/VaultStore.h"
#include "models/ClockTrust.h"
#include "models/instances/InstanceLeases.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/policies/RetentionEvaluator.h"
#include "models/vaults/VaultRepository.h"

#include <QUuid>

namespace PgVault {

/// What prepare() found out before anything is written.
struct BackupRunner::Prepared
{
    BackupPolicy policy;
    std::unique_ptr<VaultStore> store;
    ToolSet tools;
    ServerInfo info;
    std::unique_ptr<ChildEnvironment> environment;
};

BackupRunner::BackupRunner(BackupRequest request, JobRecorder::Observer observer)
    : JobRun(request.jobId, request.instance.id, std::move(observer))
    , m_request(std::move(request))
{
}

BackupRunner::~BackupRunner() = default;

QString BackupRunner::newPointId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

JobOutcome BackupRunner::perform(const QSqlDatabase &database, JobRecorder &recorder)
{
    recorder.output(tr("Backing up %1 (%2) into a new recovery point.\n")
                        .arg(m_request.instance.name, m_request.instance.datasourceName()));
    const auto cancelled = [&recorder] {
        recorder.output(tr("No recovery point was created.\n"));
        return JobOutcome{JobTypes::Status::Cancelled, JobRecorder::cancelled()};
    };

    Result<Prepared> prepared = prepare(database, recorder);
    if (!prepared)
        return {JobTypes::Status::Failed, prepared.error()};
    if (recorder.stopped())
        return cancelled();

    PointDumps dumps(
        prepared->tools, prepared->info, *prepared->environment, recorder.stopFlag(), [&recorder](const QString &text) {
            recorder.output(text);
        });
    dumps.addSubTasks(recorder.job());
    for (const SubTask &task : recorder.job().subTasks)
        recorder.saveSubTask(task);

    Result<std::unique_ptr<PointWriter>> point = prepared->store->beginPoint(m_request.instance.id, newPointId());
    if (!point)
        return {JobTypes::Status::Failed, point.error()};
    CompressionOptions compression;
    compression.level = CompressionLevel;
    dumps.run(*point.value(), compression, m_request.parallelism, JobRecorder::HeartbeatMs, [&] {
        heartbeat(recorder, dumps);
    });
    // A failed dump stops the others through the same flag a cancel sets: only a request is a cancel.
    if (recorder.cancelRequested() || (recorder.stopped() && !dumps.failure())) {
        point.value()->abort();
        return cancelled();
    }
    if (dumps.failure()) {
        point.value()->abort();
        return {JobTypes::Status::Failed, dumps.failure()};
    }

    Result<RecoveryPoint> committed = commit(database, recorder, *prepared, *point.value(), dumps);
    if (!committed) {
        point.value()->abort();
        return {JobTypes::Status::Failed, committed.error()};
    }
    recordPoint(recorder, *committed);
    if (Result<void> indexed = PointRepository(database).put(*committed); !indexed) {
        // The vault holds the point (it is the truth); only the index lags behind.
        Error error = indexed.error();
        error.remedy = tr("The recovery point is safe in the vault; rebuild the catalog to list it.");
        return {JobTypes::Status::CompletedWithWarnings, error};
    }
    return {JobTypes::Status::Completed, std::nullopt};
}

Result<BackupRunner::Prepared> BackupRunner::prepare(const QSqlDatabase &database, JobRecorder &recorder)
{
    Prepared prepared;
    const BackupInstance &instance = m_request.instance;
    // Protection may have stopped since the job was asked for; the lease held now keeps it so.
    const Result<std::optional<BackupInstance>> now = InstanceRepository(database).findById(instance.id);
    if (!now)
        return now.error();
    if (!now->has_value())
        return InstanceRepository::notFound(instance.name);
    if (!now->value().isProtected())
        return InstanceRepository::protectionStopped(instance);
    Result<std::optional<StoredPolicy>> policy = PolicyRepository(database).find(instance.policyName);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return PolicyRepository::notFound(instance.policyName);
    prepared.policy = policy->value().policy;

    Result<std::unique_ptr<VaultStore>> store = VaultRegistry::openFor(database, instance);
    if (!store)
        return store.error();
    prepared.store = std::move(store).value();
    if (Result<void> writable = prepared.store->checkWritable(); !writable)
        return writable.error();
    // We hold the lease, so every partial folder of this instance is a dead run's leftover.
    if (Result<int> removed = prepared.store->removeLeftovers(instance.id); !removed)
        return removed.error();
    else if (removed.value() > 0)
        recorder.output(tr("Removed %n leftover(s) of interrupted backups.\n", nullptr, removed.value()));
    // A run stopped between its manifest commit and its catalog row left a point only the vault
    // knows; indexed before anything else, it is tagged, counted and expired like the others.
    if (const Result<QStringList> indexed = CatalogRebuilder(database).indexUncatalogued(*prepared.store, instance);
        !indexed) {
        recorder.output(tr("Warning: the recovery points missing from the catalog cannot be indexed: %1\n")
                            .arg(indexed.error().text()));
    } else if (!indexed->isEmpty()) {
        recorder.output(tr("Indexed %n recovery point(s) that were in the vault but not in the catalog: %1.\n",
            nullptr,
            int(indexed->size()))
                            .arg(indexed->join(QStringLiteral(", "))));
    }

    const PgTools found
        = m_request.toolSearchDirs.isEmpty() ? PgTools::discover() : PgTools::discover(m_request.toolSearchDirs);
    Result<ToolSet> newest = found.newest();
    if (!newest)
        return newest.error();
    const ServerConnection connection = ServerConnection::of(instance, m_request.password);
    Result<ServerInfo> info = ServerProbe(newest.value()).probe(connection);
    if (!info)
        return info.error();
    prepared.info = info.value();
    if (prepared.info.databases.isEmpty() && prepared.info.unconnectableDatabases.isEmpty())
        recorder.output(tr("The server has no databases to dump; the point holds roles, tablespaces and schema.\n"));
    Result<ToolSet> tools = found.forServerMajor(prepared.info.major);
    if (!tools)
        return tools.error();
    prepared.tools = tools.value();
    if (!prepared.info.unconnectableDatabases.isEmpty()) {
        return Error{QStringLiteral("Backup.DatabaseNotConnectable"),
            tr("User \"%1\" may not connect to these databases: %2.")
                .arg(instance.user, prepared.info.unconnectableDatabases.join(QStringLiteral(", "))),
            tr("Grant CONNECT on them to the user, or back up with a user that may connect."),
            QStringLiteral("user")};
    }
    prepared.environment = std::make_unique<ChildEnvironment>(connection);
    recorder.output(
        tr("Server PostgreSQL %1, %n database(s), pg_dump %2.\n", nullptr, int(prepared.info.databases.size()))
            .arg(prepared.info.version, prepared.tools.version.text));
    return prepared;
}

void BackupRunner::heartbeat(JobRecorder &recorder, PointDumps &dumps)
{
    for (const SubTask &task : dumps.report(recorder.job()))
        recorder.saveSubTask(task);
    recorder.tick(recorder.job().progress, recorder.job().bytesTransferred);
}

Result<RecoveryPoint> BackupRunner::commit(const QSqlDatabase &database,
    JobRecorder &recorder,
    const Prepared &prepared,
    PointWriter &point,
    const PointDumps &dumps)
{
    PointManifest manifest;
    manifest.setPointId(point.pointId());
    manifest.setInstanceId(m_request.instance.id);
    manifest.setInstanceName(m_request.instance.name);
    manifest.setTime(m_request.start);
    manifest.setServerVersion(prepared.info.version);
    manifest.setPgDumpVersion(prepared.tools.version.text);
    manifest.setCompressionLevel(CompressionLevel);
    QStringList databases;
    qint64 stored = 0;
    for (const PointFile &file : dumps.files()) {
        if (file.kind == PointFile::Kind::Database)
            databases << file.database;
        manifest.addFile(file);
        stored += file.storedSize;
    }
    manifest.setDatabases(databases);
    manifest.setTableRowCounts(dumps.tableRowCounts());

    // The tag depends on the instance's earlier successful points: the first of a year is Yearly.
    Result<QList<RecoveryPoint>> earlier = PointRepository(database).listForInstance(m_request.instance.id);
    if (!earlier)
        return earlier.error();
    RetentionEvaluator evaluator(prepared.policy);
    QStringList futureDated;
    for (const RecoveryPoint &existing : earlier.value()) {
        evaluator.addSuccessfulPoint(existing.time);
        if (ClockTrust::isFutureDated(existing.time, m_request.start))
            futureDated << existing.id;
    }
    if (!futureDated.isEmpty()) {
        recorder.output(
            tr("Warning: %n recovery point(s) of this instance are dated after this backup (%1): the system "
               "clock was ahead when they were taken. They are kept, but not counted among the newest points "
               "that expiry always keeps.\n",
                nullptr,
                int(futureDated.size()))
                .arg(futureDated.join(QStringLiteral(", "))));
    }
    const RetentionEvaluator::Decision decision = evaluator.evaluate(m_request.start, m_request.chosenRule);
    manifest.setTag(RetentionRule::tagName(decision.tag));
    manifest.setExpiry(decision.expiry);
    if (Result<void> committed = point.commit(manifest); !committed)
        return committed.error();
    qCInfo(lcEngineBackup) << "committed recovery point" << point.pointId() << "of instance" << m_request.instance.id
                           << "tag" << manifest.tag();

    RecoveryPoint recoveryPoint;
    recoveryPoint.id = point.pointId();
    recoveryPoint.instanceId = m_request.instance.id;
    recoveryPoint.time = m_request.start.toUTC();
    recoveryPoint.tag = decision.tag;
    recoveryPoint.expiry = decision.expiry;
    recoveryPoint.matched = decision.matched;
    recoveryPoint.userChosenTag = m_request.chosenRule.has_value();
    recoveryPoint.sizeBytes = stored;
    recoveryPoint.databases = databases;
    return recoveryPoint;
}

void BackupRunner::recordPoint(JobRecorder &recorder, const RecoveryPoint &point)
{
    Job &job = recorder.job();
    job.pointId = point.id;
    job.retentionTag = RetentionRule::tagName(point.tag);
    job.additionalDetails.insert(QStringLiteral("RetentionTag"), job.retentionTag);
    job.additionalDetails.insert(QStringLiteral("RecoveryPointId"), point.id);
    job.additionalDetails.insert(QStringLiteral("Expiry"), point.expiry.toString(Qt::ISODate));
    job.additionalDetails.insert(QStringLiteral("StoredBytes"), QString::number(point.sizeBytes));
    recorder.output(tr("Recovery point %1 committed: tag %2, expires %3.\n")
                        .arg(point.id, job.retentionTag, point.expiry.toString(Qt::ISODate)));
}

} // namespace PgVault
