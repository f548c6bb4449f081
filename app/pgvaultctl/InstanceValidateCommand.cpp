#include "app/pgvaultctl/InstanceValidateCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/Keychain.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/DefaultVault.h"
#include "engine/PgTools.h"
#include "engine/ServerProbe.h"
#include "models/Catalog.h"
#include "models/VaultRepository.h"

#include <QLocale>

namespace PgVault::Ctl {

InstanceValidateCommand::InstanceValidateCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int InstanceValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check that a backup instance is ready: its password in the keychain, the "
                                        "connection, a pg_dump able to dump the server, privileges to read every "
                                        "table, a writable vault with room for the dump. Exit 1 if a check fails."));
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("instance validate"), arguments, {QStringLiteral("NAME")}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = InstanceCommands::findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;

    QTextStream &out = m_commandLine.out();
    int failures = 0;
    const auto passed = [&out](const QString &check, const QString &detail) {
        out << QStringLiteral("ok      %1: %2\n").arg(check, detail);
    };
    const auto failed = [&out, &failures](const QString &check, const Error &error) {
        ++failures;
        out << QStringLiteral("FAILED  %1: %2\n").arg(check, error.text());
    };

    // Connection checks need the password; without it only the vault can be checked.
    const CredentialResult password = Keychain::read(Credentials::serverPasswordKey(instance->id));
    std::optional<ServerInfo> info;
    if (!password.ok()) {
        failed(tr("password"), password.error());
    } else {
        passed(tr("password"), tr("found in the OS keychain"));
        const PgTools tools = PgTools::discover();
        const Result<ToolSet> newest = tools.newest();
        if (!newest) {
            failed(tr("client tools"), newest.error());
        } else {
            ServerConnection connection;
            connection.host = instance->host;
            connection.port = instance->port;
            connection.user = instance->user;
            connection.sslMode = parseSslMode(instance->sslMode).value_or(SslMode::Prefer);
            connection.password = password.secret;
            const Result<ServerInfo> probed = ServerProbe(newest.value()).probe(connection);
            if (!probed) {
                failed(tr("connection"), probed.error());
            } else {
                info = probed.value();
                passed(tr("connection"),
                    tr("PostgreSQL %1, %n database(s)", nullptr, int(info->databases.size())).arg(info->version));
                const Result<ToolSet> dumpTools = tools.forServerMajor(info->major);
                if (dumpTools)
                    passed(tr("pg_dump"), tr("%1 in %2").arg(dumpTools->version.text, dumpTools->binDir));
                else
                    failed(tr("pg_dump"), dumpTools.error());
                if (info->canReadAllData) {
                    passed(tr("privileges"), tr("the user may read every database and table"));
                } else {
                    QStringList problems;
                    if (!info->unconnectableDatabases.isEmpty())
                        problems
                            << tr("may not connect to %1").arg(info->unconnectableDatabases.join(QStringLiteral(", ")));
                    if (info->unreadableTableCount > 0) {
                        problems << tr("may not read %n table(s), e.g. %1", nullptr, info->unreadableTableCount)
                                        .arg(info->unreadableTables.mid(0, 5).join(QStringLiteral(", ")));
                    }
                    failed(tr("privileges"),
                        Error{QStringLiteral("Server.PermissionDenied"),
                            tr("User \"%1\" %2.").arg(instance->user, problems.join(QStringLiteral("; "))),
                            tr("Grant the user pg_read_all_data (PostgreSQL 14+) or SELECT on those tables and CONNECT "
                               "on those databases, or use another user."),
                            QStringLiteral("user")});
                }
            }
        }
    }

    const Result<std::optional<Vault>> vault = VaultRepository(catalog->database()).findById(instance->vaultId);
    Result<std::unique_ptr<VaultStore>> store = !vault ? Result<std::unique_ptr<VaultStore>>(vault.error())
        : !vault->has_value() ? Result<std::unique_ptr<VaultStore>>(VaultRepository::notFound(instance->vaultName))
                              : DefaultVault::open(vault->value());
    if (!store) {
        failed(tr("vault"), store.error());
    } else if (Result<void> writable = store.value()->checkWritable(); !writable) {
        failed(tr("vault"), writable.error());
    } else {
        passed(tr("vault"), tr("\"%1\" at %2 accepts writes").arg(instance->vaultName, store.value()->location()));
        const Result<qint64> free = store.value()->freeBytes();
        const QLocale locale;
        if (!free) {
            failed(tr("free space"), free.error());
        } else if (info && free.value() < info->estimatedDumpBytes) {
            failed(tr("free space"),
                Error{QStringLiteral("Vault.LowSpace"),
                    tr("The vault has %1 free; the databases take %2 (the compressed point is usually smaller).")
                        .arg(
                            locale.formattedDataSize(free.value()), locale.formattedDataSize(info->estimatedDumpBytes)),
                    tr("Free some space on the vault's disk, or choose another vault."),
                    QStringLiteral("vault")});
        } else {
            passed(tr("free space"), tr("%1 free").arg(locale.formattedDataSize(free.value())));
        }
    }
    out.flush();
    if (failures > 0) {
        return m_commandLine.fail(
            tr("%n check(s) failed for backup instance \"%1\".", nullptr, failures).arg(instance->name),
            tr("Fix what the failed checks say and run \"pgvaultctl instance validate %1\" again.").arg(instance->name),
            OperationFailed);
    }
    out << tr("Backup instance \"%1\" is ready.\n").arg(instance->name);
    return Success;
}

} // namespace PgVault::Ctl
