#pragma once

#include "engine/process/RowCounter.h"
#include "engine/vault/LocalVaultStore.h"
#include "tests/engine/BackupFixture.h"

#include <QRegularExpression>

namespace PgVault::Test {

/// What the restore and verify tests share on top of BackupFixture: a source server with
/// realistic content (several databases, one with a quoted non-ASCII name, roles with grants,
/// pgbench tables, a large object), one backup of it, and helpers that run restore and verify
/// jobs and compare servers the way TESTING.md says (schema-only dumps and row counts).
class RestoreFixture : public BackupFixture
{
public:
    QString password = QStringLiteral("restore-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    BackupInstance instance;
    QString pointId;
    static QString oddName() { return QStringLiteral("Größe \"Ünï\" db"); }
    static QStringList databases() { return {QStringLiteral("shop"), QStringLiteral("bench"), oddName()}; }

    Result<void> prepare(bool pgbench = true)
    {
        if (Result<void> started = start(); !started)
            return started;
        if (Result<void> role = pg.createRole(QStringLiteral("backup_admin"), password, QStringLiteral("SUPERUSER"));
            !role)
            return role;
        if (Result<void> role = pg.createRole(QStringLiteral("app_reader"), QStringLiteral("reader-pw")); !role)
            return role;
        for (const QString &database : databases()) {
            if (Result<void> created = pg.createDatabase(database); !created)
                return created;
        }
        Result<QString> shop = pg.psql(QStringLiteral("shop"),
            QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, note text, total numeric); "
                           "INSERT INTO orders SELECT g, 'order ' || g, g * 1.5 FROM generate_series(1, 2500) g; "
                           "CREATE SCHEMA \"Sales EU\"; CREATE TABLE \"Sales EU\".\"Ünits\" (id int, blob bytea); "
                           "INSERT INTO \"Sales EU\".\"Ünits\" SELECT g, decode(repeat('ab', 200), 'hex') "
                           "FROM generate_series(1, 300) g; "
                           "GRANT USAGE ON SCHEMA \"Sales EU\" TO app_reader; GRANT SELECT ON orders TO app_reader; "
                           "SELECT lo_from_bytea(4242, 'large object payload');"));
        if (!shop)
            return shop.error();
        Result<QString> odd = pg.psql(oddName(),
            QStringLiteral("CREATE TABLE t (id serial PRIMARY KEY, v text); INSERT INTO t (v) SELECT 'x' || g FROM "
                           "generate_series(1, 77) g;"));
        if (!odd)
            return odd.error();
        if (pgbench) {
            if (Result<void> bench = pg.pgbenchInit(QStringLiteral("bench"), 1); !bench)
                return bench;
        }
        Result<BackupInstance> added
            = addInstance(QStringLiteral("restore-source"), QStringLiteral("backup_admin"), password);
        if (!added)
            return added.error();
        instance = added.value();
        JobRunner runner(catalog->path());
        Result<QString> jobId = BackupFixture::start(runner, instance);
        if (!jobId)
            return jobId.error();
        const Job job = waitFor(runner, jobId.value());
        if (job.status != JobTypes::Status::Completed)
            return Error{QStringLiteral("Test.BackupFailed"), job.error ? job.error->text() : job.output, {}, {}};
        pointId = job.pointId;
        return {};
    }

    template <typename Request>
    Job run(Request request, bool verify = false)
    {
        JobRunner runner(catalog->path());
        std::optional<Result<QString>> started;
        const auto callback = [&](const Result<QString> &r) {
            started = r;
        };
        if constexpr (std::is_same_v<Request, VerifyRequest>)
            runner.startVerify(instance, request, nullptr, callback);
        else
            runner.startRestore(instance, request, nullptr, callback);
        Q_UNUSED(verify)
        QElapsedTimer timer;
        timer.start();
        while (!started && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!started || !started->ok()) {
            Job failed;
            failed.status = JobTypes::Status::Failed;
            failed.error = started ? started->error() : Error{QStringLiteral("Test.Timeout"), {}, {}, {}};
            return failed;
        }
        return waitFor(runner, started->value());
    }

    RestoreRequest folderRequest(const QString &folder, const QString &prefix = {}, bool overwrite = false) const
    {
        RestoreRequest request;
        request.pointId = pointId;
        request.target = RestoreRequest::Target::Folder;
        request.folder = folder;
        request.filePrefix = prefix;
        request.overwrite = overwrite;
        return request;
    }

    RestoreRequest serverRequest(const ServerConnection &server, const QMap<QString, QString> &map) const
    {
        RestoreRequest request;
        request.pointId = pointId;
        request.target = RestoreRequest::Target::Server;
        request.server = server;
        request.databaseMap = map;
        request.jobs = 2;
        return request;
    }

    QString pointFolder() const
    {
        return QDir(vault.location).filePath(QStringLiteral("instances/%1/points/%2").arg(instance.id, pointId));
    }

    /// pg_dump --schema-only with what legitimately differs between servers taken out.
    static QString schemaOf(const ServerConnection &server, const QString &database)
    {
        const ChildEnvironment environment(server);
        QProcess process;
        process.setProcessEnvironment(environment.forDatabase(database));
        ChildProcessGroup::separate(process); // keeps the passfile open in the child
        const ToolSet tools = PgTools::discover().newest().value();
        process.start(tools.pgDump, {QStringLiteral("--schema-only"), QStringLiteral("--no-owner")});
        process.waitForFinished(60000);
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        text.remove(QRegularExpression(QStringLiteral("^--.*$"), QRegularExpression::MultilineOption));
        text.remove(QRegularExpression(QStringLiteral("^\\\\(un)?restrict .*$"), QRegularExpression::MultilineOption));
        return text.trimmed();
    }

    static RowCounter::Counts countsOf(const ServerConnection &server, const QString &database)
    {
        const ChildEnvironment environment(server);
        const ToolSet tools = PgTools::discover().newest().value();
        Result<RowCounter::Counts> counts = RowCounter::countOnce(tools.psql, environment.forDatabase(database));
        return counts ? counts.value() : RowCounter::Counts{{QStringLiteral("error"), -1}};
    }

    static bool databaseExists(const TempPostgres &server, const QString &name)
    {
        return server
                   .psql(QStringLiteral("postgres"),
                       QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = %1;")
                           .arg(TempPostgres::quoteLiteral(name)))
                   .value()
                   .trimmed()
            == QLatin1String("1");
    }

    /// Flips one byte in the middle of a stored file of the point.
    bool flipByte(const QString &fileName) const
    {
        QFile file(QDir(pointFolder()).filePath(fileName));
        if (!file.open(QIODevice::ReadWrite))
            return false;
        const qint64 at = file.size() / 2;
        file.seek(at);
        char byte = 0;
        file.getChar(&byte);
        file.seek(at);
        return file.putChar(char(byte ^ 0x5a));
    }
};

} // namespace PgVault::Test
