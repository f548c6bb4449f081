#include "app/pgvaultctl/PointCommands.h"

#include "app/pgvaultctl/CommandLine.h"
#include "app/pgvaultctl/PointArgument.h"
#include "app/pgvaultctl/VerbArguments.h"
#include "engine/jobs/DeletedPoints.h"
#include "engine/jobs/ExpiryRunner.h"

namespace PgVault::Ctl {

PointCommands::PointCommands(CommandLine &commandLine)
    : m_commandLine(commandLine)
{
}

QString PointCommands::verbSummary()
{
    return tr("  point undelete  Bring back a deleted recovery point before it is purged.\n");
}

int PointCommands::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("undelete"))
        return undelete(arguments.mid(1));
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        m_commandLine.out() << tr("Usage: pgvaultctl point <command> [options]\n\nCommands:\n") << verbSummary();
        return Success;
    }
    return m_commandLine.fail(
        verb.isEmpty() ? tr("No point command given.") : tr("\"%1\" is not a point command.").arg(verb),
        CommandLine::helpRemedy(QStringLiteral("point")),
        BadInput);
}

int PointCommands::undelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Bring back a deleted recovery point (see \"pgvaultctl points --deleted\"), so it can be restored and "
           "verified again. POINT is its id or the id's first characters. It keeps its expiry, but at least %n "
           "day(s) from now, so the next expiry pass does not delete it again at once.",
            nullptr,
            DeletedPoints::UndeleteGraceDays));
    if (std::optional<int> exit = VerbArguments::parse(
            m_commandLine, parser, QStringLiteral("point undelete"), arguments, {QStringLiteral("POINT")}))
        return *exit;
    std::unique_ptr<Catalog> catalog = m_commandLine.openCatalog();
    if (!catalog)
        return OperationFailed;
    const Result<QString> pointId = PointArgument::resolveDeleted(*catalog, parser.positionalArguments().constFirst());
    if (!pointId)
        return m_commandLine.fail(pointId.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<RecoveryPoint> point
        = DeletedPoints(catalog->database(), ExpiryRunner::processOwner()).undelete(*pointId, now);
    if (!point)
        return m_commandLine.fail(point.error());
    const QString expiry = point->expiry.toUTC().toString(Qt::ISODate);
    if (point->expiry == now.addDays(DeletedPoints::UndeleteGraceDays)) {
        m_commandLine.out() << tr("Undeleted recovery point %1. Its own expiry had passed (or was less than %n "
                                  "day(s) away), so it now expires %2 (UTC); after that expiry deletes it again "
                                  "unless it is among the newest an instance keeps.\n",
            nullptr,
            DeletedPoints::UndeleteGraceDays)
                                   .arg(point->id, expiry);
    } else {
        m_commandLine.out()
            << tr("Undeleted recovery point %1. It expires %2 (UTC), as before.\n").arg(point->id, expiry);
    }
    return Success;
}

} // namespace PgVault::Ctl
