#include "engine/jobs/PointDumps.h"

#include "engine/instances/ServerProbe.h"
#include "engine/jobs/JobRecorder.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/PgTools.h"
#include "engine/process/RowCounter.h"

#include <QMutexLocker>
#include <QWaitCondition>

#include <thread>

namespace PgVault {

/// One dump of the point: a database, the roles, the tablespaces or the schema.
struct PointDumps::Dump
{
    DumpCommand command;
    PointFile::Kind kind = PointFile::Kind::Database;
    QString database;
    qint64 estimate = 0; ///< expected raw bytes, for the sub-task's progress
    int subTask = 0; ///< index into the job's subTasks
    std::atomic<qint64> rawBytes{0};
    std::optional<Result<FileDigest>> result; ///< set by the worker, under m_mutex
    bool reported = false; ///< its final sub-task state is in the catalog
    QString psql; ///< databases only: the psql that exports the snapshot and counts rows
    QMap<QString, qint64> rowCounts; ///< databases only: "schema.table" -> rows in the dumped snapshot
};

PointDumps::PointDumps(const ToolSet &tools,
    const ServerInfo &server,
    const ChildEnvironment &environment,
    std::atomic<bool> &stop,
    DumpProcess::OutputCallback output)
    : m_stop(stop)
    , m_output(std::move(output))
    , m_estimate(server.estimatedDumpBytes)
{
    const QString noPrompt = QStringLiteral("--no-password");
    for (const DatabaseInfo &database : server.databases) {
        auto dump = std::make_unique<Dump>();
        dump->kind = PointFile::Kind::Database;
        dump->database = database.name;
        dump->estimate = database.sizeBytes;
        dump->psql = tools.psql;
        // The database is named by PGDATABASE, never argv, so no name is parsed as conninfo.
        dump->command = DumpCommand{tools.pgDump,
            {QStringLiteral("--format=custom"), QStringLiteral("--compress=0"), noPrompt},
            environment.forDatabase(database.name),
            PointManifest::databaseFileName(database.name),
            tr("database \"%1\"").arg(database.name)};
        m_dumps.push_back(std::move(dump));
    }
    QStringList roles{QStringLiteral("--roles-only"), noPrompt};
    if (!server.canReadRolePasswords)
        roles << QStringLiteral("--no-role-passwords");
    const QList<std::tuple<PointFile::Kind, QStringList, QString>> globals{{PointFile::Kind::Roles, roles, tr("roles")},
        {PointFile::Kind::Tablespaces, {QStringLiteral("--tablespaces-only"), noPrompt}, tr("tablespaces")},
        {PointFile::Kind::Schema, {QStringLiteral("--schema-only"), noPrompt}, tr("schema")}};
    for (const auto &[kind, arguments, label] : globals) {
        auto dump = std::make_unique<Dump>();
        dump->kind = kind;
        dump->command = DumpCommand{tools.pgDumpAll,
            arguments,
            environment.forDatabase(), // pg_dumpall picks postgres, else template1
            PointManifest::fileName(kind),
            label};
        m_dumps.push_back(std::move(dump));
    }
}

PointDumps::~PointDumps() = default;

void PointDumps::addSubTasks(Job &job)
{
    for (const std::unique_ptr<Dump> &dump : m_dumps) {
        SubTask subTask;
        subTask.id = int(job.subTasks.size()) + 1;
        subTask.name = dump->kind == PointFile::Kind::Database ? tr("Database %1").arg(dump->database)
            : dump->kind == PointFile::Kind::Roles             ? tr("Roles")
            : dump->kind == PointFile::Kind::Tablespaces       ? tr("Tablespaces")
                                                               : tr("Schema");
        dump->subTask = int(job.subTasks.size());
        job.subTasks.append(subTask);
    }
}

void PointDumps::run(PointWriter &point,
    const CompressionOptions &compression,
    int parallelism,
    int heartbeatMs,
    const std::function<void()> &heartbeat)
{
    QWaitCondition changed;
    size_t next = 0;
    int running = int(std::min<size_t>(size_t(std::max(1, parallelism)), m_dumps.size()));
    // Each worker owns the QProcess of the dump it runs.
    const auto worker = [&] {
        for (;;) {
            Dump *dump = nullptr;
            {
                QMutexLocker lock(&m_mutex);
                if (m_stop || next >= m_dumps.size()) {
                    --running;
                    changed.wakeAll();
                    return;
                }
                dump = m_dumps[next++].get();
            }
            Result<FileDigest> digest = dumpInSnapshot(*dump, point, compression);
            QMutexLocker lock(&m_mutex);
            if (!digest && digest.error().code != JobRecorder::cancelled().code && !m_failure) {
                m_failure = digest.error();
                m_stop = true; // one failed dump fails the point: stop the others early
            }
            dump->result = std::move(digest);
            changed.wakeAll();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(running));
    for (int i = 0; i < running; ++i)
        threads.emplace_back(worker);
    for (bool done = false; !done;) {
        {
            QMutexLocker lock(&m_mutex);
            if (running > 0)
                changed.wait(&m_mutex, heartbeatMs);
            done = running == 0;
        }
        heartbeat();
    }
    for (std::thread &thread : threads)
        thread.join();
}

QList<SubTask> PointDumps::report(Job &job)
{
    QList<SubTask> changed;
    qint64 bytes = 0;
    for (const std::unique_ptr<Dump> &dump : m_dumps) {
        const qint64 raw = dump->rawBytes.load();
        bytes += raw;
        SubTask &subTask = job.subTasks[dump->subTask];
        std::optional<Result<FileDigest>> result;
        {
            QMutexLocker lock(&m_mutex);
            result = dump->result;
        }
        if (dump->reported)
            continue;
        if (result) {
            dump->reported = true;
            if (result->ok()) {
                subTask.status = JobTypes::Status::Completed;
                subTask.progress = 1;
                subTask.details.insert(QStringLiteral("RawBytes"), QString::number(result->value().rawSize));
                subTask.details.insert(QStringLiteral("StoredBytes"), QString::number(result->value().storedSize));
            } else {
                const bool cancelled = result->error().code == JobRecorder::cancelled().code;
                subTask.status = cancelled ? JobTypes::Status::Cancelled : JobTypes::Status::Failed;
                subTask.details.insert(QStringLiteral("Error"), result->error().message);
            }
        } else if (raw > 0 && dump->estimate > 0) {
            subTask.progress = std::min(0.99, double(raw) / double(dump->estimate));
        } else if (raw == 0) {
            continue;
        }
        changed.append(subTask);
    }
    job.bytesTransferred = bytes;
    job.progress = m_estimate > 0 ? std::min(0.99, double(bytes) / double(m_estimate)) : 0;
    return changed;
}

void PointDumps::fail(const Error &error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_failure)
        m_failure = error;
    m_stop = true;
}

std::optional<Error> PointDumps::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

QList<PointFile> PointDumps::files() const
{
    QList<PointFile> files;
    for (const std::unique_ptr<Dump> &dump : m_dumps) {
        const FileDigest &digest = dump->result->value();
        files.append(PointFile{
            dump->command.fileName, dump->database, dump->kind, digest.rawSize, digest.storedSize, digest.sha256});
    }
    return files;
}

QMap<QString, QMap<QString, qint64>> PointDumps::tableRowCounts() const
{
    QMap<QString, QMap<QString, qint64>> rowCounts;
    for (const std::unique_ptr<Dump> &dump : m_dumps) {
        if (dump->kind == PointFile::Kind::Database && !dump->rowCounts.isEmpty())
            rowCounts.insert(dump->database, dump->rowCounts);
    }
    return rowCounts;
}

Result<FileDigest> PointDumps::dumpInSnapshot(Dump &dump, PointWriter &point, const CompressionOptions &compression)
{
    if (dump.kind != PointFile::Kind::Database || dump.psql.isEmpty())
        return DumpProcess::run(dump.command, point, compression, m_stop, dump.rawBytes, m_output);
    // The session exports its snapshot and stays open while pg_dump imports it, so the counts
    // are exactly the rows the dump holds. Counting fails softly: the dump matters more.
    RowCounter counter(dump.psql, dump.command.environment, m_stop);
    DumpCommand command = dump.command;
    if (Result<QString> snapshot = counter.exportSnapshot(); snapshot) {
        command.arguments << QStringLiteral("--snapshot=") + snapshot.value();
        if (Result<RowCounter::Counts> counts = counter.count(); counts) {
            dump.rowCounts = counts.value();
        } else {
            command = dump.command; // a failed query ended the session and its snapshot with it
            counter.finish();
            m_output(tr("Row counts of %1 not recorded: %2\n").arg(dump.command.label, counts.error().message));
        }
    } else {
        m_output(tr("Row counts of %1 not recorded: %2\n").arg(dump.command.label, snapshot.error().message));
    }
    Result<FileDigest> digest = DumpProcess::run(command, point, compression, m_stop, dump.rawBytes, m_output);
    counter.finish();
    return digest;
}

} // namespace PgVault
