#include "app/pgvaultctl/PointArgument.h"

#include "models/Catalog.h"
#include "models/points/PointRepository.h"

namespace PgVault::Ctl {

Result<QString> PointArgument::resolve(const Catalog &catalog, const BackupInstance &instance, const QString &given)
{
    Result<QList<RecoveryPoint>> points = PointRepository(catalog.database()).listForInstance(instance.id);
    if (!points)
        return points.error();
    const Error none{QStringLiteral("Point.NotFound"),
        tr("The backup instance \"%1\" has no recovery point \"%2\".").arg(instance.name, given),
        tr("List its points with \"pgvaultctl points %1\".").arg(instance.name),
        QStringLiteral("point"),
        ErrorKind::BadInput};
    if (points->isEmpty())
        return none;
    if (given.isEmpty() || given == QLatin1String("latest"))
        return points->constFirst().id; // newest first
    QStringList matches;
    for (const RecoveryPoint &point : points.value()) {
        if (point.id == given)
            return point.id;
        if (given.size() >= 4 && point.id.startsWith(given))
            matches << point.id;
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

} // namespace PgVault::Ctl
