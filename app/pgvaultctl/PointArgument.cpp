#include "app/pgvaultctl/PointArgument.h"

#include "engine/jobs/DeletedPoints.h"
#include "models/Catalog.h"
#include "models/points/PointRepository.h"

namespace PgVault::Ctl {

Result<QString> PointArgument::match(const QStringList &ids, const QString &given, const Error &none)
{
    QStringList matches;
    for (const QString &id : ids) {
        if (id == given)
            return id;
        if (given.size() >= 4 && id.startsWith(given))
            matches << id;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.size() > 1)
        return Error{QStringLiteral("Point.Ambiguous"),
            tr("\"%1\" matches %n recovery point(s).", nullptr, int(matches.size())).arg(given),
            tr("Give more characters of the id."),
            QStringLiteral("point"),
            ErrorKind::BadInput};
    return none;
}

QString PointArgument::undeleteHint(const QString &pointId)
{
    return QLatin1Char(' ') + tr("Run \"pgvaultctl point undelete %1\" first.").arg(pointId);
}

Result<QString> PointArgument::resolve(const Catalog &catalog, const BackupInstance &instance, const QString &given)
{
    const PointRepository repository(catalog.database());
    Result<QList<RecoveryPoint>> points = repository.listForInstance(instance.id);
    if (!points)
        return points.error();
    const Error none{QStringLiteral("Point.NotFound"),
        tr("The backup instance \"%1\" has no recovery point \"%2\".").arg(instance.name, given),
        tr("List its points with \"pgvaultctl points %1\".").arg(instance.name),
        QStringLiteral("point"),
        ErrorKind::BadInput};
    if (given.isEmpty() || given == QLatin1String("latest")) {
        if (points->isEmpty())
            return none;
        return points->constFirst().id; // newest first
    }
    QStringList live;
    for (const RecoveryPoint &point : points.value())
        live << point.id;
    const Result<QString> found = match(live, given, none);
    if (found || found.error().code != none.code)
        return found;
    // Not live: a deleted point is named as such, with what brings it back.
    const Result<QList<RecoveryPoint>> deleted = repository.listDeleted(instance.id);
    if (!deleted)
        return deleted.error();
    QStringList deletedIds;
    for (const RecoveryPoint &point : deleted.value())
        deletedIds << point.id;
    const Result<QString> deletedId = match(deletedIds, given, none);
    if (!deletedId)
        return deletedId.error().code == none.code ? none : deletedId.error();
    for (const RecoveryPoint &point : deleted.value()) {
        if (point.id == *deletedId) {
            Error error = DeletedPoints::deletedError(point.id, point.purgeAfter);
            error.remedy += undeleteHint(point.id);
            return error;
        }
    }
    return none;
}

Result<QString> PointArgument::resolveDeleted(const Catalog &catalog, const QString &given)
{
    const Result<QList<RecoveryPoint>> deleted = PointRepository(catalog.database()).listDeleted();
    if (!deleted)
        return deleted.error();
    QStringList ids;
    for (const RecoveryPoint &point : deleted.value())
        ids << point.id;
    // A live point's full id goes on, so the undelete says it is not deleted.
    if (const Result<std::optional<RecoveryPoint>> live = PointRepository(catalog.database()).find(given);
        live && live->has_value())
        return given;
    return match(ids,
        given,
        Error{QStringLiteral("Point.NotFound"),
            tr("There is no deleted recovery point \"%1\".").arg(given),
            tr("List the deleted points with \"pgvaultctl points --deleted\"."),
            QStringLiteral("point"),
            ErrorKind::BadInput});
}

} // namespace PgVault::Ctl
