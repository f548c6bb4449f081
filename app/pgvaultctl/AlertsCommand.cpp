#include "app/pgvaultctl/AlertsCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/TablePrinter.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/alerts/AlertDelivery.h"
#include "engine/alerts/AlertEvaluator.h"
#include "models/Catalog.h"
#include "models/alerts/AlertRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace PgVault::Ctl {

AlertsCommand::AlertsCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString AlertsCommand::verbSummary()
{
    return tr("  alerts          List the active alerts: failed jobs, backups overdue for their schedule.\n"
              "  alerts set-command, show-command, clear-command\n"
              "                  The command the agent runs for each new alert (a webhook or mail script).\n");
}

int AlertsCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb.isEmpty() || verb.startsWith(QLatin1Char('-')))
        return list(arguments);
    if (verb == QLatin1String("list"))
        return list(arguments.mid(1));
    if (verb == QLatin1String("set-command"))
        return setCommand(arguments.mid(1));
    if (verb == QLatin1String("show-command"))
        return showCommand(arguments.mid(1));
    if (verb == QLatin1String("clear-command"))
        return clearCommand(arguments.mid(1));
    return m_commandLine.fail(
        tr("\"%1\" is not an alerts command.").arg(verb), CommandLine::helpRemedy(QStringLiteral("alerts")), BadInput);
}

int AlertsCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the active alerts: per backup instance, the newest backup, verification, restore or expiry job "
           "that failed (until the next one of its kind succeeds), and a backup overdue for the instance's "
           "schedule (no successful backup since a scheduled run plus a grace of half the interval to the next "
           "run, at least an hour). The agent delivers each new alert once: a warning in its log, a desktop "
           "notification and the alert command. Exit code 0 also when alerts are listed."));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("Output format: table (default) or json."), tr("FORMAT"), QStringLiteral("table"));
    parser.addOption(output);
    if (std::optional<int> exit = VerbArguments::parse(m_commandLine, parser, QStringLiteral("alerts"), arguments, {}))
        return *exit;
    const QString format = parser.value(output);
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        return m_commandLine.badOption(
            QStringLiteral("--output"), tr("\"%1\" is not an output format.").arg(format), tr("Use table or json."));
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<QList<Alert>> alerts = AlertEvaluator(catalog->database()).active(QDateTime::currentDateTimeUtc());
    if (!alerts)
        return m_commandLine.fail(alerts.error());

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Alert &alert : *alerts)
            array.append(alert.toJson());
        m_commandLine.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (alerts->isEmpty()) {
        m_commandLine.out() << tr("No active alerts.\n");
        return Success;
    }
    QList<QStringList> rows{{tr("INSTANCE"), tr("ALERT"), tr("SINCE (UTC)"), tr("JOB"), tr("MESSAGE")}};
    for (const Alert &alert : *alerts) {
        rows << QStringList{alert.instanceName,
            Alert::kindName(alert.kind),
            alert.since.isValid() ? alert.since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QStringLiteral("-"),
            alert.jobId.isEmpty() ? QStringLiteral("-") : alert.jobId,
            alert.message + QLatin1Char(' ') + alert.remedy};
    }
    TablePrinter::print(m_commandLine.out(), rows);
    return Success;
}

int AlertsCommand::setCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set the command the agent runs for each new alert, as one argument: a program and its arguments "
           "(\"/usr/local/bin/notify-team --channel ops\"). It runs without a shell, with the alert in the "
           "environment variables PGVAULT_ALERT_KIND, PGVAULT_ALERT_INSTANCE, PGVAULT_ALERT_MESSAGE, "
           "PGVAULT_ALERT_REMEDY, PGVAULT_ALERT_SINCE, PGVAULT_ALERT_JOB_ID, PGVAULT_ALERT_OPERATION and "
           "PGVAULT_ALERT_ERROR_CODE and as one JSON object on standard input, and is killed after %1 seconds. "
           "The command is stored in the catalog: put no password or token in it; let the script read those "
           "from its own protected file. \"agent --on-alert\" overrides it.")
            .arg(AlertDelivery::CommandTimeoutMs / 1000));
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("alerts set-command"), arguments, {QStringLiteral("COMMAND")}))
        return *exit;
    const QString command = parser.positionalArguments().constFirst().trimmed();
    if (QProcess::splitCommand(command).isEmpty()) {
        return m_commandLine.fail(tr("The alert command is empty."),
            tr("Give a program and its arguments, or remove the command with \"pgvaultctl alerts clear-command\"."),
            BadInput);
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    if (const Result<void> saved = AlertRepository(catalog->database()).setCommand(command); !saved)
        return m_commandLine.fail(saved.error());
    m_commandLine.out() << tr("The agent runs \"%1\" for each new alert.\n").arg(command);
    return Success;
}

int AlertsCommand::showCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show the command the agent runs for each new alert."));
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, QStringLiteral("alerts show-command"), arguments, {}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<QString> command = AlertRepository(catalog->database()).command();
    if (!command)
        return m_commandLine.fail(command.error());
    if (command->isEmpty())
        m_commandLine.out() << tr("No alert command is set.\n");
    else
        m_commandLine.out() << *command << '\n';
    return Success;
}

int AlertsCommand::clearCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove the alert command: the agent then only logs and notifies."));
    if (std::optional<int> exit
        = VerbArguments::parse(m_commandLine, parser, QStringLiteral("alerts clear-command"), arguments, {}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    if (const Result<void> cleared = AlertRepository(catalog->database()).setCommand({}); !cleared)
        return m_commandLine.fail(cleared.error());
    m_commandLine.out() << tr("No alert command is set.\n");
    return Success;
}

} // namespace PgVault::Ctl
