#include "app/pgvaultctl/InstanceValidateCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/Keychain.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/instances/InstanceReadiness.h"
#include "models/Catalog.h"

namespace PgVault::Ctl {

namespace {

/// The column a script can grep: "ok", "WARNING", "FAILED" or "-" (not checked).
QString statusWord(ReadinessReport::Status status)
{
    switch (status) {
    case ReadinessReport::Status::Passed:
        return QStringLiteral("ok");
    case ReadinessReport::Status::Warning:
        return QStringLiteral("WARNING");
    case ReadinessReport::Status::Failed:
        return QStringLiteral("FAILED");
    case ReadinessReport::Status::NotRun:
        return QStringLiteral("-");
    }
    return {};
}

} // namespace

InstanceValidateCommand::InstanceValidateCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int InstanceValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check that a backup instance is ready: its password in the keychain, the "
           "connection, a pg_dump able to dump the server, privileges to read every "
           "table, a writable vault with room for the dump (a warning only). Exit 1 if a check fails."));
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

    // The same checks as the Configure Backup wizard's readiness validation, plus the keychain.
    const ReadinessReport report = InstanceReadiness::checkInstance(
        catalog->database(), *instance, Keychain::read(Credentials::serverPasswordKey(instance->id)));
    QTextStream &out = m_commandLine.out();
    int failures = 0;
    for (const ReadinessReport::Check &check : report.checks) {
        QString text = check.message;
        if (!check.remedy.isEmpty())
            text += QLatin1Char(' ') + check.remedy;
        out << QStringLiteral("%1%2: %3\n")
                   .arg(statusWord(check.status), -8)
                   .arg(InstanceReadiness::title(check.kind).toLower(), text);
        if (check.status == ReadinessReport::Status::Failed)
            ++failures;
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
