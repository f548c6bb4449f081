#pragma once

#include "engine/process/PgTools.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/instances/SslMode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PgVault {

/// Where and as whom to connect. The password is held in memory only for the call: it goes to the
/// child psql through a 0600 passfile, never argv, never the log.
struct ServerConnection
{
    QString host;
    int port = 5432;
    QString user;
    SslMode sslMode = SslMode::Prefer;
    QString password;
    QString maintenanceDatabase = QStringLiteral("postgres"); ///< the database to connect to first

    /// How a backup of `instance` connects, with the password read from the keychain.
    static ServerConnection of(const BackupInstance &instance, const QString &password);

    bool operator==(const ServerConnection &) const = default;
};

/// One database a backup would dump.
struct DatabaseInfo
{
    QString name;
    QString owner;
    qint64 sizeBytes = 0; ///< pg_database_size; 0 when the user may not connect
    bool canConnect = true;

    bool operator==(const DatabaseInfo &) const = default;
};

/// What ServerProbe learned about a server: enough for the readiness check and the backup runner.
struct ServerInfo
{
    int versionNum = 0; ///< server_version_num, e.g. 150018
    int major = 0; ///< 15; 9 for 9.x servers
    QString version; ///< server_version, e.g. "15.18 (Debian 15.18-0+deb12u1)"
    bool isSuperuser = false;
    bool isAzure = false; ///< an Azure Database for PostgreSQL flexible server (role azuresu exists)
    QList<DatabaseInfo> databases; ///< connectable, non-template, not service-owned; by name
    QStringList skippedDatabases; ///< service-owned databases left out as Azure Backup does
    bool canReadAllData = false; ///< may SELECT every table and sequence in every database
    QStringList unreadableTables; ///< the first few "db.schema.table" the user cannot read
    int unreadableTableCount = 0; ///< all of them
    QStringList unconnectableDatabases; ///< databases without CONNECT privilege for the user
    bool canReadRolePasswords = false; ///< false: dump roles with --no-role-passwords
    qint64 estimatedDumpBytes = 0; ///< sum of the database sizes (an upper bound before compression)

    bool operator==(const ServerInfo &) const = default;
};

/// Checks a PostgreSQL connection the way the Configure Backup wizard and `pgvaultctl instance
/// validate` need: reaches the server with psql, and reports its version, databases, the user's
/// read privileges and a size estimate, or a specific error (unreachable, wrong password, TLS
/// required, …) with a remedy. Blocking (psql children with timeouts): from the GUI, run it on a
/// worker thread (QtConcurrent::run). Holds no state, so one probe may serve several threads.
class ServerProbe
{
public:
    explicit ServerProbe(ToolSet tools);

    /// Connects with `tools().psql` and gathers a ServerInfo. Error codes: Server.Unreachable,
    /// Server.AuthenticationFailed, Server.TlsRequired, Server.TlsUnavailable, Server.TlsCertificate,
    /// Server.NotAllowed, Server.DatabaseNotFound, Server.PermissionDenied, Server.Timeout,
    /// Server.ConnectionFailed, Server.QueryFailed, PgTools.StartFailed; `field` names the
    /// connection field to fix ("host", "password", "sslMode", …) when there is one.
    Result<ServerInfo> probe(const ServerConnection &connection) const;

    const ToolSet &tools() const { return m_tools; }

    /// How many unreadable tables ServerInfo lists by name.
    static constexpr int UnreadableTablesListed = 10;

private:
    ToolSet m_tools;
};

} // namespace PgVault
