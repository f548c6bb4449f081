#include "ui/ReadinessValidator.h"

#include "engine/DefaultVault.h"
#include "engine/LocalVaultStore.h"
#include "engine/PgTools.h"

#include <QLocale>
#include <QThread>

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

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

Check privilegesCheck(const ServerConnection &connection, const ServerInfo &info)
{
    if (info.canReadAllData && info.unconnectableDatabases.isEmpty()) {
        return Check{Kind::Privileges,
            Status::Passed,
            ReadinessValidator::tr("%1 can read every table in %n database(s).", nullptr, int(info.databases.size()))
                .arg(connection.user),
            {},
            {}};
    }
    QStringList problems;
    if (info.unreadableTableCount > 0) {
        QString tables = info.unreadableTables.join(QStringLiteral(", "));
        if (info.unreadableTableCount > info.unreadableTables.size())
            tables += QStringLiteral(", …");
        problems << ReadinessValidator::tr("%1 cannot read %n table(s): %2.", nullptr, info.unreadableTableCount)
                        .arg(connection.user, tables);
    }
    if (!info.unconnectableDatabases.isEmpty()) {
        problems << ReadinessValidator::tr("%1 may not connect to: %2.")
                        .arg(connection.user, info.unconnectableDatabases.join(QStringLiteral(", ")));
    }
    if (problems.isEmpty())
        problems << ReadinessValidator::tr("%1 cannot read every table.").arg(connection.user);
    return Check{Kind::Privileges,
        Status::Failed,
        problems.join(QLatin1Char(' ')),
        ReadinessValidator::tr("Grant read access, for example \"GRANT pg_read_all_data TO %1;\" (PostgreSQL 14 "
                               "or later) and CONNECT on every database, or connect as a user that owns the data.")
            .arg(connection.user),
        QStringLiteral("user")};
}

Result<std::unique_ptr<VaultStore>> createDefault(const Vault &vault)
{
    Result<std::unique_ptr<LocalVaultStore>> created = LocalVaultStore::openOrCreate(vault.location, vault.name);
    if (!created)
        return created.error();
    return std::unique_ptr<VaultStore>(std::move(created).value());
}

void vaultChecks(ReadinessReport &report, const Vault &vault, bool vaultExists, qint64 estimate)
{
    // A registered vault is opened as the backup will open it (its vault.json id must match).
    Result<std::unique_ptr<VaultStore>> store = vaultExists ? DefaultVault::open(vault) : createDefault(vault);
    if (!store) {
        report.checks << failed(Kind::Vault, store.error());
        report.checks << notRun(Kind::Space, ReadinessValidator::tr("Not checked: the vault cannot be used."));
        return;
    }
    if (Result<void> writable = store.value()->checkWritable(); !writable) {
        report.checks << failed(Kind::Vault, writable.error());
        report.checks << notRun(Kind::Space, ReadinessValidator::tr("Not checked: the vault cannot be used."));
        return;
    }
    report.checks << Check{Kind::Vault,
        Status::Passed,
        ReadinessValidator::tr("The vault \"%1\" at %2 accepts writes.").arg(vault.name, vault.location),
        {},
        {}};
    const Result<qint64> free = store.value()->freeBytes();
    if (!free) {
        report.checks << Check{Kind::Space, Status::Warning, free.error().message, free.error().remedy, {}};
    } else if (estimate < 0) {
        report.checks << notRun(Kind::Space, ReadinessValidator::tr("Not checked: needs a connection to the server."));
    } else if (free.value() < estimate) {
        // The estimate is the databases' size on disk: an upper bound, compression usually shrinks it a lot.
        report.checks << Check{Kind::Space,
            Status::Warning,
            ReadinessValidator::tr("Only %1 free in the vault; the databases take %2 before compression.")
                .arg(size(free.value()), size(estimate)),
            ReadinessValidator::tr("Free space on the vault's disk, or choose another vault, before the first "
                                   "backup."),
            {}};
    } else {
        report.checks << Check{Kind::Space,
            Status::Passed,
            ReadinessValidator::tr("%1 free in the vault; the databases take %2 before compression.")
                .arg(size(free.value()), size(estimate)),
            {},
            {}};
    }
}

} // namespace

ReadinessValidator::ReadinessValidator(QObject *parent)
    : QObject(parent)
{
}

void ReadinessValidator::start(const ServerConnection &connection, const Vault &vault, bool vaultExists)
{
    const int generation = ++m_generation;
    m_running = true;
    auto outcome = std::make_shared<ReadinessReport>();
    QThread *thread = QThread::create(
        [outcome, connection, vault, vaultExists] { *outcome = run(connection, vault, vaultExists); });
    thread->setObjectName(QStringLiteral("readinessValidation"));
    // The thread object is not parented: if this validator goes away first, the thread still ends
    // and deletes itself; only the connection to `this` is dropped.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(*outcome);
    });
    thread->start();
}

ReadinessReport ReadinessValidator::run(const ServerConnection &connection, const Vault &vault, bool vaultExists)
{
    ReadinessReport report;
    report.connection = connection;
    report.vaultName = vault.name;
    const QString needsConnection = tr("Not checked: needs a connection to the server.");

    const PgTools tools = PgTools::discover();
    const Result<ToolSet> newest = tools.newest();
    if (!newest) {
        report.checks << failed(Kind::Connection, newest.error());
        report.checks << notRun(Kind::Version, needsConnection) << notRun(Kind::Privileges, needsConnection);
        vaultChecks(report, vault, vaultExists, -1);
        return report;
    }
    const Result<ServerInfo> info = ServerProbe(newest.value()).probe(connection);
    if (!info) {
        report.checks << failed(Kind::Connection, info.error());
        report.checks << notRun(Kind::Version, needsConnection) << notRun(Kind::Privileges, needsConnection);
        vaultChecks(report, vault, vaultExists, -1);
        return report;
    }
    report.databases = info->databases;
    report.checks << Check{Kind::Connection,
        Status::Passed,
        tr("Connected to %1:%2 as %3.").arg(connection.host).arg(connection.port).arg(connection.user),
        {},
        {}};
    if (const Result<ToolSet> dumpTools = tools.forServerMajor(info->major); !dumpTools) {
        report.checks << failed(Kind::Version, dumpTools.error());
    } else {
        report.checks << Check{Kind::Version,
            Status::Passed,
            tr("Server version %1; the local pg_dump %2 can back it up.")
                .arg(info->version.section(QLatin1Char(' '), 0, 0), dumpTools->version.text),
            {},
            {}};
    }
    report.checks << privilegesCheck(connection, info.value());
    vaultChecks(report, vault, vaultExists, info->estimatedDumpBytes);
    return report;
}

} // namespace PgVault
