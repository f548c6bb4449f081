#include "app/pgvaultctl/PolicyCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/PolicyArguments.h"
#include "app/pgvaultctl/PolicyPreviewCommand.h"
#include "app/pgvaultctl/TablePrinter.h"
#include "models/Catalog.h"
#include "models/policies/PolicyJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace PgVault::Ctl {

namespace {

QStringList parserArguments(const QString &verb, const QStringList &arguments)
{
    return QStringList{QStringLiteral("pgvaultctl policy ") + verb} + arguments.mid(1);
}

} // namespace

PolicyCommands::PolicyCommands(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString PolicyCommands::verbSummary()
{
    return tr("  policy create   Create a policy from a schedule and retention options.\n"
              "  policy import   Create a policy from an Azure BackupPolicy JSON file.\n"
              "  policy export   Write a policy as Azure BackupPolicy JSON.\n"
              "  policy list     List the policies.\n"
              "  policy show     Show a policy in detail.\n"
              "  policy delete   Delete a policy that no backup instance uses.\n"
              "  policy preview  Show the retention tag and expiry each backup of a date range takes.\n");
}

int PolicyCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("create"))
        return create(arguments);
    if (verb == QLatin1String("import"))
        return import(arguments);
    if (verb == QLatin1String("export"))
        return exportPolicy(arguments);
    if (verb == QLatin1String("list"))
        return list(arguments);
    if (verb == QLatin1String("show"))
        return show(arguments);
    if (verb == QLatin1String("delete"))
        return remove(arguments);
    if (verb == QLatin1String("preview"))
        return PolicyPreviewCommand(m_commandLine).run(parserArguments(verb, arguments));
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_commandLine.out() << tr("Usage: pgvaultctl policy <command> [options]\n\nCommands:\n") << verbSummary()
                            << tr("\nRun \"pgvaultctl policy <command> --help\" for a command's options.\n");
        return Success;
    }
    if (verb.isEmpty()) {
        return m_commandLine.fail(
            tr("No policy command given."), CommandLine::helpRemedy(QStringLiteral("policy")), BadInput);
    }
    return m_commandLine.fail(
        tr("\"%1\" is not a policy command.").arg(verb), CommandLine::helpRemedy(QStringLiteral("policy")), BadInput);
}

std::optional<StoredPolicy> PolicyCommands::findOrFail(
    CommandLine &commandLine, const Catalog &catalog, const QString &name)
{
    const Result<std::optional<StoredPolicy>> found = catalog.policies().find(name);
    if (!found) {
        commandLine.fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value())
        commandLine.fail(PolicyRepository::notFound(name));
    return *found;
}

std::optional<int> PolicyCommands::parseWithOnePositional(QCommandLineParser &parser,
    const QStringList &arguments,
    const QString &verb,
    const QString &positional,
    const QString &description)
{
    parser.addPositionalArgument(positional, description);
    const QString command = QStringLiteral("policy ") + verb;
    if (std::optional<int> exit = m_commandLine.parse(
            parser, parserArguments(verb, arguments), command, QStringLiteral("%1 [options]").arg(positional)))
        return exit;
    if (parser.positionalArguments().size() != 1) {
        const QString message = parser.positionalArguments().isEmpty()
            ? tr("Missing the %1 argument.").arg(positional)
            : tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(1));
        return m_commandLine.fail(message, CommandLine::helpRemedy(command), BadInput);
    }
    return std::nullopt;
}

int PolicyCommands::create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a backup policy. Its Default rule keeps every backup no other rule "
                                        "keeps; --weekly, --monthly and --yearly add rules for the first successful "
                                        "backup of each week (Sunday-based), month and year."));
    const QCommandLineOption name(
        QStringLiteral("name"), tr("Policy name: 3-150 letters, digits, hyphens."), tr("NAME"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Weekdays to back up on, e.g. Sun,Wed."), tr("DAYS"));
    const QCommandLineOption time(QStringLiteral("time"), tr("Start time, 24-hour HH:MM."), tr("TIME"));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
        tr("Time zone: IANA (Europe/Berlin) or Windows (W. Europe Standard Time) id."),
        tr("ZONE"));
    const QCommandLineOption defaultRule(
        QStringLiteral("default"), tr("Default retention (default P10Y)."), tr("DURATION"), QStringLiteral("P10Y"));
    const QCommandLineOption weekly(
        QStringLiteral("weekly"), tr("Keep each week's first backup this long."), tr("DURATION"));
    const QCommandLineOption monthly(
        QStringLiteral("monthly"), tr("Keep each month's first backup this long."), tr("DURATION"));
    const QCommandLineOption yearly(
        QStringLiteral("yearly"), tr("Keep each year's first backup this long."), tr("DURATION"));
    parser.addOptions({name, days, time, zone, defaultRule, weekly, monthly, yearly});
    const QString command = QStringLiteral("policy create");
    if (std::optional<int> exit = m_commandLine.parse(
            parser, parserArguments(QStringLiteral("create"), arguments), command, QStringLiteral("[options]")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        return m_commandLine.fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
            CommandLine::helpRemedy(command),
            BadInput);
    }
    for (const QCommandLineOption &required : {name, days, time, zone}) {
        if (!parser.isSet(required)) {
            const QString option = QStringLiteral("--") + required.names().constFirst();
            return m_commandLine.fail(tr("Missing %1.").arg(option), CommandLine::helpRemedy(command), BadInput);
        }
    }

    const Result<QList<Qt::DayOfWeek>> dayList = PolicyArguments::days(QStringLiteral("--days"), parser.value(days));
    if (!dayList)
        return m_commandLine.badOption(dayList.error().field, dayList.error().message, dayList.error().remedy);
    const Result<QTime> start = PolicyArguments::time(QStringLiteral("--time"), parser.value(time));
    if (!start)
        return m_commandLine.badOption(start.error().field, start.error().message, start.error().remedy);
    const Result<QTimeZone> timeZone = PolicyArguments::timeZone(QStringLiteral("--time-zone"), parser.value(zone));
    if (!timeZone)
        return m_commandLine.badOption(timeZone.error().field, timeZone.error().message, timeZone.error().remedy);

    BackupPolicy policy;
    policy.setName(parser.value(name));
    policy.setSchedule(WeeklySchedule(*dayList, *start, *timeZone));
    QList<RetentionRule> rules;
    const QList<std::pair<QCommandLineOption, RetentionRule::Kind>> ruleOptions
        = {{defaultRule, RetentionRule::Kind::Default},
            {weekly, RetentionRule::Kind::Weekly},
            {monthly, RetentionRule::Kind::Monthly},
            {yearly, RetentionRule::Kind::Yearly}};
    for (const auto &[option, kind] : ruleOptions) {
        if (kind != RetentionRule::Kind::Default && !parser.isSet(option))
            continue;
        const QString optionName = QStringLiteral("--") + option.names().constFirst();
        const Result<Duration> duration = PolicyArguments::duration(optionName, parser.value(option));
        if (!duration)
            return m_commandLine.badOption(optionName, duration.error().message, duration.error().remedy);
        rules << RetentionRule(kind, *duration);
    }
    policy.setRules(rules);
    return save(policy, true, {});
}

int PolicyCommands::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a policy from an Azure Data Protection BackupPolicy JSON file (as "
                                        "\"az dataprotection backup-policy get-default-policy-template\" or \"policy "
                                        "export\" write it)."));
    const QCommandLineOption name(
        QStringLiteral("name"), tr("Name for the policy, instead of the file's."), tr("NAME"));
    parser.addOption(name);
    if (std::optional<int> exit = parseWithOnePositional(
            parser, arguments, QStringLiteral("import"), QStringLiteral("FILE"), tr("The policy JSON file.")))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return m_commandLine.fail(tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
            tr("Check the file name and its permissions."),
            BadInput);
    }
    Result<BackupPolicy> policy = PolicyJson::fromJson(file.readAll());
    if (!policy) {
        return m_commandLine.fail(QDir::toNativeSeparators(path) + QStringLiteral(": ") + policy.error().message,
            policy.error().remedy,
            BadInput);
    }
    if (parser.isSet(name))
        policy.value().setName(parser.value(name));
    return save(*policy, false, path);
}

int PolicyCommands::save(const BackupPolicy &policy, bool fromOptions, const QString &source)
{
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<QString> created = catalog->policies().create(policy);
    if (created) {
        m_commandLine.out() << tr("Created policy \"%1\".").arg(policy.name()) << '\n';
        return Success;
    }
    Error error = created.error();
    if (error.field == QLatin1String("name") && error.remedy.isEmpty())
        error.remedy = tr("Give 3-150 letters, digits and hyphens with --name, e.g. --name weekly-pg.");
    const QString option = PolicyArguments::optionForField(error.field);
    if (error.kind == ErrorKind::BadInput && (fromOptions || error.field == QLatin1String("name")) && !option.isEmpty())
        error.message = option + QStringLiteral(": ") + error.message;
    else if (error.kind == ErrorKind::BadInput && !error.field.isEmpty())
        error.message = QDir::toNativeSeparators(source) + QStringLiteral(": ") + error.field + QStringLiteral(": ")
            + error.message;
    return m_commandLine.fail(error);
}

int PolicyCommands::exportPolicy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a policy as Azure BackupPolicy JSON, as \"az dataprotection "
                                        "backup-policy create --policy FILE\" accepts it."));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("Write to this new file instead of standard output; an existing file is "
           "not overwritten."),
        tr("FILE"));
    parser.addOption(output);
    if (std::optional<int> exit = parseWithOnePositional(
            parser, arguments, QStringLiteral("export"), QStringLiteral("NAME"), tr("The policy to export.")))
        return *exit;
    const QString path = parser.value(output);
    if (parser.isSet(output) && QFileInfo::exists(path)) {
        return m_commandLine.badOption(QStringLiteral("--output"),
            tr("%1 already exists.").arg(QDir::toNativeSeparators(path)),
            tr("Choose another file name, or remove the file first."));
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const std::optional<StoredPolicy> stored
        = findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst());
    if (!stored)
        return BadInput;
    const QByteArray json = PolicyJson::toJson(stored->policy);
    if (!parser.isSet(output)) {
        m_commandLine.out() << QString::fromUtf8(json);
        if (!json.endsWith('\n'))
            m_commandLine.out() << '\n';
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return m_commandLine.fail(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
            tr("Check that the folder exists, that you may write it and that the disk is not "
               "full."),
            OperationFailed);
    }
    m_commandLine.out() << tr("Exported policy \"%1\" to %2.").arg(stored->policy.name(), path) << '\n';
    return Success;
}

int PolicyCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the policies with their schedule, retention and backup instances."));
    const QString command = QStringLiteral("policy list");
    if (std::optional<int> exit = m_commandLine.parse(
            parser, parserArguments(QStringLiteral("list"), arguments), command, QStringLiteral("[options]")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        return m_commandLine.fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
            CommandLine::helpRemedy(command),
            BadInput);
    }
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<QList<StoredPolicy>> policies = catalog->policies().list();
    if (!policies)
        return m_commandLine.fail(policies.error());
    if (policies->isEmpty()) {
        m_commandLine.out() << tr("No policies yet. Create one with \"pgvaultctl policy create\".") << '\n';
        return Success;
    }
    QList<QStringList> rows = {{tr("NAME"), tr("SCHEDULE"), tr("RETENTION"), tr("INSTANCES")}};
    for (const StoredPolicy &stored : *policies) {
        rows << QStringList{stored.policy.name(),
            stored.policy.schedule().summary(),
            stored.policy.retentionSummary(),
            QString::number(stored.instanceCount)};
    }
    TablePrinter::print(m_commandLine.out(), rows);
    return Success;
}

int PolicyCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show a policy: schedule, retention rules and the instances using it."));
    if (std::optional<int> exit = parseWithOnePositional(
            parser, arguments, QStringLiteral("show"), QStringLiteral("NAME"), tr("The policy to show.")))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const std::optional<StoredPolicy> stored
        = findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst());
    if (!stored)
        return BadInput;
    const BackupPolicy &policy = stored->policy;
    const WeeklySchedule schedule = policy.schedule();
    QTextStream &out = m_commandLine.out();
    out << tr("Name:        %1").arg(policy.name()) << '\n'
        << tr("Id:          %1").arg(stored->id) << '\n'
        << tr("Created:     %1").arg(stored->created.toString(Qt::ISODate)) << '\n'
        << tr("Datasource:  %1").arg(QLatin1String(BackupPolicy::DatasourceType)) << '\n'
        << tr("Schedule:    %1").arg(schedule.summary()) << '\n'
        << tr("Time zone:   %1 (Azure: %2)")
               .arg(QString::fromLatin1(schedule.timeZone().id()), schedule.azureTimeZone())
        << '\n'
        << tr("Retention:") << '\n';
    for (const RetentionRule &rule : policy.rules()) {
        const QString kept = tr("%1 (%2)").arg(rule.duration().toDisplayString(), rule.duration().toIso());
        out << QStringLiteral("  ") << RetentionRule::tagName(rule.kind()).leftJustified(9) << kept.leftJustified(20)
            << RetentionRule::whenToRetainText(rule.kind()) << '\n';
    }
    const QStringList instances = catalog->policies().instancesUsing(policy.name());
    out << tr("Instances:   %1").arg(instances.isEmpty() ? tr("none") : instances.join(QStringLiteral(", "))) << '\n';
    return Success;
}

int PolicyCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Delete a policy. A policy that backup instances use is not deleted."));
    if (std::optional<int> exit = parseWithOnePositional(
            parser, arguments, QStringLiteral("delete"), QStringLiteral("NAME"), tr("The policy to delete.")))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const QString name = parser.positionalArguments().constFirst();
    const Result<void> removed = catalog->policies().remove(name);
    if (!removed)
        return m_commandLine.fail(removed.error());
    m_commandLine.out() << tr("Deleted policy \"%1\".").arg(name) << '\n';
    return Success;
}

} // namespace PgVault::Ctl
