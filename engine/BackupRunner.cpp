#include "engine/BackupRunner.h"

#include "engine/ChildEnvironment.h"
#include "engine/DefaultVault.h"
#include "engine/DumpProcess.h"
#include "engine/Logging.h"
#include "engine/PgTools.h"
#include "engine/RowCounter.h"
#include "engine/VaultStore.h"
#include "models/Catalog.h"
#include "models/InstanceLeases.h"
#include "models/JobRepository.h"
#include "models/PointRepository.h"
#include "models/PolicyRepository.h"
#include "models/RetentionEvaluator.h"
#include "models/VaultRepository.h"

#include <QMutexLocker>
#include <QUuid>
#include <QWaitCondition>

#include <thread>

namespace PgVault {

/// One dump of the point: a database, the roles, the tablespaces or the schema.
struct BackupRunner::Task
{
    DumpCommand command;
    PointFile::Kind kind = PointFile::Kind::Database;
    QString database;
    qint64 estimate = 0; ///< expected raw bytes, for the sub-task's progress
    int subTask = 0; ///< index into m_job.subTasks
    std::atomic<qint64> rawBytes{0};
    std::optional<Result<FileDigest>> result; ///< set by the worker, under m_mutex
    bool reported = false; ///< its final sub-task state is in the catalog
    QString psql; ///< databases only: the psql that exports the snapshot and counts rows
    QMap<QString, qint64> rowCounts; ///< databases only: "schema.table" -> rows in the dumped snapshot
};

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

    std::vector<std::unique_ptr<Task>> tasks = plan(*prepared);
    for (const std::unique_ptr<Task> &task : tasks) {
        SubTask subTask;
        subTask.id = int(m_job.subTasks.size()) + 1;
        subTask.name = task->kind == PointFile::Kind::Database ? tr("Database %1").arg(task->database)
            : task->kind == PointFile::Kind::Roles             ? tr("Roles")
            : task->kind == PointFile::Kind::Tablespaces       ? tr("Tablespaces")
                                                               : tr("Schema");
        task->subTask = int(m_job.subTasks.size());
        m_job.subTasks.append(subTask);
    }
    if (Result<void> updated = jobs.update(m_job); !updated)
        qCWarning(lcEngineJobs) << "cannot record the sub-tasks of job" << m_job.id << updated.error().message;

    const QString pointId = newPointId();
    Result<std::unique_ptr<PointWriter>> point = prepared->store->beginPoint(m_request.instance.id, pointId);
    if (!point)
        return finish(catalog, JobTypes::Status::Failed, point.error());
    dumpAll(catalog, *point.value(), tasks, prepared->info.estimatedDumpBytes);
    if (m_cancelled || m_failure) {
        point.value()->abort();
        if (m_cancelled)
            return finish(catalog, JobTypes::Status::Cancelled, DumpProcess::cancelled());
        return finish(catalog, JobTypes::Status::Failed, m_failure);
    }

    Result<RecoveryPoint> committed = commit(catalog, *prepared, *point.value(), tasks);
    if (!committed) {
        point.value()->abort();
        return finish(catalog, JobTypes::Status::Failed, committed.error());
    }
    m_job.pointId = committed->id;
    m_job.retentionTag = RetentionRule::tagName(committed->tag);
    m_job.additionalDetails.insert(QStringLiteral("RetentionTag"), m_job.retentionTag);
    m_job.additionalDetails.insert(QStringLiteral("RecoveryPointId"), committed->id);
    m_job.additionalDetails.insert(QStringLiteral("Expiry"), committed->expiry.toString(Qt::ISODate));
    m_job.additionalDetails.insert(QStringLiteral("StoredBytes"), QString::number(committed->sizeBytes));
    addOutput(tr("Recovery point %1 committed: tag %2, expires %3.\n")
                  .arg(committed->id, m_job.retentionTag, committed->expiry.toString(Qt::ISODate)));

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

std::vector<std::unique_ptr<BackupRunner::Task>> BackupRunner::plan(const Prepared &prepared) const
{
    std::vector<std::unique_ptr<Task>> tasks;
    const QString noPrompt = QStringLiteral("--no-password");
    for (const DatabaseInfo &database : prepared.info.databases) {
        auto task = std::make_unique<Task>();
        task->kind = PointFile::Kind::Database;
        task->database = database.name;
        task->estimate = database.sizeBytes;
        task->psql = prepared.tools.psql;
        // The database is named by PGDATABASE, never argv, so no name is parsed as conninfo.
        task->command = DumpCommand{prepared.tools.pgDump,
            {QStringLiteral("--format=custom"), QStringLiteral("--compress=0"), noPrompt},
            prepared.environment->forDatabase(database.name),
            PointManifest::databaseFileName(database.name),
            tr("database \"%1\"").arg(database.name)};
        tasks.push_back(std::move(task));
    }
    QStringList roles{QStringLiteral("--roles-only"), noPrompt};
    if (!prepared.info.canReadRolePasswords)
        roles << QStringLiteral("--no-role-passwords");
    const QList<std::tuple<PointFile::Kind, QStringList, QString>> globals{{PointFile::Kind::Roles, roles, tr("roles")},
        {PointFile::Kind::Tablespaces, {QStringLiteral("--tablespaces-only"), noPrompt}, tr("tablespaces")},
        {PointFile::Kind::Schema, {QStringLiteral("--schema-only"), noPrompt}, tr("schema")}};
    for (const auto &[kind, arguments, label] : globals) {
        auto task = std::make_unique<Task>();
        task->kind = kind;
        task->command = DumpCommand{prepared.tools.pgDumpAll,
            arguments,
            prepared.environment->forDatabase(), // pg_dumpall picks postgres, else template1
            PointManifest::fileName(kind),
            label};
        tasks.push_back(std::move(task));
    }
    return tasks;
}

void BackupRunner::dumpAll(
    const Catalog &catalog, PointWriter &point, std::vector<std::unique_ptr<Task>> &tasks, qint64 estimate)
{
    CompressionOptions compression;
    compression.level = CompressionLevel;
    QWaitCondition changed;
    size_t next = 0;
    int running = int(std::min<size_t>(size_t(std::max(1, m_request.parallelism)), tasks.size()));
    // Each worker owns the QProcess of the dump it runs; only this thread touches the catalog.
    const auto worker = [&] {
        for (;;) {
            Task *task = nullptr;
            {
                QMutexLocker lock(&m_mutex);
                if (m_stop || next >= tasks.size()) {
                    --running;
                    changed.wakeAll();
                    return;
                }
                task = tasks[next++].get();
            }
            Result<FileDigest> digest = dumpInSnapshot(*task, point, compression);
            QMutexLocker lock(&m_mutex);
            if (!digest && digest.error().code != DumpProcess::cancelled().code && !m_failure) {
                m_failure = digest.error();
                m_stop = true; // one failed dump fails the point: stop the others early
            }
            task->result = std::move(digest);
            changed.wakeAll();
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < running; ++i)
        threads.emplace_back(worker);
    for (bool done = false; !done;) {
        {
            QMutexLocker lock(&m_mutex);
            if (running > 0)
                changed.wait(&m_mutex, HeartbeatMs);
            done = running == 0;
        }
        heartbeat(catalog, tasks, estimate);
    }
    for (std::thread &thread : threads)
        thread.join();
}

void BackupRunner::heartbeat(const Catalog &catalog, std::vector<std::unique_ptr<Task>> &tasks, qint64 estimate)
{
    JobRepository jobs(catalog.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 bytes = 0;
    for (const std::unique_ptr<Task> &task : tasks) {
        const qint64 raw = task->rawBytes.load();
        bytes += raw;
        SubTask &subTask = m_job.subTasks[task->subTask];
        std::optional<Result<FileDigest>> result;
        {
            QMutexLocker lock(&m_mutex);
            result = task->result;
        }
        if (task->reported)
            continue;
        if (result) {
            task->reported = true;
            if (result->ok()) {
                subTask.status = JobTypes::Status::Completed;
                subTask.progress = 1;
                subTask.details.insert(QStringLiteral("RawBytes"), QString::number(result->value().rawSize));
                subTask.details.insert(QStringLiteral("StoredBytes"), QString::number(result->value().storedSize));
            } else {
                const bool cancelled = result->error().code == DumpProcess::cancelled().code;
                subTask.status = cancelled ? JobTypes::Status::Cancelled : JobTypes::Status::Failed;
                subTask.details.insert(QStringLiteral("Error"), result->error().message);
            }
        } else if (raw > 0 && task->estimate > 0) {
            subTask.progress = std::min(0.99, double(raw) / double(task->estimate));
        } else if (raw == 0) {
            continue;
        }
        putSubTask(catalog, subTask);
    }
    m_job.bytesTransferred = bytes;
    m_job.progress = estimate > 0 ? std::min(0.99, double(bytes) / double(estimate)) : 0;
    if (Result<void> written = jobs.updateProgress(m_job.id, m_job.progress, bytes, now); !written)
        qCWarning(lcEngineJobs) << "cannot record the progress of job" << m_job.id << written.error().message;
    if (m_observer.progressed)
        m_observer.progressed(m_job.progress, bytes);
    flushOutput(catalog);

    // Cancellation from another process (pgvaultctl job cancel, another GUI) arrives here.
    if (Result<bool> requested = jobs.isCancelRequested(m_job.id); requested && requested.value() && !m_cancelled) {
        addOutput(tr("Cancellation requested; stopping.\n"));
        cancel();
    }
    // Renew a little more often than TtlMs / 4: the wait above may add up to a heartbeat.
    if (m_lastRenewal.msecsTo(now) >= InstanceLeases::TtlMs / 4 - 2 * HeartbeatMs) {
        m_lastRenewal = now;
        if (Result<void> renewed = InstanceLeases(catalog.database()).renew(m_request.instance.id, m_job.id, now);
            !renewed) {
            QMutexLocker lock(&m_mutex);
            if (!m_failure)
                m_failure = renewed.error();
            m_stop = true;
        }
    }
}

Result<RecoveryPoint> BackupRunner::commit(const Catalog &catalog,
    const Prepared &prepared,
    PointWriter &point,
    const std::vector<std::unique_ptr<Task>> &tasks)
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
    for (const std::unique_ptr<Task> &task : tasks) {
        const FileDigest &digest = task->result->value();
        if (task->kind == PointFile::Kind::Database)
            databases << task->database;
        manifest.addFile(PointFile{
            task->command.fileName, task->database, task->kind, digest.rawSize, digest.storedSize, digest.sha256});
        stored += digest.storedSize;
    }
    manifest.setDatabases(databases);
    QMap<QString, QMap<QString, qint64>> rowCounts;
    for (const std::unique_ptr<Task> &task : tasks) {
        if (task->kind == PointFile::Kind::Database && !task->rowCounts.isEmpty())
            rowCounts.insert(task->database, task->rowCounts);
    }
    manifest.setTableRowCounts(rowCounts);

    // The tag depends on the instance's earlier successful points: the first of a year is Yearly.
    Result<QList<RecoveryPoint>> earlier = PointRepository(catalog.database()).listForInstance(m_request.instance.id);
    if (!earlier)
        return earlier.error();
    RetentionEvaluator evaluator(prepared.policy);
    for (const RecoveryPoint &existing : earlier.value())
        evaluator.addSuccessfulPoint(existing.time);
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

// --- Row counts at backup time (RowCounter) ---

Result<FileDigest> BackupRunner::dumpInSnapshot(Task &task, PointWriter &point, const CompressionOptions &compression)
{
    const auto output = [this](const QString &text) {
        addOutput(text);
    };
    if (task.kind != PointFile::Kind::Database || task.psql.isEmpty())
        return DumpProcess::run(task.command, point, compression, m_stop, task.rawBytes, output);
    // The session exports its snapshot and stays open while pg_dump imports it, so the counts
    // are exactly the rows the dump holds. Counting fails softly: the dump matters more.
    RowCounter counter(task.psql, task.command.environment, m_stop);
    DumpCommand command = task.command;
    if (Result<QString> snapshot = counter.exportSnapshot(); snapshot) {
        command.arguments << QStringLiteral("--snapshot=") + snapshot.value();
        if (Result<RowCounter::Counts> counts = counter.count(); counts) {
            task.rowCounts = counts.value();
        } else {
            command = task.command; // a failed query ended the session and its snapshot with it
            counter.finish();
            addOutput(tr("Row counts of %1 not recorded: %2\n").arg(task.command.label, counts.error().message));
        }
    } else {
        addOutput(tr("Row counts of %1 not recorded: %2\n").arg(task.command.label, snapshot.error().message));
    }
    Result<FileDigest> digest = DumpProcess::run(command, point, compression, m_stop, task.rawBytes, output);
    counter.finish();
    return digest;
}

} // namespace PgVault
