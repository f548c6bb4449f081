#include "tests/support/TempPostgres.h"

#include "engine/process/ServerUserProcess.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace PgVault::Test {

namespace {

constexpr int StartAttempts = 5;

// The kernel hands out a free port; another process may grab it before the server binds, which is
// why start() retries on "could not bind".
int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool chownToPostgres(const QString &path)
{
    const passwd *user = ::getpwnam("postgres");
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

bool appendTo(const QString &path, const QByteArray &text)
{
    // Append or truncate an existing file so it keeps its owner (the server user).
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(text) == text.size();
}

bool replaceContents(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

TempPostgres::TempPostgres()
    : TempPostgres(Options{})
{
}

TempPostgres::TempPostgres(Options options)
    : m_options(options)
    , m_password(QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

TempPostgres::~TempPostgres()
{
    stop();
}

QString TempPostgres::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString TempPostgres::logText() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

ServerConnection TempPostgres::connection() const
{
    ServerConnection connection;
    connection.host = host();
    connection.port = m_port;
    connection.user = superuser();
    connection.password = m_password;
    connection.sslMode = m_options.requireTls ? SslMode::Require : SslMode::Prefer;
    return connection;
}

Error TempPostgres::failure(const QString &what, const QString &output) const
{
    return Error{QStringLiteral("TempPostgres.Failed"),
        QStringLiteral("%1 failed: %2\n--- server log ---\n%3").arg(what, output.trimmed(), logText()),
        {},
        {}};
}

QProcessEnvironment TempPostgres::baseEnvironment() const
{
    return ServerUserProcess::environment();
}

TempPostgres::Outcome TempPostgres::runAsServerUser(const QString &program, const QStringList &args) const
{
    return ServerUserProcess::run(program, args, m_dir->path(), 120000);
}

TempPostgres::Outcome TempPostgres::runClient(
    const QString &program, const QStringList &args, const QString &database, const QString &input) const
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("PGHOST"), host());
    env.insert(QStringLiteral("PGPORT"), QString::number(m_port));
    env.insert(QStringLiteral("PGUSER"), superuser());
    env.insert(QStringLiteral("PGDATABASE"), database);
    env.insert(QStringLiteral("PGPASSWORD"), m_password); // the environment, never argv
    env.insert(
        QStringLiteral("PGSSLMODE"), m_options.requireTls ? QStringLiteral("require") : QStringLiteral("prefer"));
    env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Outcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.output = process.errorString();
        return outcome;
    }
    process.write(input.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished(5000);
        outcome.output = QStringLiteral("%1 timed out").arg(program);
        return outcome;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    outcome.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    outcome.output = outcome.ok ? out : err + out;
    return outcome;
}

Result<void> TempPostgres::start()
{
    if (m_running)
        return {};
    const Result<ServerTools> tools = PgTools::discover().newestServerTools();
    if (!tools)
        return tools.error();
    m_serverTools = tools.value();

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pgvault-pg-XXXXXX"));
    if (!m_dir->isValid())
        return failure(QStringLiteral("creating a temporary folder"), m_dir->errorString());
    if (ServerUserProcess::switchesUser() && !chownToPostgres(m_dir->path()))
        return failure(QStringLiteral("chown to postgres"), m_dir->path());

    // The password reaches initdb through a file that only the server user can read, then goes.
    const QString pwfile = m_dir->filePath(QStringLiteral("pwfile"));
    {
        QFile file(pwfile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0)
            return failure(QStringLiteral("writing the password file"), file.errorString());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (ServerUserProcess::switchesUser() && !chownToPostgres(pwfile))
        return failure(QStringLiteral("chown to postgres"), pwfile);
    const Outcome initdb = runAsServerUser(m_serverTools.initdb,
        {QStringLiteral("-D"),
            dataDirectory(),
            QStringLiteral("-A"),
            QStringLiteral("scram-sha-256"),
            QStringLiteral("--pwfile=") + pwfile,
            QStringLiteral("-U"),
            superuser(),
            QStringLiteral("-E"),
            QStringLiteral("UTF8"),
            QStringLiteral("--locale=C.UTF-8"),
            QStringLiteral("--no-sync"),
            QStringLiteral("--no-instructions")});
    QFile::remove(pwfile);
    if (!initdb.ok)
        return failure(QStringLiteral("initdb"), initdb.output);

    QString openssl;
    if (m_options.requireTls) {
        openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return failure(QStringLiteral("TLS set-up"), QStringLiteral("the openssl program is not installed"));
    }
    if (const Result<void> configured = configure(openssl); !configured)
        return configured;

    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            return failure(QStringLiteral("finding a free port"), QString());
        if (!appendTo(dataDirectory() + QStringLiteral("/postgresql.conf"),
                QStringLiteral("port = %1\n").arg(m_port).toUtf8()))
            return failure(QStringLiteral("setting the port"), QString());
        const Outcome started = runAsServerUser(m_serverTools.pgCtl,
            {QStringLiteral("-D"),
                dataDirectory(),
                QStringLiteral("-l"),
                m_dir->filePath(QStringLiteral("server.log")),
                QStringLiteral("-w"),
                QStringLiteral("-t"),
                QStringLiteral("60"),
                QStringLiteral("start")});
        if (started.ok) {
            m_running = true;
            return {};
        }
        // Lost the race for the port to another process: take another one.
        if (!logText().contains(QLatin1String("could not bind")))
            return failure(QStringLiteral("pg_ctl start"), started.output);
    }
    return failure(QStringLiteral("pg_ctl start"), QStringLiteral("no free port after %1 attempts").arg(StartAttempts));
}

Result<void> TempPostgres::configure(const QString &openssl)
{
    const QString data = dataDirectory();
    // Loopback and our own socket folder only, so the test server meets nothing but its test.
    // fsync off: the cluster is thrown away, and the machine is shared.
    QByteArray conf = "listen_addresses = '127.0.0.1'\n"
                      "unix_socket_directories = '"
        + QFile::encodeName(m_dir->path())
        + "'\n"
          "fsync = off\n"
          "max_connections = 30\n";
    QByteArray hba = "local all all scram-sha-256\n";
    if (m_options.requireTls) {
        const Outcome certificate = runAsServerUser(openssl,
            {QStringLiteral("req"),
                QStringLiteral("-x509"),
                QStringLiteral("-newkey"),
                QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"),
                QStringLiteral("-days"),
                QStringLiteral("2"),
                QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-keyout"),
                data + QStringLiteral("/server.key"),
                QStringLiteral("-out"),
                data + QStringLiteral("/server.crt")});
        if (!certificate.ok)
            return failure(QStringLiteral("openssl req"), certificate.output);
        // The server refuses a key others could read.
        QFile::setPermissions(data + QStringLiteral("/server.key"), QFile::ReadOwner | QFile::WriteOwner);
        conf += "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n";
        hba += "hostssl all all 127.0.0.1/32 scram-sha-256\n";
    } else {
        hba += "host all all 127.0.0.1/32 scram-sha-256\n";
    }
    if (!appendTo(data + QStringLiteral("/postgresql.conf"), conf)
        || !replaceContents(data + QStringLiteral("/pg_hba.conf"), hba))
        return failure(QStringLiteral("writing the server configuration"), data);
    return {};
}

void TempPostgres::stop()
{
    if (!m_running)
        return; // never stop a server this object did not start
    m_running = false;
    const Outcome stopped = runAsServerUser(m_serverTools.pgCtl,
        {QStringLiteral("-D"),
            dataDirectory(),
            QStringLiteral("-m"),
            QStringLiteral("fast"),
            QStringLiteral("-w"),
            QStringLiteral("-t"),
            QStringLiteral("30"),
            QStringLiteral("stop")});
    if (stopped.ok)
        return;
    // Our own postmaster (its pid file lives in our data folder) did not stop: immediate shutdown.
    QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong());
        if (pid > 1)
            ::kill(pid, SIGQUIT);
    }
    qWarning("TempPostgres: pg_ctl stop failed: %s", qPrintable(stopped.output));
}

Result<QString> TempPostgres::psql(const QString &database, const QString &sql) const
{
    const Outcome outcome = runClient(m_serverTools.binDir + QStringLiteral("/psql"),
        {QStringLiteral("-X"),
            QStringLiteral("-w"),
            QStringLiteral("-A"),
            QStringLiteral("-t"),
            QStringLiteral("-q"),
            QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-f"),
            QStringLiteral("-")},
        database,
        sql);
    if (!outcome.ok)
        return failure(QStringLiteral("psql in %1: %2").arg(database, sql.left(200)), outcome.output);
    QString out = outcome.output;
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

Result<void> TempPostgres::createDatabase(const QString &name) const
{
    const Result<QString> done
        = psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1;").arg(quoteIdentifier(name)));
    if (!done)
        return done.error();
    return {};
}

Result<void> TempPostgres::createRole(const QString &name, const QString &password, const QString &options) const
{
    const Result<QString> done = psql(QStringLiteral("postgres"),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 %3;")
            .arg(quoteIdentifier(name), quoteLiteral(password), options));
    if (!done)
        return done.error();
    return {};
}

Result<void> TempPostgres::pgbenchInit(const QString &database, int scale) const
{
    const Outcome outcome = runClient(m_serverTools.binDir + QStringLiteral("/pgbench"),
        {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QString::number(scale)},
        database,
        QString());
    if (!outcome.ok)
        return failure(QStringLiteral("pgbench -i in %1").arg(database), outcome.output);
    return {};
}

QString TempPostgres::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    return QLatin1Char('"') + quoted.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString TempPostgres::quoteLiteral(const QString &value)
{
    QString quoted = value;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

} // namespace PgVault::Test
