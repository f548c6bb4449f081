#pragma once

#include "engine/instances/ServerProbe.h"
#include "engine/process/PgTools.h"
#include "engine/process/ServerUserProcess.h"
#include "models/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace PgVault::Test {

/// A throwaway PostgreSQL server owned by one test: initdb into a temporary folder (scram
/// passwords, superuser "admin"), listening on 127.0.0.1 and a free port, stopped and deleted by the
/// destructor, also when the test fails. As root, the server runs as the "postgres" user. It never
/// touches a server it did not start. Usage: `TempPostgres pg; QVERIFY_RESULT(pg.start());`.
class TempPostgres
{
public:
    struct Options
    {
        /// Accept only TLS connections (a self-signed certificate made with the openssl CLI,
        /// pg_hba "hostssl" lines only), so "TLS required" failures can be provoked.
        bool requireTls = false;
    };

    TempPostgres();
    explicit TempPostgres(Options options);
    ~TempPostgres();
    TempPostgres(const TempPostgres &) = delete;
    TempPostgres &operator=(const TempPostgres &) = delete;

    /// Creates the cluster and starts the server (retrying on another port if one was taken).
    Result<void> start();
    /// Stops the server (pg_ctl stop -m fast); the destructor calls it.
    void stop();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("admin"); }
    QString superuserPassword() const { return m_password; }
    /// How a client reaches this server as the superuser (TLS mode "require" for a TLS-only server).
    ServerConnection connection() const;
    QString dataDirectory() const;
    /// The server's log, for failure messages.
    QString logText() const;
    const ServerTools &serverTools() const { return m_serverTools; }

    /// Runs SQL (several statements allowed) as the superuser in `database`; returns psql's
    /// unaligned, tuples-only output.
    Result<QString> psql(const QString &database, const QString &sql) const;
    Result<void> createDatabase(const QString &name) const;
    /// CREATE ROLE name LOGIN PASSWORD '…' <options>.
    Result<void> createRole(const QString &name, const QString &password, const QString &options = {}) const;
    /// `pgbench -i -s scale` into `database`: the pgbench_* tables with realistic data.
    Result<void> pgbenchInit(const QString &database, int scale = 1) const;

    static QString quoteIdentifier(const QString &name);
    static QString quoteLiteral(const QString &value);

private:
    using Outcome = ServerUserProcess::Outcome;
    Outcome runAsServerUser(const QString &program, const QStringList &args) const;
    Outcome runClient(
        const QString &program, const QStringList &args, const QString &database, const QString &input) const;
    QProcessEnvironment baseEnvironment() const;
    Result<void> configure(const QString &openssl);
    Error failure(const QString &what, const QString &output) const;

    Options m_options;
    ServerTools m_serverTools;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
};

} // namespace PgVault::Test
