#include "app/pgvaultctl/BackupNowCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/ForegroundJob.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/jobs/JobRunner.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/policies/PolicyRepository.h"

namespace PgVault::Ctl {

BackupNowCommand::BackupNowCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int BackupNowCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Back up a backup instance now, in the foreground: every database, the roles, tablespaces and schema "
           "become one recovery point in the instance's vault. Without --rule the point is tagged as a scheduled "
           "backup at this moment would be; with --rule it takes that retention rule. Exit 0 once the point is "
           "committed, 1 if the backup failed or was cancelled.")
        + QLatin1Char('\n') + ForegroundJob::interruptHelp());
    const QCommandLineOption rule(
        QStringLiteral("rule"), tr("Retention rule for the point: Default, Weekly, Monthly or Yearly."), tr("RULE"));
    const QCommandLineOption parallel(
        QStringLiteral("parallel"), tr("Databases dumped at once (default 2)."), tr("N"), QStringLiteral("2"));
    parser.addOptions({rule, parallel});
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("backup-now"), arguments, {QStringLiteral("INSTANCE")}))
        return *exit;
    bool parallelOk = false;
    const int parallelism = parser.value(parallel).toInt(&parallelOk);
    if (!parallelOk || parallelism < 1 || parallelism > 16)
        return m_commandLine.badOption(
            QStringLiteral("--parallel"), tr("Not a number from 1 to 16."), tr("Give e.g. --parallel 2."));

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = InstanceCommands::findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;
    std::optional<RetentionRule::Kind> chosen;
    if (parser.isSet(rule)) {
        const Result<std::optional<StoredPolicy>> policy = catalog->policies().find(instance->policyName);
        if (!policy)
            return m_commandLine.fail(policy.error());
        if (!policy->has_value())
            return m_commandLine.fail(PolicyRepository::notFound(instance->policyName));
        QStringList ruleNames;
        for (const RetentionRule &existing : policy->value().policy.rules())
            ruleNames << existing.tagName();
        chosen = RetentionRule::kindFromTagName(parser.value(rule));
        if (!chosen || !policy->value().policy.hasRule(*chosen)) {
            return m_commandLine.badOption(QStringLiteral("--rule"),
                tr("The policy \"%1\" has no retention rule \"%2\".").arg(instance->policyName, parser.value(rule)),
                tr("Choose one of its rules: %1.").arg(ruleNames.join(QStringLiteral(", "))));
        }
    }

    const Result<Job> job = ForegroundJob::run(*catalog,
        Home(m_commandLine.homeOption()).catalogPath(),
        tr("backup"),
        [&](JobRunner &runner, const auto &started) {
            runner.setParallelism(parallelism);
            runner.startBackup(*instance, chosen, true, nullptr, started);
        });
    if (!job)
        return m_commandLine.fail(job.error());
    const Job &done = job.value();
    if (done.status == JobTypes::Status::Completed || done.status == JobTypes::Status::CompletedWithWarnings) {
        m_commandLine.out() << tr("Recovery point %1 committed: tag %2, expires %3 (UTC). Job %4.\n")
                                   .arg(done.pointId,
                                       done.retentionTag,
                                       done.additionalDetails.value(QStringLiteral("Expiry")),
                                       done.id);
        if (done.error)
            m_commandLine.warn(*done.error);
        return Success;
    }
    if (done.status == JobTypes::Status::Cancelled)
        return m_commandLine.fail(tr("Backup job %1 was cancelled; no recovery point was created.").arg(done.id),
            tr("Run the backup again when you are ready."),
            OperationFailed);
    const Error error = done.error.value_or(Error{QStringLiteral("Job.Failed"),
        tr("Backup job %1 failed.").arg(done.id),
        tr("See the job's output with \"pgvaultctl job show %1\".").arg(done.id),
        {}});
    return m_commandLine.fail(
        Error{error.code, tr("Backup job %1 failed: %2").arg(done.id, error.message), error.remedy, error.field});
}

} // namespace PgVault::Ctl
