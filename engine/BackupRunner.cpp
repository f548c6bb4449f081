#include "engine/BackupRunner.h"

#include "engine/CatalogRebuilder.h"
#include "engine/ChildEnvironment.h"
#include "engine/DefaultVault.h"
#include "engine/DumpProcess.h"
#include "engine/Logging.h"
#include "engine/PgTools.h"
#include "engine/PointDumps.h"
#include "engine/VaultStore.h"
#include "models/Catalog.h"
#include "models/ClockTrust.h"
#include "models/InstanceLeases.h"
#include "models/JobRepository.h"
#include "models/PointRepository.h"
#include "models/PolicyRepository.h"
#include "models/RetentionEvaluator.h"
#include "models/VaultRepository.h"

#include <QMutexLocker>
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

BackupRunner::BackupRunner(BackupRequest request, Observer observer)
    : m_request(std::move(request))
    , m_observer(std::move(observer))
{
}

BackupRunner::~BackupRunner() = default;

QString BackupRunner::newPointId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

void BackupRunner::cancel()
{
    m_cancelled = true;
    m_stop = true;
}

Job BackupRunner::run(const Catalog &catalog)
{
    JobRepository jobs(catalog.database());
    Result<std::optional<Job>> loaded = jobs.find(m_request.jobId);
    if (loaded && loaded->has_value())
        m_job = loaded->value();
    else
        m_job.id = m_request.jobId;
    m_lastRenewal = QDateTime::currentDateTimeUtc();
    addOutput(tr("Backing up %1 (%2) into a new recovery point.\n")
                  .arg(m_request.instance.name, m_request.instance.datasourceName()));

    Result<Prepared> prepared = prepare(catalog);
    if (!prepared)
        return finish(catalog, JobTypes::Status::Failed, prepared.error());
    if (m_stop)
        return finish(catalog, JobTypes::Status::Cancelled, DumpProcess::cancelled());

    PointDumps dumps(prepared->tools, prepared->info, *prepared->environment, m_stop, [this](const QString &text) {
        addOutput(text);
    });
    dumps.addSubTasks(m_job);
    if (Result<void> updated = jobs.update(m_job); !updated)
        qCWarning(lcEngineJobs) << "cannot record the sub-tasks of job" << m_job.id << updated.error().message;

    Result<std::unique_ptr<PointWriter>> point = prepared->store->beginPoint(m_request.instance.id, newPointId());
    if (!point)
        return finish(catalog, JobTypes::Status::Failed, point.error());
    CompressionOptions compression;
    compression.level = CompressionLevel;
    dumps.run(*point.value(), compression, m_request.parallelism, HeartbeatMs, [&] { heartbeat(catalog, dumps); });
    if (m_cancelled || dumps.failure()) {
        point.value()->abort();
        if (m_cancelled)
            return finish(catalog, JobTypes::Status::Cancelled, DumpProcess::cancelled());
        return finish(catalog, JobTypes::Status::Failed, dumps.failure());
    }

    Result<RecoveryPoint> committed = commit(catalog, *prepared, *point.value(), dumps);
    if (!committed) {
        point.value()->abort();
        return finish(catalog, JobTypes::Status::Failed, committed.error());
    }
    recordPoint(*committed);
    if (Result<void> indexed = PointRepository(catalog.database()).put(*committed); !indexed) {
        // The vault holds the point (it is the truth); only the index lags behind.
        Error error = indexed.error();
        error.remedy = tr("The recovery point is safe in the vault; rebuild the catalog to list it.");
        return finish(catalog, JobTypes::Status::CompletedWithWarnings, error);
    }
    return finish(catalog, JobTypes::Status::Completed, std::nullopt);
}

Result<BackupRunner::Prepared> BackupRunner::prepare(const Catalog &catalog)
{
    Prepared prepared;
    const BackupInstance &instance = m_request.instance;
    Result<std::optional<StoredPolicy>> policy = catalog.policies().find(instance.policyName);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return PolicyRepository::notFound(instance.policyName);
    prepared.policy = policy->value().policy;

    Result<std::optional<Vault>> vault = VaultRepository(catalog.database()).findById(instance.vaultId);
    if (!vault)
        return vault.error();
    if (!vault->has_value())
        return VaultRepository::notFound(instance.vaultName);
    Result<std::unique_ptr<VaultStore>> store = DefaultVault::open(vault->value());
    if (!store)
        return store.error();
    prepared.store = std::move(store).value();
    if (Result<void> writable = prepared.store->checkWritable(); !writable)
        return writable.error();
    // We hold the lease, so every partial folder of this instance is a dead run's leftover.
    if (Result<int> removed = prepared.store->removeLeftovers(instance.id); !removed)
        return removed.error();
    else if (removed.value() > 0)
        addOutput(tr("Removed %n leftover(s) of interrupted backups.\n", nullptr, removed.value()));
    // A run stopped between its manifest commit and its catalog row left a point only the vault
    // knows; indexed before anything else, it is tagged, counted and expired like the others.
    if (const Result<QStringList> indexed
        = CatalogRebuilder(catalog.database()).indexUncatalogued(*prepared.store, instance);
        !indexed) {
        addOutput(tr("Warning: the recovery points missing from the catalog cannot be indexed: %1\n")
                      .arg(indexed.error().text()));
    } else if (!indexed->isEmpty()) {
        addOutput(tr("Indexed %n recovery point(s) that were in the vault but not in the catalog: %1.\n",
            nullptr,
            int(indexed->size()))
                      .arg(indexed->join(QStringLiteral(", "))));
    }

    const PgTools found
        = m_request.toolSearchDirs.isEmpty() ? PgTools::discover() : PgTools::discover(m_request.toolSearchDirs);
    Result<ToolSet> newest = found.newest();
    if (!newest)
        return newest.error();
    ServerConnection connection;
    connection.host = instance.host;
    connection.port = instance.port;
    connection.user = instance.user;
    connection.sslMode = parseSslMode(instance.sslMode).value_or(SslMode::Prefer);
    connection.password = m_request.password;
    Result<ServerInfo> info = ServerProbe(newest.value()).probe(connection);
    if (!info)
        return info.error();
    prepared.info = info.value();
    if (prepared.info.databases.isEmpty() && prepared.info.unconnectableDatabases.isEmpty())
        addOutput(tr("The server has no databases to dump; the point holds roles, tablespaces and schema.\n"));
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
    addOutput(tr("Server PostgreSQL %1, %n database(s), pg_dump %2.\n", nullptr, int(prepared.info.databases.size()))
                  .arg(prepared.info.version, prepared.tools.version.text));
    return prepared;
}

void BackupRunner::heartbeat(const Catalog &catalog, PointDumps &dumps)
{
    JobRepository jobs(catalog.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SubTask &subTask : dumps.report(m_job))
        putSubTask(catalog, subTask);
    if (Result<void> written = jobs.updateProgress(m_job.id, m_job.progress, m_job.bytesTransferred, now); !written)
        qCWarning(lcEngineJobs) << "cannot record the progress of job" << m_job.id << written.error().message;
    if (m_observer.progressed)
        m_observer.progressed(m_job.progress, m_job.bytesTransferred);
    flushOutput(catalog);

    // Cancellation from another process (pgvaultctl job cancel, another GUI) arrives here.
    if (Result<bool> requested = jobs.isCancelRequested(m_job.id); requested && requested.value() && !m_cancelled) {
        addOutput(tr("Cancellation requested; stopping.\n"));
        cancel();
    }
    // Renew a little more often than TtlMs / 4: the wait in PointDumps::run may add up to a heartbeat.
    if (m_lastRenewal.msecsTo(now) >= InstanceLeases::TtlMs / 4 - 2 * HeartbeatMs) {
        m_lastRenewal = now;
        if (Result<void> renewed = InstanceLeases(catalog.database()).renew(m_request.instance.id, m_job.id, now);
            !renewed)
            dumps.fail(renewed.error());
    }
}

Result<RecoveryPoint> BackupRunner::commit(
    const Catalog &catalog, const Prepared &prepared, PointWriter &point, const PointDumps &dumps)
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
    Result<QList<RecoveryPoint>> earlier = PointRepository(catalog.database()).listForInstance(m_request.instance.id);
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
        addOutput(tr("Warning: %n recovery point(s) of this instance are dated after this backup (%1): the system "
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

void BackupRunner::recordPoint(const RecoveryPoint &point)
{
    m_job.pointId = point.id;
    m_job.retentionTag = RetentionRule::tagName(point.tag);
    m_job.additionalDetails.insert(QStringLiteral("RetentionTag"), m_job.retentionTag);
    m_job.additionalDetails.insert(QStringLiteral("RecoveryPointId"), point.id);
    m_job.additionalDetails.insert(QStringLiteral("Expiry"), point.expiry.toString(Qt::ISODate));
    m_job.additionalDetails.insert(QStringLiteral("StoredBytes"), QString::number(point.sizeBytes));
    addOutput(tr("Recovery point %1 committed: tag %2, expires %3.\n")
                  .arg(point.id, m_job.retentionTag, point.expiry.toString(Qt::ISODate)));
}

void BackupRunner::addOutput(const QString &text)
{
    QString clean = text;
    // Defence in depth: no tool should print the password, but if one did it stops here.
    if (m_request.password.size() >= 4)
        clean.replace(m_request.password, QStringLiteral("********"));
    QMutexLocker lock(&m_mutex);
    m_pendingOutput += clean;
}

void BackupRunner::flushOutput(const Catalog &catalog)
{
    QString text;
    {
        QMutexLocker lock(&m_mutex);
        text.swap(m_pendingOutput);
    }
    if (text.isEmpty())
        return;
    if (Result<void> appended = JobRepository(catalog.database()).appendOutput(m_job.id, text); !appended)
        qCWarning(lcEngineJobs) << "cannot record the output of job" << m_job.id << appended.error().message;
    if (m_observer.output)
        m_observer.output(text);
}

void BackupRunner::putSubTask(const Catalog &catalog, const SubTask &task)
{
    if (Result<void> written = JobRepository(catalog.database()).putSubTask(m_job.id, task); !written)
        qCWarning(lcEngineJobs) << "cannot record a sub-task of job" << m_job.id << written.error().message;
}

Job BackupRunner::finish(const Catalog &catalog, JobTypes::Status status, std::optional<Error> error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (SubTask &subTask : m_job.subTasks) {
        if (subTask.status == JobTypes::Status::InProgress)
            subTask.status
                = status == JobTypes::Status::Failed ? JobTypes::Status::Failed : JobTypes::Status::Cancelled;
    }
    if (error && status != JobTypes::Status::Cancelled)
        addOutput(tr("Failed: %1\n").arg(error->text()));
    else if (status == JobTypes::Status::Cancelled)
        addOutput(tr("Cancelled; no recovery point was created.\n"));
    flushOutput(catalog);
    m_job.status = status;
    m_job.end = now;
    m_job.heartbeat = now;
    m_job.error = error;
    if (status == JobTypes::Status::Completed || status == JobTypes::Status::CompletedWithWarnings)
        m_job.progress = 1;
    if (Result<void> updated = JobRepository(catalog.database()).update(m_job); !updated)
        qCWarning(lcEngineJobs) << "cannot record the end of job" << m_job.id << updated.error().message;
    qCInfo(lcEngineJobs) << "backup job" << m_job.id << "of instance" << m_request.instance.id << "ended"
                         << JobTypes::statusName(status) << (error ? error->code : QString());
    return m_job;
}

} // namespace PgVault
