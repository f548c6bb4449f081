#include "app/pgvaultctl/PointsCommand.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/InstanceCommands.h"
#include "app/pgvaultctl/TablePrinter.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "models/Catalog.h"
#include "models/ClockTrust.h"
#include "models/points/PointRepository.h"

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
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("points"), arguments, {QStringLiteral("INSTANCE")}))
        return *exit;
    const QString format = parser.value(output);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return m_commandLine.badOption(
            QStringLiteral("--output"), tr("\"%1\" is not an output format.").arg(format), tr("Use table or json."));
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    int exitCode = Success;
    const std::optional<BackupInstance> instance
        = InstanceCommands::findOrFail(m_commandLine, *catalog, parser.positionalArguments().constFirst(), exitCode);
    if (!instance)
        return exitCode;
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
