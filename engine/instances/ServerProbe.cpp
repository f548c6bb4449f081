#include "engine/instances/ServerProbe.h"

#include "engine/Logging.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace PgVault {

namespace {

// Not in Logging.h yet: move it there when the engine's category list is next touched.

constexpr int QueryTimeoutMs = 120000; // connecting has its own 10 s (PGCONNECT_TIMEOUT)

QString tr(const char *text)
{
    return QCoreApplication::translate("PgVault::ServerProbe", text);
}

// One query's worth of server facts as a single JSON document: no separators to escape, whatever
// the database names contain.
const char ServerQuery[] = R"SQL(
SELECT json_build_object(
  'versionNum', current_setting('server_version_num')::int,
  'version', current_setting('server_version'),
  'superuser', coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false),
  'azure', EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'azuresu'),
  'readAllData', CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pg_read_all_data')
                      THEN pg_has_role(current_user, 'pg_read_all_data', 'USAGE') ELSE false END,
  'databases', coalesce((
      SELECT json_agg(json_build_object(
               'name', d.datname,
               'owner', pg_get_userbyid(d.datdba),
               'connect', has_database_privilege(d.oid, 'CONNECT'),
               'size', CASE WHEN has_database_privilege(d.oid, 'CONNECT') THEN pg_database_size(d.oid) ELSE 0 END)
             ORDER BY d.datname)
      FROM pg_database d WHERE d.datallowconn AND NOT d.datistemplate), '[]'::json))
)SQL";

// What pg_dump must be able to lock and read in one database: tables, partitioned tables and
// sequences outside the system schemas, except extension members (pg_dump skips those).
const char UnreadableTablesQuery[] = R"SQL(
SELECT json_build_object('count', count(*),
                         'first', coalesce((array_agg(nspname || '.' || relname ORDER BY nspname, relname))[1:%1], '{}'))
FROM (SELECT n.nspname, c.relname
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'S')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
        AND NOT EXISTS (SELECT 1 FROM pg_depend e
                        WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
        AND (NOT has_schema_privilege(n.oid, 'USAGE') OR NOT has_table_privilege(c.oid, 'SELECT'))) t
)SQL";

// Databases Azure keeps for itself; its backup leaves them out, including the built-in postgres.
bool isAzureServiceOwner(const QString &owner)
{
    return owner == QLatin1String("azuresu") || owner == QLatin1String("azure_pg_admin");
}

/// One psql child's outcome.
struct PsqlRun
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString startError;
};

/// Runs the probe's psql children in one ChildEnvironment (one passfile for the whole probe).
class PsqlSession
{
public:
    explicit PsqlSession(const ServerConnection &connection)
        : m_environment(connection)
    {
    }

    PsqlRun run(const QString &psql, const QString &database, const QString &sql) const
    {
        const QProcessEnvironment env = m_environment.forDatabase(database);
        // -w: never prompt on a terminal; -X: no ~/.psqlrc; -A -t -q: the bare result.
        const QStringList args{QStringLiteral("-X"),
            QStringLiteral("-w"),
            QStringLiteral("-A"),
            QStringLiteral("-t"),
            QStringLiteral("-q"),
            QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-c"),
            sql};
        qCDebug(lcEngineProbe) << "running" << psql << args << "in database" << database;
        QProcess process;
        process.setProgram(psql);
        process.setArguments(args);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        ChildProcessGroup::separate(process); // it reads the passfile
        PsqlRun outcome;
        process.start();
        if (!process.waitForStarted(10000)) {
            outcome.startError = process.errorString();
            return outcome;
        }
        outcome.started = true;
        if (!process.waitForFinished(QueryTimeoutMs)) {
            outcome.timedOut = true;
            process.kill();
            process.waitForFinished(5000);
        }
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = process.readAllStandardOutput();
        outcome.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return outcome;
    }

private:
    ChildEnvironment m_environment;
};

// psql's reason without its "psql: error: " prefix and libpq's indentation, in one line.
QString reasonOf(const QString &stderrText)
{
    QString reason = ChildEnvironment::withoutPassfileNote(stderrText);
    reason.remove(QStringLiteral("psql: error: "));
    reason.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return reason.simplified();
}

Error failure(const PsqlRun &run, const ServerConnection &connection, const QString &database, const QString &tool)
{
    const QString where = QStringLiteral("%1:%2").arg(connection.host).arg(connection.port);
    if (!run.started) {
        return Error{QStringLiteral("PgTools.StartFailed"),
            tr("Cannot start %1 (%2).").arg(tool, run.startError),
            tr("Install the PostgreSQL client tools (apt-get install postgresql-client) and retry."),
            {}};
    }
    if (run.timedOut) {
        return Error{QStringLiteral("Server.Timeout"),
            tr("The server %1 did not answer within %2 seconds.").arg(where).arg(QueryTimeoutMs / 1000),
            tr("Check the server's load and network, then revalidate."),
            QStringLiteral("host")};
    }

    const QString reason = reasonOf(run.err);
    const QString text = reason.toLower();
    const auto has = [&text](const char *needle) {
        return text.contains(QLatin1String(needle));
    };
    // Most specific first: a TLS refusal also says "no pg_hba.conf entry", and every failure
    // mentions "connection to server … failed".
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed")) {
        return Error{QStringLiteral("Server.AuthenticationFailed"),
            tr("The server %1 rejected the login of user \"%2\": %3").arg(where, connection.user, reason),
            tr("Check the user name and password."),
            QStringLiteral("password")};
    }
    if (has("role \"") && has("does not exist")) {
        return Error{QStringLiteral("Server.AuthenticationFailed"),
            tr("The server %1 has no user \"%2\": %3").arg(where, connection.user, reason),
            tr("Check the user name and password."),
            QStringLiteral("user")};
    }
    if ((has("no pg_hba.conf entry") && (has("no encryption") || has("ssl off")))
        || has("ssl connection is required")) {
        return Error{QStringLiteral("Server.TlsRequired"),
            tr("The server %1 accepts only encrypted (TLS) connections: %2").arg(where, reason),
            tr("Choose TLS mode \"require\" (or \"verify-full\") and revalidate."),
            QStringLiteral("sslMode")};
    }
    if (has("server does not support ssl")) {
        return Error{QStringLiteral("Server.TlsUnavailable"),
            tr("The server %1 does not offer TLS, but TLS mode \"%2\" requires it.")
                .arg(where, sslModeName(connection.sslMode)),
            tr("Enable TLS on the server, or choose TLS mode \"prefer\" on a trusted network."),
            QStringLiteral("sslMode")};
    }
    if (has("certificate verify failed") || has("root certificate file") || has("server certificate for")) {
        return Error{QStringLiteral("Server.TlsCertificate"),
            tr("The server %1's TLS certificate could not be verified: %2").arg(where, reason),
            tr("Install the server's CA certificate as ~/.postgresql/root.crt (for Azure, the DigiCert and "
               "Microsoft root CAs), check the host name, or choose TLS mode \"require\"."),
            QStringLiteral("sslMode")};
    }
    if (has("no pg_hba.conf entry")) {
        return Error{QStringLiteral("Server.NotAllowed"),
            tr("The server %1 does not accept user \"%2\" from this machine: %3").arg(where, connection.user, reason),
            tr("Ask the server's administrator to allow this machine and user in pg_hba.conf (on Azure: "
               "the server's networking/firewall rules)."),
            QStringLiteral("host")};
    }
    if (has("database \"") && has("does not exist")) {
        return Error{QStringLiteral("Server.DatabaseNotFound"),
            tr("The database \"%1\" does not exist on %2.").arg(database, where),
            tr("Choose an existing database to connect to (usually \"postgres\")."),
            QStringLiteral("maintenanceDatabase")};
    }
    if (has("permission denied") || has("not permitted to log in")) {
        return Error{QStringLiteral("Server.PermissionDenied"),
            tr("User \"%1\" may not connect to database \"%2\" on %3: %4")
                .arg(connection.user, database, where, reason),
            tr("Grant the user LOGIN and CONNECT on the database, or use another user."),
            QStringLiteral("user")};
    }
    if (has("could not connect") || has("connection refused") || has("could not translate host name")
        || has("timeout expired") || has("timed out") || has("no route to host") || has("network is unreachable")
        || has("name or service not known")) {
        return Error{QStringLiteral("Server.Unreachable"),
            tr("Cannot reach the server %1: %2").arg(where, reason),
            tr("Check the host name and port, that the server is running, and that no firewall (on Azure: "
               "the server's networking rules) blocks this machine."),
            QStringLiteral("host")};
    }
    if (run.exitCode == 2) { // psql: the connection failed for a reason not mapped above
        return Error{QStringLiteral("Server.ConnectionFailed"),
            tr("Cannot connect to the server %1: %2").arg(where, reason),
            tr("Check the connection settings and revalidate."),
            {}};
    }
    return Error{QStringLiteral("Server.QueryFailed"),
        tr("Reading the server's catalog failed in database \"%1\": %2").arg(database, reason),
        tr("Check that the user may read the system catalogs, then revalidate."),
        {}};
}

Result<QJsonObject> runJson(const PsqlSession &session,
    const ToolSet &tools,
    const ServerConnection &connection,
    const QString &database,
    const QString &sql)
{
    const PsqlRun run = session.run(tools.psql, database, sql);
    if (!run.started || run.timedOut || run.exitCode != 0) {
        Error error = failure(run, connection, database, tools.psql);
        qCInfo(lcEngineProbe) << "probe of" << connection.host << connection.port << "failed:" << error.code
                              << error.message;
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.trimmed(), &parseError);
    if (!document.isObject()) {
        return Error{QStringLiteral("Server.QueryFailed"),
            tr("Unexpected answer from psql in database \"%1\": %2").arg(database, parseError.errorString()),
            tr("Check that psql is a PostgreSQL client tool, then revalidate."),
            {}};
    }
    return document.object();
}

} // namespace

ServerConnection ServerConnection::of(const BackupInstance &instance, const QString &password)
{
    ServerConnection connection;
    connection.host = instance.host;
    connection.port = instance.port;
    connection.user = instance.user;
    connection.sslMode = parseSslMode(instance.sslMode).value_or(SslMode::Prefer);
    connection.password = password;
    return connection;
}

ServerProbe::ServerProbe(ToolSet tools)
    : m_tools(std::move(tools))
{
}

Result<ServerInfo> ServerProbe::probe(const ServerConnection &connection) const
{
    qCInfo(lcEngineProbe) << "probing" << connection.host << connection.port << "as" << connection.user << "sslmode"
                          << sslModeName(connection.sslMode);
    const PsqlSession session(connection);
    const Result<QJsonObject> server
        = runJson(session, m_tools, connection, connection.maintenanceDatabase, QString::fromUtf8(ServerQuery));
    if (!server)
        return server.error();

    ServerInfo info;
    info.versionNum = server->value(QLatin1String("versionNum")).toInt();
    info.major = info.versionNum / 10000;
    info.version = server->value(QLatin1String("version")).toString();
    info.isSuperuser = server->value(QLatin1String("superuser")).toBool();
    info.isAzure = server->value(QLatin1String("azure")).toBool();
    const bool readAllData = server->value(QLatin1String("readAllData")).toBool();

    const QJsonArray databases = server->value(QLatin1String("databases")).toArray();
    for (const QJsonValue value : databases) {
        const QJsonObject object = value.toObject();
        if (isAzureServiceOwner(object.value(QLatin1String("owner")).toString()))
            info.isAzure = true;
    }
    for (const QJsonValue value : databases) {
        const QJsonObject object = value.toObject();
        DatabaseInfo database;
        database.name = object.value(QLatin1String("name")).toString();
        database.owner = object.value(QLatin1String("owner")).toString();
        database.canConnect = object.value(QLatin1String("connect")).toBool();
        database.sizeBytes = qint64(object.value(QLatin1String("size")).toDouble());
        if (info.isAzure && isAzureServiceOwner(database.owner)) {
            info.skippedDatabases.append(database.name);
            continue;
        }
        if (!database.canConnect)
            info.unconnectableDatabases.append(database.name);
        info.estimatedDumpBytes += database.sizeBytes;
        info.databases.append(database);
    }

    info.canReadRolePasswords = info.isSuperuser; // pg_authid is readable by superusers only
    if (info.isSuperuser || readAllData) {
        info.canReadAllData = info.unconnectableDatabases.isEmpty();
    } else {
        const QString sql = QString::fromUtf8(UnreadableTablesQuery).arg(UnreadableTablesListed);
        for (const DatabaseInfo &database : std::as_const(info.databases)) {
            if (!database.canConnect)
                continue;
            const Result<QJsonObject> tables = runJson(session, m_tools, connection, database.name, sql);
            if (!tables)
                return tables.error();
            info.unreadableTableCount += tables->value(QLatin1String("count")).toInt();
            const QJsonArray first = tables->value(QLatin1String("first")).toArray();
            for (const QJsonValue table : first) {
                if (info.unreadableTables.size() < UnreadableTablesListed)
                    info.unreadableTables.append(database.name + QLatin1Char('.') + table.toString());
            }
        }
        info.canReadAllData = info.unreadableTableCount == 0 && info.unconnectableDatabases.isEmpty();
    }
    qCInfo(lcEngineProbe) << "probed" << connection.host << connection.port << "PostgreSQL" << info.version
                          << info.databases.size() << "databases, superuser" << info.isSuperuser << "azure"
                          << info.isAzure << "unreadable tables" << info.unreadableTableCount;
    return info;
}

} // namespace PgVault
