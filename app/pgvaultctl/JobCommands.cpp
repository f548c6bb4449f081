#include "app/pgvaultctl/JobCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "models/Catalog.h"
#include "models/jobs/JobJson.h"
#include "models/jobs/JobRepository.h"

#include <QJsonDocument>
#include <QLocale>

namespace PgVault::Ctl {

JobCommands::JobCommands(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString JobCommands::verbSummary()
{
    return tr("  jobs            List the jobs of the last 24 hours (or --since 7d, …).\n"
              "  job show        Show one job: every field, sub-tasks, error and output.\n"
              "  job cancel      Cancel a running job (any process's).\n");
}

int JobCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("cancel"))
        return cancel(arguments.mid(1));
    if (verb == QLatin1String("show"))
        return show(arguments.mid(1));
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
        return m_commandLine.fail(job.error());
    if (!job->has_value()) {
        return m_commandLine.fail(tr("There is no job %1.").arg(jobId),
            tr("List the jobs with \"pgvaultctl jobs\" and copy the job's id."),
            BadInput);
    }
    if (Result<void> requested = jobs.requestCancel(jobId); !requested)
        return m_commandLine.fail(requested.error());
    m_commandLine.out() << tr("Cancellation of job %1 requested; it stops within seconds.\n").arg(jobId);
    return Success;
}

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("-");
}

} // namespace

int JobCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one job: its fields, sub-tasks, error and the tools' output."));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("Output format: text (default) or json."), tr("FORMAT"), QStringLiteral("text"));
    parser.addOption(output);
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, QStringLiteral("job show"), arguments, {QStringLiteral("ID")}))
        return *exit;
    const QString format = parser.value(output);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return m_commandLine.badOption(
            QStringLiteral("--output"), tr("\"%1\" is not an output format.").arg(format), tr("Use text or json."));
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const QString jobId = parser.positionalArguments().constFirst();
    const Result<std::optional<Job>> found = JobRepository(catalog->database()).find(jobId);
    if (!found)
        return m_commandLine.fail(found.error());
    if (!found->has_value()) {
        return m_commandLine.fail(tr("There is no job %1.").arg(jobId),
            tr("List the jobs with \"pgvaultctl jobs\" and copy the job's id."),
            BadInput);
    }
    const Job &job = **found;
    QTextStream &out = m_commandLine.out();
    if (format == QLatin1String("json")) {
        out << QString::fromUtf8(QJsonDocument(JobJson::toJson(job)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QDateTime end = job.end.isValid() ? job.end : QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, QString>> fields{
        {tr("Job ID"), job.id},
        {tr("Activity ID"), job.activityId},
        {tr("Operation"), JobTypes::operationDisplayName(job.operation, job.userTriggered)},
        {tr("Status"), JobTypes::statusName(job.status)},
        {tr("Start"), localTime(job.start)},
        {tr("End"), localTime(job.end)},
        {tr("Duration"), JobJson::isoDuration(job.start.msecsTo(end))},
        {tr("Backup instance"), job.instanceName},
        {tr("Datasource"), job.datasourceName},
        {tr("Datasource type"), job.datasourceType},
        {tr("Vault"), job.vaultName},
        {tr("Policy"), job.policyName},
        {tr("Retention tag"), job.retentionTag},
        {tr("Data transferred"), QLocale().formattedDataSize(job.bytesTransferred)},
        {tr("Recovery point"), job.pointId},
    };
    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, field.first.size());
    for (auto it = job.additionalDetails.cbegin(); it != job.additionalDetails.cend(); ++it)
        width = std::max(width, it.key().size());
    for (const auto &field : fields)
        out << QString(field.first + QLatin1Char(':')).leftJustified(width + 2) << field.second << '\n';
    for (auto it = job.additionalDetails.cbegin(); it != job.additionalDetails.cend(); ++it)
        out << QString(it.key() + QLatin1Char(':')).leftJustified(width + 2) << it.value() << '\n';
    if (job.error) {
        out << '\n' << tr("Error %1: %2").arg(job.error->code, job.error->message) << '\n';
        if (!job.error->remedy.isEmpty())
            out << tr("Recommended action: %1").arg(job.error->remedy) << '\n';
    }
    if (!job.subTasks.isEmpty()) {
        out << '\n' << tr("Sub-tasks:") << '\n';
        for (const SubTask &task : job.subTasks) {
            out << QStringLiteral("  %1. %2  %3  %4%\n")
                       .arg(task.id)
                       .arg(task.name, JobTypes::statusName(task.status))
                       .arg(qRound(task.progress * 100));
        }
    }
    if (!job.output.isEmpty())
        out << '\n' << tr("Output:") << '\n' << job.output << (job.output.endsWith(QLatin1Char('\n')) ? "" : "\n");
    return Success;
}

} // namespace PgVault::Ctl
