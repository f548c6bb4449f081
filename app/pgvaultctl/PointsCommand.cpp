#include "app/pgvaultctl/PointsCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/TablePrinter.h"
#include "models/Catalog.h"
#include "models/ClockTrust.h"
#include "models/instances/InstanceRepository.h"
#include "models/points/PointRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace PgVault::Ctl {

namespace {

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

/// Everything in the catalog is committed; verification adds its verdict, and a point dated in the
/// future says so.
QString stateOf(const RecoveryPoint &point, const QDateTime &now)
{
    QString state = point.verifyState.isEmpty() ? QStringLiteral("Completed")
                                                : QStringLiteral("Completed, verify %1").arg(point.verifyState);
    if (ClockTrust::isFutureDated(point.time, now))
        state += QStringLiteral(", future-dated");
    return state;
}

} // namespace

int PointsCommand::listDeleted(const Catalog &catalog, const std::optional<BackupInstance> &instance, bool json)
{
    const Result<QList<RecoveryPoint>> points
        = PointRepository(catalog.database()).listDeleted(instance ? instance->id : QString());
    if (!points)
        return m_commandLine.fail(points.error());
    QHash<QString, QString> names;
    if (const Result<QList<BackupInstance>> instances = InstanceRepository(catalog.database()).list(); instances) {
        for (const BackupInstance &known : *instances)
            names.insert(known.id, known.name);
    }
    if (json) {
        QJsonArray array;
        for (const RecoveryPoint &point : points.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), point.id},
                {QStringLiteral("instance"), names.value(point.instanceId)},
                {QStringLiteral("time"), utc(point.time)},
                {QStringLiteral("tag"), RetentionRule::tagName(point.tag)},
                {QStringLiteral("expiry"), utc(point.expiry)},
                {QStringLiteral("deleted"), utc(point.deleted)},
                {QStringLiteral("purgeAfter"), utc(point.purgeAfter)},
                {QStringLiteral("sizeBytes"), double(point.sizeBytes)},
                {QStringLiteral("databases"), QJsonArray::fromStringList(point.databases)},
                {QStringLiteral("state"), QStringLiteral("Deleted")}});
        }
        m_commandLine.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (points->isEmpty()) {
        m_commandLine.out() << (instance ? tr("No deleted recovery points for \"%1\".\n").arg(instance->name)
                                         : tr("No deleted recovery points.\n"));
        return Success;
    }
    const QLocale locale;
    QList<QStringList> rows{{tr("ID"),
        tr("INSTANCE"),
        tr("TIME (UTC)"),
        tr("TAG"),
        tr("DELETED (UTC)"),
        tr("PURGED ON (UTC)"),
        tr("SIZE"),
        tr("DATABASES")}};
    for (const RecoveryPoint &point : points.value()) {
        rows << QStringList{point.id,
            names.value(point.instanceId),
            utc(point.time),
            RetentionRule::tagName(point.tag),
            utc(point.deleted),
            utc(point.purgeAfter),
            locale.formattedDataSize(point.sizeBytes),
            point.databases.join(QStringLiteral(", "))};
    }
    TablePrinter::print(m_commandLine.out(), rows);
    m_commandLine.out() << tr("Bring one back with \"pgvaultctl point undelete POINT\" before it is purged.\n");
    return Success;
}

PointsCommand::PointsCommand(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

int PointsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the recovery points of a backup instance, newest first: id, time (UTC), "
                                        "retention tag, expiry (UTC), stored size, databases and state. Points dated "
                                        "after now (taken while the clock was ahead) are marked future-dated and "
                                        "warned about."));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("Output format: table (default) or json."), tr("FORMAT"), QStringLiteral("table"));
    parser.addOption(output);
    const QCommandLineOption deleted(QStringLiteral("deleted"),
        tr("List the deleted recovery points instead (of INSTANCE, or of every instance without it), with when "
           "they were deleted and when they are purged. \"pgvaultctl point undelete POINT\" brings one back."));
    parser.addOption(deleted);
    parser.addPositionalArgument(QStringLiteral("INSTANCE"), {}, QStringLiteral("[INSTANCE]"));
    const QString command = QStringLiteral("points");
    if (std::optional<int> exit = m_commandLine.parse(parser,
            QStringList{QStringLiteral("pgvaultctl points")} + arguments,
            command,
            QStringLiteral("[INSTANCE] [--deleted] [options]")))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() > 1) {
        return m_commandLine.fail(
            tr("Unexpected argument \"%1\".").arg(positionals.at(1)), CommandLine::helpRemedy(command), BadInput);
    }
    if (positionals.isEmpty() && !parser.isSet(deleted))
        return m_commandLine.fail(tr("Missing the INSTANCE argument."), CommandLine::helpRemedy(command), BadInput);
    const QString format = parser.value(output);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return m_commandLine.badOption(
            QStringLiteral("--output"), tr("\"%1\" is not an output format.").arg(format), tr("Use table or json."));
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    std::optional<BackupInstance> instance;
    if (!positionals.isEmpty()) {
        instance = InstanceCommands::findOrFail(m_commandLine, *catalog, positionals.constFirst(), exitCode);
        if (!instance)
            return exitCode;
    }
    if (parser.isSet(deleted))
        return listDeleted(*catalog, instance, format == QLatin1String("json"));
    const Result<QList<RecoveryPoint>> points = PointRepository(catalog->database()).listForInstance(instance->id);
    if (!points)
        return m_commandLine.fail(points.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Protection stopped with "retain forever": the stored expiry comes back only if it resumes.
    const bool forever = instance->protection == BackupInstance::Protection::StoppedRetainForever;
    QStringList futureDated;
    for (const RecoveryPoint &point : points.value()) {
        if (ClockTrust::isFutureDated(point.time, now))
            futureDated << point.id;
    }
    if (!futureDated.isEmpty()) {
        m_commandLine.warn(tr("%n recovery point(s) are dated after the system clock's now (%1): %2. The clock was "
                              "ahead when they were taken, or is behind now. They are kept, but not counted as the "
                              "newest for scheduling or among the points that expiry always keeps.",
                               nullptr,
                               int(futureDated.size()))
                               .arg(now.toString(Qt::ISODate), futureDated.join(QStringLiteral(", "))),
            tr("Check the system clock (\"timedatectl status\")."));
    }

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const RecoveryPoint &point : points.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), point.id},
                {QStringLiteral("instance"), instance->name},
                {QStringLiteral("time"), utc(point.time)},
                {QStringLiteral("tag"), RetentionRule::tagName(point.tag)},
                {QStringLiteral("expiry"), utc(point.expiry)},
                {QStringLiteral("retainedForever"), forever},
                {QStringLiteral("sizeBytes"), double(point.sizeBytes)},
                {QStringLiteral("databases"), QJsonArray::fromStringList(point.databases)},
                {QStringLiteral("userChosenTag"), point.userChosenTag},
                {QStringLiteral("state"), stateOf(point, now)},
                {QStringLiteral("futureDated"), ClockTrust::isFutureDated(point.time, now)},
                {QStringLiteral("verified"), utc(point.verified)}});
        }
        m_commandLine.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (points->isEmpty()) {
        m_commandLine.out() << tr("No recovery points for \"%1\" yet. Take one with \"pgvaultctl backup-now %1\".\n")
                                   .arg(instance->name);
        return Success;
    }
    const QLocale locale;
    QList<QStringList> rows{
        {tr("ID"), tr("TIME (UTC)"), tr("TAG"), tr("EXPIRY (UTC)"), tr("SIZE"), tr("STATE"), tr("DATABASES")}};
    for (const RecoveryPoint &point : points.value()) {
        rows << QStringList{point.id,
            utc(point.time),
            RetentionRule::tagName(point.tag),
            forever ? tr("never (retained forever)") : utc(point.expiry),
            locale.formattedDataSize(point.sizeBytes),
            stateOf(point, now),
            point.databases.join(QStringLiteral(", "))};
    }
    TablePrinter::print(m_commandLine.out(), rows);
    return Success;
}

} // namespace PgVault::Ctl
