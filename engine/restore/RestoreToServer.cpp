#include "engine/restore/RestoreToServer.h"

#include "engine/jobs/JobRecorder.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ToolRun.h"
#include "engine/restore/RestorePlan.h"
#include "engine/restore/RestoreScript.h"
#include "engine/restore/RoleScriptFilter.h"
#include "engine/restore/StreamingDatabaseRestore.h"
#include "engine/vault/CompressedFileReader.h"
#include "engine/vault/VaultStore.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace PgVault {

namespace {

const QStringList PsqlArguments{QStringLiteral("-X"),
    QStringLiteral("-q"),
    QStringLiteral("-A"),
    QStringLiteral("-t"),
    QStringLiteral("-w"),
    QStringLiteral("-v"),
    QStringLiteral("ON_ERROR_STOP=1")};

QString conninfoDatabase(const QString &database)
{
    // A dbname= conninfo, so a database name containing "=" is never read as a connection string.
    QString value = database;
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QStringLiteral("dbname='%1'").arg(value);
}

/// Where a check decompresses to: nothing is kept, and every write polls the job (its heartbeat
/// and a cancel), as a big file takes a while.
class CheckSink : public QIODevice
{
public:
    explicit CheckSink(std::function<bool()> poll)
        : m_poll(std::move(poll))
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override { return m_poll() ? length : -1; }

private:
    std::function<bool()> m_poll;
};

QStringList errorLines(const QString &err)
{
    QStringList lines;
    const QStringList all = err.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (line.contains(QLatin1String("ERROR:")))
            lines << line.trimmed();
    }
    return lines;
}

} // namespace

RestoreToServer::RestoreToServer(
    const RestoreRequest &request, const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder)
    : m_request(request)
    , m_store(store)
    , m_manifest(manifest)
    , m_recorder(recorder)
{
}

RestoreToServer::~RestoreToServer() = default;

QString RestoreToServer::targetDatabase(const QString &source) const
{
    return RestorePlan::targetDatabase(m_request.databaseMap, source);
}

QStringList RestoreToServer::selectedDatabases() const
{
    if (m_request.databaseMap.isEmpty())
        return m_manifest.databases();
    QStringList selected;
    for (const QString &database : m_manifest.databases()) {
        if (m_request.databaseMap.contains(database))
            selected << database;
    }
    return selected;
}

Error RestoreToServer::targetError(const QString &what, const QString &detail) const
{
    return Error{QStringLiteral("Restore.TargetFailed"),
        tr("%1 on %2:%3 failed: %4").arg(what, m_request.server.host).arg(m_request.server.port).arg(detail.trimmed()),
        tr("Check the target connection (host, port, user, password, TLS mode) and the user's privileges "
           "(CREATEDB)."),
        QStringLiteral("host")};
}

Result<QString> RestoreToServer::sql(const QString &database, const QString &statements) const
{
    if (!m_environment) // run() stopped before it found the tools: nothing reached the server
        return Error{QStringLiteral("Restore.NotStarted"),
            tr("The restore stopped before it connected to %1:%2.")
                .arg(m_request.server.host)
                .arg(m_request.server.port),
            tr("See the restore's own error."),
            QStringLiteral("host")};
    Result<ToolOutcome> ran
        = ToolRun::run(m_tools.psql, PsqlArguments, m_environment->forDatabase(database), statements.toUtf8(), [this] {
              return m_recorder.tick(m_total > 0 ? double(m_done) / double(m_total) : 0, m_done);
          });
    if (!ran)
        return ran.error();
    if (ran->exitCode != 0)
        return targetError(tr("psql"), ran->err);
    return ran->out;
}

Result<void> RestoreToServer::checkDistinctTargets(const QMap<QString, QString> &databaseMap)
{
    QMap<QString, QStringList> sources; // target -> the sources restored into it
    for (auto it = databaseMap.begin(); it != databaseMap.end(); ++it)
        sources[it.value()] << QStringLiteral("\"%1\"").arg(it.key());
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        if (it->size() > 1)
            return Error{QStringLiteral("Restore.DuplicateTarget"),
                tr("The databases %1 would all be restored into \"%2\".").arg(it->join(QStringLiteral(", ")), it.key()),
                tr("Give each database its own target name."),
                QStringLiteral("database"),
                ErrorKind::BadInput};
    }
    return {};
}

Result<void> RestoreToServer::prepare(QStringList &existing)
{
    if (Result<void> distinct = checkDistinctTargets(m_request.databaseMap); !distinct)
        return distinct;
    const PgTools found
        = m_request.toolSearchDirs.isEmpty() ? PgTools::discover() : PgTools::discover(m_request.toolSearchDirs);
    Result<ToolSet> newest = found.newest();
    if (!newest)
        return newest.error();
    m_tools = newest.value();
    m_environment = std::make_unique<ChildEnvironment>(m_request.server);
    for (auto it = m_request.databaseMap.begin(); it != m_request.databaseMap.end(); ++it) {
        if (!m_manifest.databases().contains(it.key()))
            return Error{QStringLiteral("Restore.UnknownDatabase"),
                tr("The recovery point has no database \"%1\"; it holds: %2.")
                    .arg(it.key(), m_manifest.databases().join(QStringLiteral(", "))),
                tr("Map one of the recovery point's databases to that name."),
                QStringLiteral("database"),
                ErrorKind::BadInput};
    }
    Result<QString> names = sql(m_request.server.maintenanceDatabase,
        QStringLiteral("SELECT coalesce(json_agg(datname), '[]') FROM pg_database;"));
    if (!names)
        return names.error();
    const QJsonArray array = QJsonDocument::fromJson(names->trimmed().toUtf8()).array();
    QStringList conflicts;
    for (const QString &source : selectedDatabases()) {
        const QString target = targetDatabase(source);
        if (array.contains(QJsonValue(target))) {
            existing << target;
            conflicts << target;
        }
    }
    if (!conflicts.isEmpty() && !m_request.clean)
        return Error{QStringLiteral("Restore.TargetDatabaseExists"),
            tr("These databases already exist on the target server: %1.").arg(conflicts.join(QStringLiteral(", "))),
            tr("Restore them under other names, or allow replacing them (they are dropped and restored)."),
            QStringLiteral("database"),
            ErrorKind::BadInput};
    return {};
}

Result<QStringList> RestoreToServer::run()
{
    QStringList existing;
    if (Result<void> prepared = prepare(existing); !prepared)
        return prepared.error();
    const QStringList selected = selectedDatabases();
    for (const PointFile &file : m_manifest.files())
        m_total += file.kind == PointFile::Kind::Database && selected.contains(file.database) ? file.rawSize : 0;
    // With several databases, a damaged later file must be found before the server changes: a
    // database replaced (--clean) before it was reached would be gone, and a damaged point should
    // not stop a restore halfway. One database needs no pass of its own: a replaced one is dropped
    // only after its whole file passed the checks, and a new one is dropped again if they fail.
    if (!m_request.filesChecked && selected.size() > 1) {
        if (Result<void> checked = checkFiles(selected); !checked)
            return checked.error();
    }
    QStringList warnings;
    if (m_request.applyRoles) {
        const int subTask = m_recorder.addSubTask(tr("Roles"));
        Result<QStringList> roles = applyRoles();
        if (!roles) {
            m_recorder.setSubTask(subTask, JobTypes::Status::Failed, QStringLiteral("Error"), roles.error().message);
            return roles.error();
        }
        warnings << roles.value();
        m_recorder.setSubTask(
            subTask, roles->isEmpty() ? JobTypes::Status::Completed : JobTypes::Status::CompletedWithWarnings);
    }
    for (const PointFile &file : m_manifest.files()) {
        if (file.kind != PointFile::Kind::Database || !selected.contains(file.database))
            continue;
        const QString target = targetDatabase(file.database);
        const int subTask
            = m_recorder.addSubTask(file.database == target ? tr("Database %1").arg(target)
                                                            : tr("Database %1 as %2").arg(file.database, target));
        Result<QStringList> restored = restoreDatabase(file, existing.contains(target), subTask);
        if (!restored) {
            m_recorder.setSubTask(subTask,
                m_recorder.stopped() ? JobTypes::Status::Cancelled : JobTypes::Status::Failed,
                QStringLiteral("Error"),
                restored.error().message);
            rollback();
            if (!m_finished.isEmpty())
                m_recorder.output(
                    tr("Restored before the failure, and kept: %1.\n").arg(m_finished.join(QStringLiteral(", "))));
            return restored.error();
        }
        m_unfinished.removeAll(target);
        m_finished << target;
        warnings << restored.value();
        m_recorder.setSubTask(
            subTask, restored->isEmpty() ? JobTypes::Status::Completed : JobTypes::Status::CompletedWithWarnings);
        m_done += file.rawSize;
    }
    m_recorder.tick(1, m_total, true); // the job's "data transferred": every database restored
    return warnings;
}

Result<void> RestoreToServer::checkFiles(const QStringList &selected)
{
    QList<PointFile> files;
    for (const PointFile &file : m_manifest.files()) {
        if (file.kind == PointFile::Kind::Database && selected.contains(file.database))
            files << file;
    }
    const int subTask = m_recorder.addSubTask(tr("Check %n file(s)", nullptr, int(files.size())));
    m_recorder.output(tr("Checking every file against the manifest before changing the server.\n"));
    for (const PointFile &file : std::as_const(files)) {
        // The same check the restore makes: size and SHA-256 of the stored file, and that it
        // unpacks to the size the backup wrote. A file that passes it here passes it there.
        Result<std::unique_ptr<QIODevice>> source
            = m_store.openForRead(m_manifest.instanceId(), m_manifest.pointId(), file.name);
        CheckSink sink([this] { return m_recorder.tick(0, 0); });
        Result<FileDigest> digest = source
            ? CompressedFileReader::decompress(
                source.value().get(), &sink, FileDigest{file.rawSize, file.storedSize, file.sha256}, file.name)
            : Result<FileDigest>(source.error());
        if (m_recorder.stopped())
            return JobRecorder::cancelled();
        if (!digest) {
            m_recorder.setSubTask(subTask, JobTypes::Status::Failed, QStringLiteral("Error"), digest.error().message);
            m_recorder.output(tr("%1 differs from the manifest; nothing was changed on the server.\n").arg(file.name));
            return digest.error();
        }
    }
    m_recorder.setSubTask(subTask, JobTypes::Status::Completed);
    return {};
}

Result<QStringList> RestoreToServer::applyRoles()
{
    const std::optional<PointFile> file = m_manifest.file(PointManifest::fileName(PointFile::Kind::Roles));
    if (!file)
        return QStringList{};
    Result<std::unique_ptr<QIODevice>> source
        = m_store.openForRead(m_manifest.instanceId(), m_manifest.pointId(), file->name);
    if (!source)
        return source.error();
    QBuffer script;
    script.open(QIODevice::WriteOnly);
    Result<FileDigest> digest = CompressedFileReader::decompress(
        source.value().get(), &script, FileDigest{file->rawSize, file->storedSize, file->sha256}, file->name);
    if (!digest)
        return digest.error();
    const QString filtered = RoleScriptFilter::filter(QString::fromUtf8(script.data()), {m_request.server.user});
    // No ON_ERROR_STOP: every role that can be created is, the rest are judged line by line.
    Result<ToolOutcome> ran = ToolRun::run(m_tools.psql,
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w")},
        m_environment->forDatabase(m_request.server.maintenanceDatabase),
        filtered.toUtf8(),
        [this] { return m_recorder.tick(0, 0); });
    if (!ran)
        return ran.error();
    QStringList warnings;
    for (const QString &line : errorLines(ran->err)) {
        if (!RoleScriptFilter::isExpectedError(line))
            warnings << tr("roles: %1").arg(line);
    }
    if (ran->exitCode != 0 && warnings.isEmpty())
        return targetError(tr("Applying roles"), ran->err);
    m_recorder.output(tr("Applied roles.sql (cleaned of service roles).\n"));
    return warnings;
}

Result<QStringList> RestoreToServer::restoreDatabase(const PointFile &file, bool exists, int subTask)
{
    Q_UNUSED(subTask)
    const QString target = targetDatabase(file.database);
    StreamingDatabaseRestore::Settings settings;
    settings.pgRestore = m_tools.pgRestore;
    settings.environment = m_environment->forDatabase(target);
    settings.arguments
        = QStringList{QStringLiteral("--no-password"), QStringLiteral("--dbname=") + conninfoDatabase(target)};
    if (!m_request.applyRoles)
        settings.arguments << QStringLiteral("--no-owner"); // owners are roles the target may not have
    settings.jobs = std::max(1, m_request.jobs);
    settings.tempTemplate = QDir::temp().filePath(QStringLiteral("pgvault-restore-XXXXXX.dump"));
    // A database the user had is dropped only once the whole file passed its checks; a new one
    // receives data while the file unpacks and is dropped again if the checks fail (rollback()).
    settings.stream = !exists;
    StreamingDatabaseRestore restore(
        settings,
        [this](qint64 bytes) {
            return m_recorder.tick(
                m_total > 0 ? (double(m_done) + double(bytes) / 2) / double(m_total) : 0, m_done + bytes / 2);
        },
        [this](const QString &text) { m_recorder.output(text); });

    const QString quoted = RestoreScript::sqlIdentifier(target);
    const auto createDatabase = [&]() -> Result<void> {
        if (exists) {
            m_recorder.output(tr("Dropping the existing database %1, as replacing it was allowed.\n").arg(target));
            if (Result<QString> dropped = sql(m_request.server.maintenanceDatabase,
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);").arg(quoted));
                !dropped)
                return dropped.error();
        }
        if (Result<QString> created = sql(m_request.server.maintenanceDatabase,
                QStringLiteral("CREATE DATABASE %1 TEMPLATE template0;").arg(quoted));
            !created)
            return created.error();
        m_unfinished << target;
        m_recorder.output(tr("Restoring database %1 with pg_restore -j %2.\n").arg(target).arg(settings.jobs));
        return {};
    };
    m_recorder.output(tr("Checking and unpacking %1.\n").arg(file.name));
    Result<QList<ToolOutcome>> ran = restore.run(
        [this, &file] { return m_store.openForRead(m_manifest.instanceId(), m_manifest.pointId(), file.name); },
        FileDigest{file.rawSize, file.storedSize, file.sha256},
        file.name,
        createDatabase);
    if (m_recorder.stopped())
        return JobRecorder::cancelled();
    if (!ran)
        return ran.error();
    QStringList warnings;
    for (const ToolOutcome &outcome : ran.value()) {
        // pg_restore goes on past an object it cannot create and says so at the end; anything
        // else (no connection, unreadable archive) is a failure.
        if (StreamingDatabaseRestore::failedOutright(outcome))
            return targetError(tr("pg_restore of database %1").arg(target), outcome.err.right(2000));
        if (outcome.exitCode != 0) {
            for (const QString &line : errorLines(outcome.err))
                warnings << tr("database %1: %2").arg(target, line);
        }
    }
    return warnings;
}

void RestoreToServer::rollback()
{
    for (const QString &database : std::as_const(m_unfinished)) {
        m_recorder.output(tr("Dropping the partly restored database %1.\n").arg(database));
        Result<ToolOutcome> ran = ToolRun::run(m_tools.psql,
            PsqlArguments,
            m_environment->forDatabase(m_request.server.maintenanceDatabase),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);")
                .arg(RestoreScript::sqlIdentifier(database))
                .toUtf8());
        if (!ran || ran->exitCode != 0)
            m_recorder.output(tr("Could not drop %1; drop it by hand.\n").arg(database));
    }
    m_unfinished.clear();
}

} // namespace PgVault
