#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/JobCommands.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "models/Catalog.h"
#include "models/JobRepository.h"

namespace PgVault::Ctl {

JobCommands::JobCommands(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString JobCommands::verbSummary()
{
    return tr("  job cancel      Cancel a running job (any process's).\n");
}

int JobCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("cancel"))
        return cancel(arguments.mid(1));
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_commandLine.out() << tr("Usage: pgvaultctl job <command> [options]\n\nCommands:\n") << verbSummary();
        return Success;
    }
    return m_commandLine.fail(
        verb.isEmpty() ? tr("No job command given.") : tr("\"%1\" is not a job command.").arg(verb),
        CommandLine::helpRemedy(QStringLiteral("job")),
        BadInput);
}

int JobCommands::cancel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ask a running job to stop. A backup kills its dumps and removes the partial "
                                        "recovery point, then ends Cancelled."));
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, QStringLiteral("job cancel"), arguments, {QStringLiteral("ID")}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const QString jobId = parser.positionalArguments().constFirst();
    JobRepository jobs(catalog->database());
    const Result<std::optional<Job>> job = jobs.find(jobId);
    if (!job)
        return m_commandLine.fail(job.error(), OperationFailed);
    if (!job->has_value()) {
        return m_commandLine.fail(tr("There is no job %1.").arg(jobId),
            tr("List the jobs with \"pgvaultctl jobs\" and copy the job's id."),
            BadInput);
    }
    if (Result<void> requested = jobs.requestCancel(jobId); !requested)
        return m_commandLine.fail(requested.error(), OperationFailed);
    m_commandLine.out() << tr("Cancellation of job %1 requested; it stops within seconds.\n").arg(jobId);
    return Success;
}

} // namespace PgVault::Ctl
