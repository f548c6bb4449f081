#include "app/pgvaultctl/VaultCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/vault/VaultRegistry.h"
#include "models/vaults/VaultRepository.h"

#include <QDir>

namespace PgVault::Ctl {

VaultCommands::VaultCommands(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString VaultCommands::verbSummary()
{
    return tr("  vault create    Create a local vault in a folder.\n"
              "  vault list      List the vaults.\n");
}

int VaultCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("create"))
        return create(arguments.mid(1));
    if (verb == QLatin1String("list"))
        return list(arguments.mid(1));
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_commandLine.out() << tr("Usage: pgvaultctl vault <command> [options]\n\nCommands:\n") << verbSummary();
        return Success;
    }
    return m_commandLine.fail(
        verb.isEmpty() ? tr("No vault command given.") : tr("\"%1\" is not a vault command.").arg(verb),
        CommandLine::helpRemedy(QStringLiteral("vault")),
        BadInput);
}

int VaultCommands::create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a local vault: a new or empty folder that will hold recovery points "
                                        "(vault.json records its format version and id)."));
    const QCommandLineOption path(QStringLiteral("path"), tr("The vault's folder."), tr("DIR"));
    parser.addOption(path);
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("vault create"), arguments, {QStringLiteral("NAME")}))
        return *exit;
    if (!parser.isSet(path) || parser.value(path).isEmpty()) {
        return m_commandLine.fail(
            tr("Missing --path."), CommandLine::helpRemedy(QStringLiteral("vault create")), BadInput);
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<Vault> vault = VaultRegistry::createLocal(
        catalog->database(), parser.positionalArguments().constFirst(), parser.value(path));
    if (!vault)
        return m_commandLine.fail(vault.error());
    m_commandLine.out() << tr("Created vault \"%1\" (%2) at %3.\n")
                               .arg(vault->name, vault->id, QDir::toNativeSeparators(vault->location));
    return Success;
}

int VaultCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the vaults in the catalog."));
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, QStringLiteral("vault list"), arguments, {}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<QList<Vault>> vaults = VaultRepository(catalog->database()).list();
    if (!vaults)
        return m_commandLine.fail(vaults.error());
    if (vaults->isEmpty()) {
        m_commandLine.out()
            << tr("No vaults yet; \"%1\" is created on first use.\n").arg(QLatin1String(Vault::DefaultName));
        return Success;
    }
    qsizetype width = 4;
    for (const Vault &vault : vaults.value())
        width = std::max(width, vault.name.size());
    m_commandLine.out() << tr("NAME").leftJustified(width + 2) << tr("KIND").leftJustified(12)
                        << tr("ID").leftJustified(38) << tr("LOCATION") << '\n';
    for (const Vault &vault : vaults.value()) {
        m_commandLine.out() << vault.name.leftJustified(width + 2) << Vault::kindName(vault.kind).leftJustified(12)
                            << vault.id.leftJustified(38) << QDir::toNativeSeparators(vault.location) << '\n';
    }
    return Success;
}

} // namespace PgVault::Ctl
