#include "engine/instances/InstanceReadiness.h"

#include "engine/instances/ServerProbe.h"
#include "engine/process/PgTools.h"
#include "engine/vault/LocalVaultStore.h"
#include "engine/vault/VaultRegistry.h"

#include <QLocale>

#include <memory>

namespace PgVault {

namespace {

using Check = ReadinessReport::Check;
using Kind = ReadinessReport::CheckKind;
using Status = ReadinessReport::Status;

Check failed(Kind kind, const Error &error)
{
    return Check{kind, Status::Failed, error.message, error.remedy, error.field};
}

Check notRun(Kind kind, const QString &why)
{
    return Check{kind, Status::NotRun, why, {}, {}};
}

Check passed(Kind kind, const QString &message)
{
    return Check{kind, Status::Passed, message, {}, {}};
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

Check privilegesCheck(const ServerConnection &connection, const ServerInfo &info)
{
    if (info.canReadAllData && info.unconnectableDatabases.isEmpty()) {
        return passed(Kind::Privileges,
            InstanceReadiness::tr("%1 can read every table in %n database(s).", nullptr, int(info.databases.size()))
                .arg(connection.user));
    }
    QStringList problems;
    if (info.unreadableTableCount > 0) {
        QString tables = info.unreadableTables.join(QStringLiteral(", "));
        if (info.unreadableTableCount > info.unreadableTables.size())
            tables += QStringLiteral(", …");
        problems << InstanceReadiness::tr("%1 cannot read %n table(s): %2.", nullptr, info.unreadableTableCount)
                        .arg(connection.user, tables);
    }
    if (!info.unconnectableDatabases.isEmpty()) {
        problems << InstanceReadiness::tr("%1 may not connect to: %2.")
                        .arg(connection.user, info.unconnectableDatabases.join(QStringLiteral(", ")));
    }
    if (problems.isEmpty())
        problems << InstanceReadiness::tr("%1 cannot read every table.").arg(connection.user);
    return Check{Kind::Privileges,
        Status::Failed,
        problems.join(QLatin1Char(' ')),
        InstanceReadiness::tr("Grant read access, for example \"GRANT pg_read_all_data TO %1;\" (PostgreSQL 14 "
                              "or later) and CONNECT on every database, or connect as a user that owns the data.")
            .arg(connection.user),
        QStringLiteral("user")};
}

Result<std::unique_ptr<VaultStore>> openOrCreate(const Vault &vault, bool vaultExists)
{
    // A registered vault is opened as the backup will open it (its vault.json id must match).
    if (vaultExists)
        return VaultRegistry::open(vault);
    Result<std::unique_ptr<LocalVaultStore>> created = LocalVaultStore::openOrCreate(vault.location, vault.name);
    if (!created)
        return created.error();
    return std::unique_ptr<VaultStore>(std::move(created).value());
}

void vaultChecks(ReadinessReport &report, const Result<Vault> &vault, bool vaultExists, qint64 estimate)
{
    const QString unusable = InstanceReadiness::tr("Not checked: the vault cannot be used.");
    Result<std::unique_ptr<VaultStore>> store
        = vault ? openOrCreate(vault.value(), vaultExists) : Result<std::unique_ptr<VaultStore>>(vault.error());
    if (store) {
        if (Result<void> writable = store.value()->checkWritable(); !writable)
            store = writable.error();
    }
    if (!store) {
        report.checks << failed(Kind::Vault, store.error()) << notRun(Kind::Space, unusable);
        return;
    }
    report.vaultName = vault->name;
    report.checks << passed(Kind::Vault,
        InstanceReadiness::tr("The vault \"%1\" at %2 accepts writes.").arg(vault->name, store.value()->location()));
    const Result<qint64> free = store.value()->freeBytes();
    if (!free) {
        report.checks << Check{Kind::Space, Status::Warning, free.error().message, free.error().remedy, {}};
    } else if (estimate < 0) {
        report.checks << notRun(Kind::Space, InstanceReadiness::tr("Not checked: needs a connection to the server."));
    } else if (free.value() < estimate) {
        // The estimate is the databases' size on disk: an upper bound, compression usually shrinks it a lot.
        report.checks << Check{Kind::Space,
            Status::Warning,
            InstanceReadiness::tr("Only %1 free in the vault; the databases take %2 before compression.")
                .arg(size(free.value()), size(estimate)),
            InstanceReadiness::tr("Free space on the vault's disk, or choose another vault, before the first "
                                  "backup."),
            {}};
    } else {
        report.checks << passed(Kind::Space,
            InstanceReadiness::tr("%1 free in the vault; the databases take %2 before compression.")
                .arg(size(free.value()), size(estimate)));
    }
}

/// The server checks; returns the size estimate for the space check, or -1 without a connection.
qint64 serverChecks(ReadinessReport &report, const ServerConnection &connection)
{
    const QString needsConnection = InstanceReadiness::tr("Not checked: needs a connection to the server.");
    const PgTools tools = PgTools::discover();
    const Result<ToolSet> newest = tools.newest();
    const Result<ServerInfo> info
        = newest ? ServerProbe(newest.value()).probe(connection) : Result<ServerInfo>(newest.error());
    if (!info) {
        report.checks << failed(Kind::Connection, info.error()) << notRun(Kind::Version, needsConnection)
                      << notRun(Kind::Privileges, needsConnection);
        return -1;
    }
    report.databases = info->databases;
    report.checks << passed(Kind::Connection,
        InstanceReadiness::tr("Connected to %1:%2 as %3.")
            .arg(connection.host)
            .arg(connection.port)
            .arg(connection.user));
    if (const Result<ToolSet> dumpTools = tools.forServerMajor(info->major); !dumpTools) {
        report.checks << failed(Kind::Version, dumpTools.error());
    } else {
        report.checks << passed(Kind::Version,
            InstanceReadiness::tr("Server version %1; the local pg_dump %2 can back it up.")
                .arg(info->version.section(QLatin1Char(' '), 0, 0), dumpTools->version.text));
    }
    report.checks << privilegesCheck(connection, info.value());
    return info->estimatedDumpBytes;
}

} // namespace

ReadinessReport InstanceReadiness::check(const ServerConnection &connection, const Vault &vault, bool vaultExists)
{
    ReadinessReport report;
    report.connection = connection;
    report.vaultName = vault.name;
    const qint64 estimate = serverChecks(report, connection);
    vaultChecks(report, vault, vaultExists, estimate);
    return report;
}

ReadinessReport InstanceReadiness::checkInstance(
    const QSqlDatabase &database, const BackupInstance &instance, const CredentialResult &password)
{
    ReadinessReport report;
    report.connection = ServerConnection::of(instance, QString());
    report.vaultName = instance.vaultName;
    qint64 estimate = -1;
    if (!password.ok()) {
        const QString needsPassword = tr("Not checked: needs the password from the keychain.");
        report.checks << failed(Kind::Password, password.error()) << notRun(Kind::Connection, needsPassword)
                      << notRun(Kind::Version, needsPassword) << notRun(Kind::Privileges, needsPassword);
    } else {
        report.checks << passed(Kind::Password, tr("Found in the OS keychain."));
        estimate = serverChecks(report, ServerConnection::of(instance, password.secret));
    }
    vaultChecks(report, VaultRegistry::registered(database, instance), true, estimate);
    return report;
}

QString InstanceReadiness::title(ReadinessReport::CheckKind kind)
{
    switch (kind) {
    case Kind::Password:
        return tr("Password");
    case Kind::Connection:
        return tr("Connection");
    case Kind::Version:
        return tr("Server version");
    case Kind::Privileges:
        return tr("Privileges");
    case Kind::Vault:
        return tr("Vault");
    case Kind::Space:
        return tr("Free space");
    }
    return {};
}

} // namespace PgVault
