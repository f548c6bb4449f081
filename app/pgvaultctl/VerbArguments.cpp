#include "app/pgvaultctl/VerbArguments.h"

#include "app/pgvaultctl/CommandLine.h"

#include <QCoreApplication>

namespace PgVault::Ctl {

std::optional<int> VerbArguments::parse(CommandLine &commandLine,
    QCommandLineParser &parser,
    const QString &command,
    const QStringList &arguments,
    const QStringList &positionals)
{
    for (const QString &name : positionals)
        parser.addPositionalArgument(name, {});
    const QString synopsis = (positionals.isEmpty() ? QString() : positionals.join(QLatin1Char(' ')) + QLatin1Char(' '))
        + QStringLiteral("[options]");
    if (std::optional<int> exit = commandLine.parse(
            parser, QStringList{QStringLiteral("pgvaultctl ") + command} + arguments, command, synopsis))
        return exit;
    const QStringList given = parser.positionalArguments();
    if (given.size() < positionals.size()) {
        return commandLine.fail(
            QCoreApplication::translate("pgvaultctl", "Missing the %1 argument.").arg(positionals.at(given.size())),
            CommandLine::helpRemedy(command),
            BadInput);
    }
    if (given.size() > positionals.size()) {
        return commandLine.fail(
            QCoreApplication::translate("pgvaultctl", "Unexpected argument \"%1\".").arg(given.at(positionals.size())),
            CommandLine::helpRemedy(command),
            BadInput);
    }
    return std::nullopt;
}

} // namespace PgVault::Ctl
