#include "engine/instances/ServerProbe.h"
#include "tests/support/CapturedLog.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <set>
#include <thread>

using namespace PgVault;
using PgVault::Test::TempPostgres;

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Watches every psql process's argv and environment (/proc) while a probe runs, from another
/// thread, and remembers whether the secret ever showed up and which passfiles were used.
class ProcWatcher
{
public:
    explicit ProcWatcher(QByteArray secret)
        : m_secret(std::move(secret))
        , m_thread([this] { watch(); })
    {
    }
    ~ProcWatcher() { finish(); }
    void finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    bool secretSeen() const { return m_secretSeen; }
    int psqlSeen() const { return int(m_psqlPids.size()); }
    QStringList passfiles() const { return m_passfiles; }

private:
    /// The parent pid from /proc/<pid>/stat ("pid (comm) state ppid …"; comm may hold spaces).
    static qint64 parentOf(const QString &pid)
    {
        const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
    }

    void watch()
    {
        while (!m_stop) {
            const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString &pid : pids) {
                if (pid.isEmpty() || !pid.at(0).isDigit())
                    continue;
                const QByteArray cmdline = readProcFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (!cmdline.contains("psql"))
                    continue;
                const QByteArray environ = readProcFile(QStringLiteral("/proc/%1/environ").arg(pid));
                if (cmdline.contains(m_secret) || environ.contains(m_secret))
                    m_secretSeen = true;
                if (!environ.contains("PGAPPNAME=pgvault") || parentOf(pid) != m_ownPid)
                    continue; // another program's psql, or another test's running in parallel
                m_psqlPids.insert(pid.toInt());
                for (const QByteArray &variable : environ.split('\0')) {
                    if (variable.startsWith("PGPASSFILE=")
                        && !m_passfiles.contains(QString::fromUtf8(variable.mid(11))))
                        m_passfiles.append(QString::fromUtf8(variable.mid(11)));
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }

    QByteArray m_secret;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_secretSeen{false};
    std::set<int> m_psqlPids;
    QStringList m_passfiles;
    const qint64 m_ownPid = QCoreApplication::applicationPid();
    std::thread m_thread;
};

int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed again when `server` goes
}

QStringList names(const QList<DatabaseInfo> &databases)
{
    QStringList result;
    for (const DatabaseInfo &database : databases)
        result.append(database.name);
    return result;
}

} // namespace

/// Probes real throwaway PostgreSQL servers: what a good connection reports, and each failure's code.
class TestServerProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sslModeNamesRoundTrip();
    void superuserSeesVersionDatabasesAndSize();
    void wrongPasswordIsAuthenticationFailed();
    void closedPortIsUnreachable();
    void unknownHostIsUnreachable();
    void missingDatabaseIsNamed();
    void tlsOnlyServerWithTlsDisabledIsTlsRequired();
    void unprivilegedRoleGetsUnreadableTablesListed();
    void passwordNeverInArgvEnvironmentOrLog();

private:
    std::unique_ptr<ServerProbe> m_probe;
};

void TestServerProbe::initTestCase()
{
    const Result<ToolSet> tools = PgTools::discover().newest();
    QVERIFY_RESULT(tools);
    m_probe = std::make_unique<ServerProbe>(tools.value());
    Test::CapturedLog::install();
    QLoggingCategory::setFilterRules(QStringLiteral("pgvault.*.debug=true"));
}

void TestServerProbe::cleanupTestCase()
{
    Test::CapturedLog::uninstall();
}

void TestServerProbe::sslModeNamesRoundTrip()
{
    for (SslMode mode : {SslMode::Disable, SslMode::Prefer, SslMode::Require, SslMode::VerifyFull})
        QCOMPARE(parseSslMode(sslModeName(mode)), std::optional<SslMode>(mode));
    QCOMPARE(sslModeName(SslMode::VerifyFull), QStringLiteral("verify-full"));
    QVERIFY(!parseSslMode(QStringLiteral("allow")).has_value());
}

void TestServerProbe::superuserSeesVersionDatabasesAndSize()
{
    TempPostgres pg;
    QVERIFY_RESULT(pg.start());
    const QString oddName = QStringLiteral("Bücher \"2024\"; DROP a=b");
    QVERIFY_RESULT(pg.createDatabase(QStringLiteral("sales")));
    QVERIFY_RESULT(pg.createDatabase(oddName));
    QVERIFY_RESULT(pg.pgbenchInit(QStringLiteral("sales"), 1));
    QVERIFY_RESULT(
        pg.psql(oddName, QStringLiteral("CREATE TABLE \"Größe\" (id int); INSERT INTO \"Größe\" VALUES (1);")));

    const Result<ServerInfo> info = m_probe->probe(pg.connection());
    QVERIFY_RESULT(info);
    QCOMPARE(info->major, pg.serverTools().version.major);
    QVERIFY(info->versionNum >= 150000);
    QVERIFY2(info->version.startsWith(pg.serverTools().version.text), qPrintable(info->version));
    QCOMPARE(names(info->databases), (QStringList{oddName, QStringLiteral("postgres"), QStringLiteral("sales")}));
    QVERIFY(info->isSuperuser);
    QVERIFY(!info->isAzure);
    QVERIFY(info->skippedDatabases.isEmpty());
    QVERIFY(info->canReadAllData);
    QVERIFY(info->canReadRolePasswords);
    QVERIFY(info->unreadableTables.isEmpty());
    qint64 sum = 0;
    for (const DatabaseInfo &database : info->databases) {
        QVERIFY(database.canConnect);
        QVERIFY2(database.sizeBytes > 1000000, qPrintable(database.name));
        QCOMPARE(database.owner, QStringLiteral("admin"));
        sum += database.sizeBytes;
    }
    QCOMPARE(info->estimatedDumpBytes, sum);
    // pgbench -i -s 1 holds 100,000 accounts: sales is clearly the biggest.
    QVERIFY(info->databases.at(2).sizeBytes > info->databases.at(1).sizeBytes + 5000000);
}

void TestServerProbe::wrongPasswordIsAuthenticationFailed()
{
    TempPostgres pg;
    QVERIFY_RESULT(pg.start());
    ServerConnection connection = pg.connection();
    connection.password = QStringLiteral("not-the-password");
    const Result<ServerInfo> info = m_probe->probe(connection);
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("Server.AuthenticationFailed"));
    QCOMPARE(info.error().field, QStringLiteral("password"));
    QVERIFY2(info.error().message.contains(QLatin1String("password authentication failed for user \"admin\"")),
        qPrintable(info.error().message));
    QCOMPARE(info.error().remedy, QStringLiteral("Check the user name and password."));

    connection.password.clear();
    const Result<ServerInfo> none = m_probe->probe(connection);
    QVERIFY(!none);
    QCOMPARE(none.error().code, QStringLiteral("Server.AuthenticationFailed"));
}

void TestServerProbe::closedPortIsUnreachable()
{
    ServerConnection connection;
    connection.host = QStringLiteral("127.0.0.1");
    connection.port = closedPort();
    QVERIFY(connection.port > 0);
    connection.user = QStringLiteral("admin");
    connection.password = QStringLiteral("whatever");
    const Result<ServerInfo> info = m_probe->probe(connection);
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("Server.Unreachable"));
    QCOMPARE(info.error().field, QStringLiteral("host"));
    QVERIFY2(info.error().message.contains(QLatin1String("Connection refused")), qPrintable(info.error().message));
    QVERIFY(info.error().message.contains(QString::number(connection.port)));
    QVERIFY(info.error().remedy.contains(QLatin1String("firewall")));
}

void TestServerProbe::unknownHostIsUnreachable()
{
    ServerConnection connection;
    connection.host = QStringLiteral("no-such-host.invalid"); // RFC 2606: never resolves
    connection.user = QStringLiteral("admin");
    const Result<ServerInfo> info = m_probe->probe(connection);
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("Server.Unreachable"));
    QVERIFY2(info.error().message.contains(QLatin1String("no-such-host.invalid")), qPrintable(info.error().message));
}

void TestServerProbe::missingDatabaseIsNamed()
{
    TempPostgres pg;
    QVERIFY_RESULT(pg.start());
    ServerConnection connection = pg.connection();
    connection.maintenanceDatabase = QStringLiteral("no_such_db");
    const Result<ServerInfo> info = m_probe->probe(connection);
    QVERIFY(!info);
    QCOMPARE(info.error().code, QStringLiteral("Server.DatabaseNotFound"));
    QVERIFY(info.error().message.contains(QLatin1String("no_such_db")));
}

void TestServerProbe::tlsOnlyServerWithTlsDisabledIsTlsRequired()
{
    TempPostgres pg(TempPostgres::Options{true});
    QVERIFY_RESULT(pg.start());
    ServerConnection connection = pg.connection();
    connection.sslMode = SslMode::Disable;
    const Result<ServerInfo> plain = m_probe->probe(connection);
    QVERIFY(!plain);
    QCOMPARE(plain.error().code, QStringLiteral("Server.TlsRequired"));
    QCOMPARE(plain.error().field, QStringLiteral("sslMode"));
    QVERIFY2(plain.error().remedy.contains(QLatin1String("\"require\"")), qPrintable(plain.error().remedy));

    connection.sslMode = SslMode::Require;
    QVERIFY_RESULT(m_probe->probe(connection));
    // The self-signed certificate is not trusted: verify-full must say so, not "unreachable".
    connection.sslMode = SslMode::VerifyFull;
    const Result<ServerInfo> verified = m_probe->probe(connection);
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, QStringLiteral("Server.TlsCertificate"));
}

void TestServerProbe::unprivilegedRoleGetsUnreadableTablesListed()
{
    TempPostgres pg;
    QVERIFY_RESULT(pg.start());
    QVERIFY_RESULT(pg.createDatabase(QStringLiteral("shop")));
    QVERIFY_RESULT(pg.psql(QStringLiteral("shop"),
        QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name text);"
                       "CREATE TABLE orders (id serial PRIMARY KEY, customer int);"
                       "CREATE SCHEMA ledger; CREATE TABLE ledger.entries (id int);"
                       "CREATE EXTENSION hstore;")));
    const QString password = QStringLiteral("reader-pw");
    QVERIFY_RESULT(pg.createRole(QStringLiteral("reader"), password));
    QVERIFY_RESULT(pg.psql(QStringLiteral("shop"),
        QStringLiteral("GRANT SELECT ON customers TO reader; GRANT SELECT ON orders TO reader;"
                       "GRANT USAGE ON SCHEMA ledger TO reader;")));

    ServerConnection connection = pg.connection();
    connection.user = QStringLiteral("reader");
    connection.password = password;
    const Result<ServerInfo> info = m_probe->probe(connection);
    QVERIFY_RESULT(info);
    QVERIFY(!info->isSuperuser);
    QVERIFY(!info->canReadRolePasswords);
    QVERIFY(!info->canReadAllData);
    // The serial's sequence was not granted, nor ledger.entries; extension objects do not count.
    QCOMPARE(info->unreadableTables,
        (QStringList{QStringLiteral("shop.ledger.entries"), QStringLiteral("shop.public.orders_id_seq")}));
    QCOMPARE(info->unreadableTableCount, 2);

    // Membership in pg_read_all_data (PostgreSQL 14+) is enough.
    QVERIFY_RESULT(pg.psql(QStringLiteral("postgres"), QStringLiteral("GRANT pg_read_all_data TO reader;")));
    const Result<ServerInfo> granted = m_probe->probe(connection);
    QVERIFY_RESULT(granted);
    QVERIFY(granted->canReadAllData);
    QVERIFY(granted->unreadableTables.isEmpty());
    QVERIFY(!granted->canReadRolePasswords);

    // A database the user may not connect to cannot be dumped either.
    QVERIFY_RESULT(pg.createDatabase(QStringLiteral("private")));
    QVERIFY_RESULT(
        pg.psql(QStringLiteral("postgres"), QStringLiteral("REVOKE CONNECT ON DATABASE private FROM PUBLIC;")));
    const Result<ServerInfo> locked = m_probe->probe(connection);
    QVERIFY_RESULT(locked);
    QVERIFY(!locked->canReadAllData);
    QCOMPARE(locked->unconnectableDatabases, QStringList{QStringLiteral("private")});
}

void TestServerProbe::passwordNeverInArgvEnvironmentOrLog()
{
    TempPostgres pg;
    QVERIFY_RESULT(pg.start());
    QVERIFY_RESULT(pg.createDatabase(QStringLiteral("one")));
    QVERIFY_RESULT(pg.createDatabase(QStringLiteral("two")));
    const QString secret = QStringLiteral("Zq9:\\probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY_RESULT(pg.createRole(QStringLiteral("watched"), secret));
    Test::CapturedLog::clear();
    ServerConnection connection = pg.connection();
    connection.user = QStringLiteral("watched");
    connection.password = secret;

    ProcWatcher watcher(secret.toUtf8());
    // Not a superuser: one psql for the server, then one per database for the privilege check.
    const Result<ServerInfo> info = m_probe->probe(connection);
    watcher.finish();
    QVERIFY_RESULT(info);
    QCOMPARE(info->databases.size(), 3);

    QVERIFY2(!watcher.secretSeen(), "the password appeared in a psql child's argv or environment");
    qInfo("watcher saw %d psql children, passfiles %s",
        watcher.psqlSeen(),
        qPrintable(watcher.passfiles().join(QLatin1Char(' '))));
    // An inherited descriptor of an anonymous memory file: nothing a crash could leave on disk.
    for (const QString &passfile : watcher.passfiles())
        QVERIFY2(passfile.startsWith(QLatin1String("/dev/fd/")), qPrintable(passfile + QStringLiteral(" is on disk")));

    const QStringList logged = Test::CapturedLog::lines();
    const QStringList runs = logged.filter(QStringLiteral("running"));
    QCOMPARE(runs.size(), 4); // every child's argv was logged, so the check below covers them all
    for (const QString &line : logged)
        QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("password in the log: ") + line));
}

QTEST_GUILESS_MAIN(TestServerProbe)

#include "TestServerProbe.moc"
