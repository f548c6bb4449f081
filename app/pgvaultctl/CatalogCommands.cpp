#include "app/pgvaultctl/CatalogCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "engine/vault/CatalogRebuilder.h"
#include "models/Catalog.h"

namespace PgVault::Ctl {

CatalogCommands::CatalogCommands(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString CatalogCommands::verbSummary()
{
    return tr("  catalog rebuild Re-create the catalog's recovery points from the vaults' manifests.\n");
}

int CatalogCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("rebuild"))
        return rebuild(arguments.mid(1));
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_commandLine.out() << tr("Usage: pgvaultctl catalog <command> [options]\n\nCommands:\n") << verbSummary();
        return Success;
    }
    const QString message
        = verb.isEmpty() ? tr("No catalog command given.") : tr("\"%1\" is not a catalog command.").arg(verb);
    return m_commandLine.fail(message, CommandLine::helpRemedy(QStringLiteral("catalog")), BadInput);
}

int CatalogCommands::rebuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Re-create the catalog's recovery points from the manifests in every registered vault: the vault is the "
           "truth. Points whose manifest is gone are removed from the catalog; a manifest that cannot be read or "
           "trusted is reported and its catalog entry kept. Exit code 1 when anything was reported."));
    const QString command = QStringLiteral("catalog rebuild");
    if (std::optional<int> exit = m_commandLine.parse(parser,
            QStringList{QStringLiteral("pgvaultctl catalog rebuild")} + arguments,
            command,
            QStringLiteral("[options]")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        return m_commandLine.fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
            CommandLine::helpRemedy(command),
            BadInput);
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<RebuildReport> report = CatalogRebuilder(catalog->database()).rebuild();
    if (!report)
        return m_commandLine.fail(report.error());

    QTextStream &out = m_commandLine.out();
    out << tr("Read %n vault(s)", nullptr, report->vaults) << tr(", %n backup instance(s)", nullptr, report->instances)
        << tr(" and %n recovery point(s).", nullptr, report->pointsInVaults) << '\n';
    out << tr("Catalog: %1 added, %2 updated, %3 unchanged, %4 removed (manifest gone).")
               .arg(report->added)
               .arg(report->updated)
               .arg(report->unchanged)
               .arg(report->removed)
        << '\n';
    if (report->kept > 0)
        out << tr("Kept %n catalog point(s) whose manifest cannot be read or trusted.", nullptr, report->kept) << '\n';
    if (report->problems.isEmpty())
        return Success;
    out << tr("%n problem(s):", nullptr, int(report->problems.size())) << '\n';
    for (const Error &problem : report->problems)
        m_commandLine.fail(problem);
    return OperationFailed;
}

} // namespace PgVault::Ctl
