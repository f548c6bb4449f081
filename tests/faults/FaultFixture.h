#pragma once

#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>

namespace PgVault::Test {

/// What the fault-injection tests (tests/faults) share: a throwaway server with a few databases
/// of modest size, a PgVault home with a policy and the instance "shop-server" (its password in
/// the real keychain), and the real pgvaultctl run as a child process the way a user runs it, so
/// a fault (SIGKILL, a full disk, a damaged file) hits the whole program. Header-only.
class FaultFixture
{
public:
    /// One pgvaultctl run: exit code (-1 when it did not exit normally) and both streams.
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    TempPostgres pg;
    QTemporaryDir home;

    /// The databases backed up and compared: "shop" (pgbench), "crm" (wide rows and bytea).
    static QStringList sourceDatabases() { return {QStringLiteral("shop"), QStringLiteral("crm")}; }

    /// Starts the server, fills the databases (`pgbenchScale` sizes "shop": scale 1 is 100,000
    /// accounts, a dump of about 10 MB) and adds the policy "Nightly" and "shop-server".
    Result<void> start(int pgbenchScale = 1)
    {
        if (Result<void> prepared = startWithoutInstance(pgbenchScale); !prepared)
            return prepared;
        return addInstance(QStringLiteral("shop-server"));
    }

    /// start() without the instance, for a test that protects the server its own way (a server
    /// is protected by one instance only).
    Result<void> startWithoutInstance(int pgbenchScale = 1)
    {
        if (Result<void> started = pg.start(); !started)
            return started;
        for (const QString &database : sourceDatabases()) {
            if (Result<void> created = pg.createDatabase(database); !created)
                return created;
        }
        if (Result<void> filled = pg.pgbenchInit(QStringLiteral("shop"), pgbenchScale); !filled)
            return filled;
        const Result<QString> crm = pg.psql(QStringLiteral("crm"),
            QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, note text); "
                           "INSERT INTO customers SELECT g, 'Kunde ' || g || ' Müller', repeat(md5(g::text), 8) "
                           "FROM generate_series(1, 20000) g; "
                           "CREATE INDEX customers_name ON customers (name); "
                           "CREATE TABLE files (id int PRIMARY KEY, data bytea); "
                           "INSERT INTO files SELECT g, decode(repeat(md5(g::text), 64), 'hex') "
                           "FROM generate_series(1, 2000) g;"));
        if (!crm)
            return crm.error();
        const Run policy = ctl({QStringLiteral("policy"),
            QStringLiteral("create"),
            QStringLiteral("--name"),
            QStringLiteral("Nightly"),
            QStringLiteral("--days"),
            QStringLiteral("Sun"),
            QStringLiteral("--time"),
            QStringLiteral("02:00"),
            QStringLiteral("--time-zone"),
            QStringLiteral("UTC"),
            QStringLiteral("--yearly"),
            QStringLiteral("P5Y")});
        if (policy.exitCode != 0)
            return failure(QStringLiteral("policy create"), policy);
        return {};
    }

    /// "instance add NAME" for the test server on the policy Nightly, the password piped in.
    Result<void> addInstance(const QString &name, const QStringList &options = {})
    {
        const Run add = ctl(QStringList{QStringLiteral("instance"),
                                QStringLiteral("add"),
                                name,
                                QStringLiteral("--host"),
                                pg.host(),
                                QStringLiteral("--port"),
                                QString::number(pg.port()),
                                QStringLiteral("--user"),
                                pg.superuser(),
                                QStringLiteral("--sslmode"),
                                QStringLiteral("disable"),
                                QStringLiteral("--policy"),
                                QStringLiteral("Nightly"),
                                QStringLiteral("--password-stdin")}
                + options,
            password());
        if (add.exitCode != 0)
            return failure(QStringLiteral("instance add"), add);
        return {};
    }

    QByteArray password() const { return pg.superuserPassword().toUtf8() + "\n"; }
    QStringList serverOptions() const { return serverOptions(pg); }

    /// The environment pgvaultctl runs in: this home only.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGVAULT_HOME"), home.path());
        return env;
    }

    /// Runs pgvaultctl to its end (at most two minutes) with `input` on stdin.
    Run ctl(const QStringList &arguments,
        const QByteArray &input = {},
        const std::function<void(QProcess &)> &prepare = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        if (prepare)
            prepare(process);
        process.start(QStringLiteral(PGVAULTCTL_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    /// The arguments that restore into `server` (default: the test server), the password read
    /// from stdin (restorePassword()).
    static QStringList serverOptions(const TempPostgres &server)
    {
        return {QStringLiteral("--to-server"),
            QStringLiteral("--host"),
            server.host(),
            QStringLiteral("--port"),
            QString::number(server.port()),
            QStringLiteral("--user"),
            server.superuser(),
            QStringLiteral("--sslmode"),
            QStringLiteral("disable"),
            QStringLiteral("--password-stdin")};
    }

    /// The ids of the points "pgvaultctl points INSTANCE" lists, with each one's state.
    Result<QMap<QString, QString>> listedPoints(const QString &instance = QStringLiteral("shop-server")) const
    {
        const Run points
            = ctl({QStringLiteral("points"), instance, QStringLiteral("--output"), QStringLiteral("json")});
        if (points.exitCode != 0)
            return failure(QStringLiteral("points"), points);
        QMap<QString, QString> listed;
        const QJsonArray array = QJsonDocument::fromJson(points.out.toUtf8()).array();
        for (const QJsonValue &value : array) {
            const QJsonObject point = value.toObject();
            listed.insert(point.value(QLatin1String("id")).toString(), point.value(QLatin1String("state")).toString());
        }
        return listed;
    }

    /// The folder holding the points of the instance's only vault folder under `vaultRoot`
    /// (default: the home's "local" vault); empty before the first backup.
    static QString pointsFolder(const QString &vaultRoot)
    {
        const QDir instances(QDir(vaultRoot).filePath(QStringLiteral("instances")));
        const QStringList ids = instances.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return ids.size() == 1 ? instances.filePath(ids.first() + QStringLiteral("/points")) : QString();
    }

    QString localVault() const { return QDir(home.path()).filePath(QStringLiteral("vaults/local")); }

    /// Per table of `database`: its row count and an md5 over its rows in key order, one line each,
    /// so a source and a restored copy compare as strings.
    Result<QString> tableDigest(const QString &database) const { return tableDigest(pg, database); }
    static Result<QString> tableDigest(const TempPostgres &server, const QString &database)
    {
        return server.psql(database,
            QStringLiteral(
                "SELECT string_agg(format('%s %s', c.relname, "
                "(xpath('/row/d/text()', query_to_xml(format("
                "'SELECT count(*) || '':'' || coalesce(md5(string_agg(t::text, '','' ORDER BY t::text)), '''') "
                "AS d FROM %I.%I t', n.nspname, c.relname), false, true, '')))[1]::text), "
                "E'\\n' ORDER BY c.relname) "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind = 'r' AND n.nspname = 'public';"));
    }

    /// Tools PgVault started for this test's server (PGAPPNAME=pgvault and this server's port in
    /// their environment) that still run: pg_dump, pg_dumpall, pg_restore and its workers, psql.
    QList<qint64> runningTools() const
    {
        QList<qint64> found;
        const QByteArray port = "PGPORT=" + QByteArray::number(pg.port());
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool number = false;
            const qint64 pid = entry.toLongLong(&number);
            if (!number || !isAlive(pid))
                continue;
            const QList<QByteArray> variables = readFile(QStringLiteral("/proc/%1/environ").arg(pid)).split('\0');
            if (variables.contains("PGAPPNAME=pgvault") && variables.contains(port))
                found << pid;
        }
        return found;
    }

    static bool isAlive(qint64 pid)
    {
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        // Gone, or a zombie nobody has reaped yet: either way it no longer runs.
        return !stat.isEmpty() && stat.mid(stat.lastIndexOf(')') + 2, 1) != "Z";
    }

    /// The job id pgvaultctl announced on stderr ("started backup job ID."), empty if none yet.
    static QString startedJob(const QString &err)
    {
        return QRegularExpression(QStringLiteral("started \\w+ job (\\S+)\\.\\n")).match(err).captured(1);
    }

    /// The status of a job as "pgvaultctl job show" reports it.
    QString jobStatus(const QString &jobId) const
    {
        const Run shown = ctl(
            {QStringLiteral("job"), QStringLiteral("show"), jobId, QStringLiteral("--output"), QStringLiteral("json")});
        return QJsonDocument::fromJson(shown.out.toUtf8())
            .object()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("status"))
            .toString();
    }

    static Error failure(const QString &what, const Run &run)
    {
        return Error{QStringLiteral("Test.Failed"),
            QStringLiteral("pgvaultctl %1 exited %2: %3%4").arg(what).arg(run.exitCode).arg(run.err, run.out),
            {},
            {}};
    }
};

} // namespace PgVault::Test
