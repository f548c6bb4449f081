#include "app/pgvaultctl/AgentCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/StopSignals.h"
#include "engine/Log.h"
#include "engine/Logging.h"
#include "engine/alerts/AlertDelivery.h"
#include "engine/jobs/Agent.h"
#include "engine/jobs/ExpiryRunner.h"
#include "models/Catalog.h"
#include "models/Home.h"

#include <QEventLoop>
#include <QProcess>

namespace PgVault::Ctl {

AgentCommand::AgentCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int AgentCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the scheduler agent: start each backup instance's scheduled backups when due (a backup missed while "
           "the agent was not running runs once at start, for the latest missed slot), delete expired recovery "
           "points by Delete jobs (never the %1 newest of an instance, and nothing while the system clock is far "
           "ahead of the last time PgVault can vouch for; see \"prune --trust-clock\"), and mark jobs of processes "
           "that died as Failed. Checks the catalog at least every minute. Each new alert (a failed job, a backup "
           "overdue for its schedule) is logged as a warning, shown as a desktop notification when a session bus is "
           "there, and passed to the alert command if one is set; each only once. SIGTERM or SIGINT cancels running "
           "backups (their partial points are removed; they run again at the next start) and exits. Logs go to "
           "standard error and to pgvault.log in the home's logs folder.")
            .arg(ExpiryRunner::MinimumPointsKept));
    const QCommandLineOption once(
        QStringLiteral("once"), tr("Do what is due now, wait for the backups it started, and exit (1 if any failed)."));
    parser.addOption(once);
    const QCommandLineOption onAlert(QStringLiteral("on-alert"),
        tr("Run this command for each new alert (a failed job, a backup overdue), instead of the one set with "
           "\"alerts set-command\". It runs without a shell, gets the alert in PGVAULT_ALERT_* environment variables "
           "and as JSON on standard input, and is killed after %1 seconds.")
            .arg(AlertDelivery::CommandTimeoutMs / 1000),
        tr("COMMAND"));
    parser.addOption(onAlert);
    const QString command = QStringLiteral("agent");
    if (std::optional<int> exit = m_commandLine.parse(parser,
            QStringList{QStringLiteral("pgvaultctl agent")} + arguments,
            command,
            QStringLiteral("[--once] [--on-alert COMMAND]")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        return m_commandLine.fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
            CommandLine::helpRemedy(command),
            BadInput);
    }
    if (parser.isSet(onAlert) && QProcess::splitCommand(parser.value(onAlert)).isEmpty()) {
        return m_commandLine.badOption(QStringLiteral("--on-alert"),
            tr("The alert command is empty."),
            tr("Give a program and its arguments, e.g. --on-alert \"/usr/local/bin/notify-team\"."));
    }
    // Opened here first so a bad home or catalog is reported like every other command's.
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const QString catalogPath = catalog->path();
    catalog.reset();
    const Home home(m_commandLine.homeOption());
    if (!Log::install(home.logsPath())) {
        return m_commandLine.fail(tr("Cannot write the log in %1.").arg(home.logsPath()),
            tr("Check the permissions of the PgVault home folder."),
            OperationFailed);
    }

    Agent agent(catalogPath);
    if (parser.isSet(onAlert))
        agent.setAlertCommand(parser.value(onAlert));
    QEventLoop loop;
    int exitCode = Success;
    if (parser.isSet(once)) {
        QObject::connect(&agent, &Agent::onceFinished, &loop, [&](bool succeeded) {
            exitCode = succeeded ? Success : OperationFailed;
            loop.quit();
        });
        if (Result<void> started = agent.runOnce(); !started)
            return m_commandLine.fail(started.error());
        loop.exec();
        return exitCode;
    }

    StopSignals stopSignals;
    if (!stopSignals.isActive()) {
        return m_commandLine.fail(
            tr("Cannot set up signal handling."), tr("Check the system's limits on open files."), OperationFailed);
    }
    QObject::connect(&stopSignals, &StopSignals::received, &agent, &Agent::stop);
    QObject::connect(&agent, &Agent::stopped, &loop, &QEventLoop::quit);

    if (Result<void> started = agent.start(); !started)
        return m_commandLine.fail(started.error());
    loop.exec();
    qCInfo(lcEngineAgent) << "agent stopped";
    return Success;
}

} // namespace PgVault::Ctl
