#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace PgVault::Ctl {

class CommandLine;

/// Parsing shared by the engine's command groups (vault, instance, backup-now, points, job): the
/// verb's options, then exactly the positional arguments it names.
class VerbArguments
{
public:
    /// `command` is what the user typed before the options ("instance add"); `arguments` start
    /// after it. Returns an exit code when the command is done (help printed, usage error
    /// reported), nothing when the caller goes on.
    static std::optional<int> parse(CommandLine &commandLine,
        QCommandLineParser &parser,
        const QString &command,
        const QStringList &arguments,
        const QStringList &positionals);
};

} // namespace PgVault::Ctl
