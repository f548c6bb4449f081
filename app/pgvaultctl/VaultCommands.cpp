#include "app/pgvaultctl/VaultCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/vault/VaultRegistry.h"
#include "models/Home.h"
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
              "  vault list      List the vaults.\n"
              "  vault set       Change how many days a vault keeps deleted recovery points.\n");
}

int VaultCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("create"))
        return create(arguments.mid(1));
    if (verb == QLatin1String("list"))
        return list(arguments.mid(1));
    if (verb == QLatin1String("set"))
        return set(arguments.mid(1));
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_commandLine.out() << tr("Usage: pgvaultctl vault <command> [options]\n\nCommands:\n") << verbSummary();
        return Success;
    }
    return m_commandLine.fail(
        verb.isEmpty() ? tr("No vault command given.") : tr("\"%1\" is not a vault command.").arg(verb),
        CommandLine::helpRemedy(QStringLiteral("vault")),
        BadInput);
}

namespace {

QCommandLineOption softDeleteDaysOption()
{
    return QCommandLineOption(QStringLiteral("soft-delete-days"),
        VaultCommands::tr("How many days expired or deleted recovery points stay restorable by \"pgvaultctl point "
                          "undelete\" before they are purged: 0 (delete at once) to %1, default %2.")
            .arg(Vault::MaxSoftDeleteDays)
            .arg(Vault::DefaultSoftDeleteDays),
        VaultCommands::tr("N"));
}

} // namespace

std::optional<int> VaultCommands::softDeleteDays(const QString &value, int *exitCode)
{
    bool ok = false;
    const int days = value.toInt(&ok);
    if (!ok) {
        *exitCode = m_commandLine.badOption(QStringLiteral("--soft-delete-days"),
            tr("\"%1\" is not a whole number of days.").arg(value),
            tr("Give 0 to %1, e.g. --soft-delete-days %2.")
                .arg(Vault::MaxSoftDeleteDays)
                .arg(Vault::DefaultSoftDeleteDays));
        return std::nullopt;
    }
    if (Result<void> valid = VaultRepository::checkSoftDeleteDays(days); !valid) {
        *exitCode = m_commandLine.badOption(
            QStringLiteral("--soft-delete-days"), valid.error().message, valid.error().remedy);
        return std::nullopt;
    }
    return days;
}

int VaultCommands::create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a local vault: a new or empty folder that will hold recovery points "
                                        "(vault.json records its format version and id)."));
    const QCommandLineOption path(QStringLiteral("path"), tr("The vault's folder."), tr("DIR"));
    parser.addOption(path);
    const QCommandLineOption days = softDeleteDaysOption();
    parser.addOption(days);
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("vault create"), arguments, {QStringLiteral("NAME")}))
        return *exit;
    if (!parser.isSet(path) || parser.value(path).isEmpty()) {
        return m_commandLine.fail(
            tr("Missing --path."), CommandLine::helpRemedy(QStringLiteral("vault create")), BadInput);
    }
    int keptDays = Vault::DefaultSoftDeleteDays;
    if (parser.isSet(days)) {
        int exitCode = BadInput;
        const std::optional<int> given = softDeleteDays(parser.value(days), &exitCode);
        if (!given)
            return exitCode;
        keptDays = *given;
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<Vault> vault = VaultRegistry::createLocal(
        catalog->database(), parser.positionalArguments().constFirst(), parser.value(path), keptDays);
    if (!vault)
        return m_commandLine.fail(vault.error());
    m_commandLine.out() << tr("Created vault \"%1\" (%2) at %3; it keeps deleted recovery points %n day(s).\n",
        nullptr,
        vault->softDeleteDays)
                               .arg(vault->name, vault->id, QDir::toNativeSeparators(vault->location));
    return Success;
}

int VaultCommands::set(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change a vault's settings. --soft-delete-days applies to points deleted from now on; points already "
           "deleted keep their purge date."));
    const QCommandLineOption days = softDeleteDaysOption();
    parser.addOption(days);
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, QStringLiteral("vault set"), arguments, {QStringLiteral("NAME")}))
        return *exit;
    if (!parser.isSet(days)) {
        return m_commandLine.fail(
            tr("Nothing to change."), CommandLine::helpRemedy(QStringLiteral("vault set")), BadInput);
    }
    int exitCode = BadInput;
    const std::optional<int> keptDays = softDeleteDays(parser.value(days), &exitCode);
    if (!keptDays)
        return exitCode;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    // The default vault may not be registered yet: resolving it registers it first.
    const Result<Vault> vault = VaultRegistry::resolve(
        catalog->database(), Home(m_commandLine.homeOption()), parser.positionalArguments().constFirst());
    if (!vault)
        return m_commandLine.fail(vault.error());
    if (Result<void> changed = VaultRepository(catalog->database()).setSoftDeleteDays(vault->name, *keptDays); !changed)
        return m_commandLine.fail(changed.error());
    if (*keptDays == 0) {
        m_commandLine.out() << tr("Vault \"%1\" now deletes expired recovery points at once.\n").arg(vault->name);
    } else {
        m_commandLine.out() << tr(
            "Vault \"%1\" now keeps deleted recovery points %n day(s) before purging them.\n", nullptr, *keptDays)
                                   .arg(vault->name);
    }
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
                        << tr("ID").leftJustified(38) << tr("SOFT DELETE").leftJustified(13) << tr("LOCATION") << '\n';
    for (const Vault &vault : vaults.value()) {
        const QString softDelete
            = vault.softDeleteDays == 0 ? tr("off") : tr("%n day(s)", nullptr, vault.softDeleteDays);
        m_commandLine.out() << vault.name.leftJustified(width + 2) << Vault::kindName(vault.kind).leftJustified(12)
                            << vault.id.leftJustified(38) << softDelete.leftJustified(13)
                            << QDir::toNativeSeparators(vault.location) << '\n';
    }
    return Success;
}

} // namespace PgVault::Ctl
