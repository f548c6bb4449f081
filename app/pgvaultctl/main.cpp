#include "app/pgvaultctl/AgentCommand.h"
#include "app/pgvaultctl/AlertsCommand.h"
#include "app/pgvaultctl/BackupNowCommand.h"
#include "app/pgvaultctl/CatalogCommands.h"
#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/JobCommands.h"
#include "app/pgvaultctl/JobsCommand.h"
#include "app/pgvaultctl/PointCommands.h"
#include "app/pgvaultctl/PointsCommand.h"
#include "app/pgvaultctl/PolicyCommands.h"
#include "app/pgvaultctl/PruneCommand.h"
#include "app/pgvaultctl/RestoreCommand.h"
#include "app/pgvaultctl/VaultCommands.h"
#include "app/pgvaultctl/VerifyCommand.h"
#include "models/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace PgVault::Ctl;

namespace {

QString description()
{
    return QCoreApplication::translate("pgvaultctl",
               "PgVault's command line: policies, vaults, backup instances, backups and jobs.\n\n"
               "Commands:\n")
        + PolicyCommands::verbSummary() + VaultCommands::verbSummary() + InstanceCommands::verbSummary()
        + CatalogCommands::verbSummary()
        + QCoreApplication::translate("pgvaultctl",
            "  prune           Delete expired recovery points now (moved to deleted in a vault with soft delete,\n"
            "                  purged when its days are over; --dry-run only shows them).\n"
            "  agent           Run scheduled backups and expiry; the systemd user unit runs it.\n")
        + QCoreApplication::translate("pgvaultctl",
            "  backup-now      Back up an instance now, in the foreground.\n"
            "  points          List an instance's recovery points (--deleted: the deleted ones).\n"
            "  restore         Restore a recovery point as files (--to-folder) or into a server (--to-server).\n"
            "  verify          Check a recovery point's files against its manifest; --test-restore also\n"
            "                  restores it into a scratch server and compares row counts.\n")
        + PointCommands::verbSummary() + JobCommands::verbSummary() + AlertsCommand::verbSummary()
        + QCoreApplication::translate("pgvaultctl",
            "\nRun \"pgvaultctl <group> <command> --help\" (\"pgvaultctl backup-now --help\") for a command's "
            "options. --home may also follow the command.\n\n"
            "Exit codes:\n"
            "  0  success\n"
            "  1  the operation failed: catalog or file I/O error, policy in use by backup instances,\n"
            "     keychain unavailable, server unreachable, backup failed or cancelled, instance busy\n"
            "  2  bad usage or input: unknown command or option, missing or malformed value, invalid policy,\n"
            "     unknown or duplicate policy, instance or vault name, existing --output file, a --rule the\n"
            "     policy lacks\n"
            "Errors go to standard error as \"pgvaultctl: <what is wrong> <what to do>\".");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pgvault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PGVAULT_VERSION));
    PgVault::Translations::install();

    CommandLine commandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("pgvaultctl", "The command (listed above)."));
    const QCommandLineOption version = parser.addVersionOption();
    if (std::optional<int> exit
        = commandLine.parse(parser, QCoreApplication::arguments(), {}, QStringLiteral("[--home DIR] <command> …")))
        return *exit;
    if (parser.isSet(version)) {
        commandLine.out() << "pgvaultctl " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }

    const QStringList arguments = parser.positionalArguments();
    const QString group = arguments.value(0);
    if (group == QLatin1String("policy"))
        return PolicyCommands(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("catalog"))
        return CatalogCommands(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("prune"))
        return PruneCommand(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("agent"))
        return AgentCommand(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("vault"))
        return VaultCommands(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("instance"))
        return InstanceCommands(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("backup-now"))
        return BackupNowCommand(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("point"))
        return PointCommands(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("points"))
        return PointsCommand(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("restore"))
        return RestoreCommand(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("verify"))
        return VerifyCommand(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("job"))
        return JobCommands(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("jobs"))
        return JobsCommand(commandLine).run(arguments.mid(1));
    if (group == QLatin1String("alerts"))
        return AlertsCommand(commandLine).run(arguments.mid(1));
    if (group.isEmpty()) {
        return commandLine.fail(
            QCoreApplication::translate("pgvaultctl", "No command given."), CommandLine::helpRemedy({}), BadInput);
    }
    return commandLine.fail(QCoreApplication::translate("pgvaultctl", "\"%1\" is not a pgvaultctl command.").arg(group),
        CommandLine::helpRemedy({}),
        BadInput);
}
