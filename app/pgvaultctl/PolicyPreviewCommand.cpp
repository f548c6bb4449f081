#include "app/pgvaultctl/PolicyPreviewCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/PolicyArguments.h"
#include "app/pgvaultctl/PolicyCommands.h"
#include "models/policies/RetentionSimulator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PgVault::Ctl {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

PolicyPreviewCommand::PolicyPreviewCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int PolicyPreviewCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show which retention tag and expiry each successful scheduled backup on the local dates --from to "
           "--until (inclusive, in the policy's time zone) would take, starting with no earlier backups. Times "
           "are UTC. The table also counts the backups of each tag still kept at the end of --until."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The policy to preview."));
    const QCommandLineOption from(QStringLiteral("from"), tr("First local date, YYYY-MM-DD."), tr("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), tr("Last local date, YYYY-MM-DD."), tr("DATE"));
    const QCommandLineOption failed(
        QStringLiteral("failed"), tr("Local dates whose backup fails and takes no tag, YYYY-MM-DD,…"), tr("DATES"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("table (default) or json."), tr("FORMAT"), QStringLiteral("table"));
    parser.addOptions({from, until, failed, output});
    const QString command = QStringLiteral("policy preview");
    if (std::optional<int> exit
        = m_commandLine.parse(parser, arguments, command, QStringLiteral("NAME --from DATE --until DATE [options]")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        const QString message = positional.isEmpty() ? tr("Missing the NAME argument.")
                                                     : tr("Unexpected argument \"%1\".").arg(positional.at(1));
        return m_commandLine.fail(message, CommandLine::helpRemedy(command), BadInput);
    }
    for (const QCommandLineOption &required : {from, until}) {
        if (!parser.isSet(required)) {
            return m_commandLine.fail(
                tr("Missing --%1.").arg(required.names().constFirst()), CommandLine::helpRemedy(command), BadInput);
        }
    }
    const Result<QDate> fromDate = PolicyArguments::date(QStringLiteral("--from"), parser.value(from));
    if (!fromDate)
        return m_commandLine.badOption(fromDate.error().field, fromDate.error().message, fromDate.error().remedy);
    const Result<QDate> untilDate = PolicyArguments::date(QStringLiteral("--until"), parser.value(until));
    if (!untilDate)
        return m_commandLine.badOption(untilDate.error().field, untilDate.error().message, untilDate.error().remedy);
    if (*untilDate < *fromDate) {
        return m_commandLine.badOption(QStringLiteral("--until"),
            tr("%1 is before --from %2.").arg(untilDate->toString(Qt::ISODate), fromDate->toString(Qt::ISODate)),
            tr("Give an --until date on or after --from."));
    }
    const Result<QSet<QDate>> failedDates = PolicyArguments::dates(QStringLiteral("--failed"), parser.value(failed));
    if (!failedDates) {
        return m_commandLine.badOption(
            failedDates.error().field, failedDates.error().message, failedDates.error().remedy);
    }
    const QString format = parser.value(output).trimmed().toLower();
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        return m_commandLine.badOption(QStringLiteral("--output"),
            tr("\"%1\" is not an output format.").arg(parser.value(output)),
            tr("Use table or json."));
    }

    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const std::optional<StoredPolicy> stored = PolicyCommands::findOrFail(m_commandLine, *catalog, positional.first());
    if (!stored)
        return BadInput;

    const QList<RetentionSimulator::Point> points
        = RetentionSimulator::simulate(stored->policy, *fromDate, *untilDate, *failedDates);
    QTextStream &out = m_commandLine.out();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const RetentionSimulator::Point &point : points) {
            array.append(QJsonObject{{QStringLiteral("time"), utcText(point.time)},
                {QStringLiteral("tag"), RetentionRule::tagName(point.tag)},
                {QStringLiteral("expiry"), utcText(point.expiry)}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    out << tr("TIME (UTC)            TAG      EXPIRY (UTC)") << '\n';
    for (const RetentionSimulator::Point &point : points) {
        out << utcText(point.time) << "  " << RetentionRule::tagName(point.tag).leftJustified(7) << "  "
            << utcText(point.expiry) << '\n';
    }
    const QDateTime end = RetentionSimulator::endOfLocalDate(stored->policy, *untilDate);
    const QMap<RetentionRule::Kind, int> alive = RetentionSimulator::aliveAt(points, end);
    QStringList counts;
    int total = 0;
    for (const RetentionRule &rule : stored->policy.rules()) {
        const int count = alive.value(rule.kind());
        total += count;
        counts << QStringLiteral("%1 %2").arg(rule.tagName()).arg(count);
    }
    out << '\n'
        << tr("Backups taken: %1. Kept at the end of %2 (%3): %4 (%5).")
               .arg(points.size())
               .arg(untilDate->toString(Qt::ISODate), QString::fromLatin1(stored->policy.schedule().timeZone().id()))
               .arg(total)
               .arg(counts.join(QStringLiteral(", ")))
        << '\n';
    return Success;
}

} // namespace PgVault::Ctl
