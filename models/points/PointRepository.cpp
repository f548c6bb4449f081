#include "models/points/PointRepository.h"

#include "models/SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace PgVault {

namespace {

QString kindsToText(const QList<RetentionRule::Kind> &kinds)
{
    QStringList names;
    for (RetentionRule::Kind kind : kinds)
        names << RetentionRule::tagName(kind);
    return names.join(QLatin1Char(','));
}

QList<RetentionRule::Kind> kindsFromText(const QString &text)
{
    QList<RetentionRule::Kind> kinds;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto kind = RetentionRule::kindFromTagName(name))
            kinds << *kind;
    }
    return kinds;
}

} // namespace

PointRepository::PointRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<void> PointRepository::put(const RecoveryPoint &point)
{
    if (const Result<int> written = write(point, QStringLiteral("INSERT OR REPLACE")); !written)
        return written.error();
    return {};
}

Result<bool> PointRepository::putIfMissing(const RecoveryPoint &point)
{
    const Result<int> inserted = write(point, QStringLiteral("INSERT OR IGNORE"));
    if (!inserted)
        return inserted.error();
    return *inserted > 0;
}

Result<int> PointRepository::write(const RecoveryPoint &point, const QString &verb)
{
    QSqlQuery query(m_database);
    query.prepare(verb
        + QStringLiteral(" INTO points (id, instance_id, time_ms, tag, expiry_ms, matched, "
                         "user_chosen, size_bytes, databases, verified_ms, verify_state, deleted_ms, purge_ms) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(point.id);
    query.addBindValue(point.instanceId);
    query.addBindValue(Sql::fromTime(point.time));
    query.addBindValue(RetentionRule::tagName(point.tag));
    query.addBindValue(Sql::fromTime(point.expiry));
    query.addBindValue(kindsToText(point.matched));
    query.addBindValue(point.userChosenTag ? 1 : 0);
    query.addBindValue(point.sizeBytes);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(point.databases)).toJson(QJsonDocument::Compact)));
    query.addBindValue(Sql::fromTime(point.verified));
    query.addBindValue(Sql::text(point.verifyState));
    query.addBindValue(Sql::fromTime(point.deleted));
    query.addBindValue(Sql::fromTime(point.purgeAfter));
    if (Result<void> done = Sql::exec(query, tr("record the recovery point")); !done)
        return done.error();
    return query.numRowsAffected();
}

Result<void> PointRepository::remove(const QString &pointId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM points WHERE id = ?"));
    query.addBindValue(pointId);
    return Sql::exec(query, tr("remove the recovery point"));
}

Result<QList<RecoveryPoint>> PointRepository::select(const QString &tail, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, instance_id, time_ms, tag, expiry_ms, matched, user_chosen, size_bytes, "
                                 "databases, verified_ms, verify_state, deleted_ms, purge_ms FROM points ")
        + tail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Result<void> done = Sql::exec(query, tr("read the recovery points")); !done)
        return done.error();
    QList<RecoveryPoint> points;
    while (query.next()) {
        RecoveryPoint point;
        point.id = query.value(0).toString();
        point.instanceId = query.value(1).toString();
        point.time = Sql::toTime(query.value(2));
        point.tag = RetentionRule::kindFromTagName(query.value(3).toString()).value_or(RetentionRule::Kind::Default);
        point.expiry = Sql::toTime(query.value(4));
        point.matched = kindsFromText(query.value(5).toString());
        point.userChosenTag = query.value(6).toInt() != 0;
        point.sizeBytes = query.value(7).toLongLong();
        const QJsonArray databases = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).array();
        for (const QJsonValue db : databases)
            point.databases << db.toString();
        point.verified = Sql::toTime(query.value(9));
        point.verifyState = query.value(10).toString();
        point.deleted = Sql::toTime(query.value(11));
        point.purgeAfter = Sql::toTime(query.value(12));
        points << point;
    }
    return points;
}

Result<std::optional<RecoveryPoint>> PointRepository::find(const QString &pointId) const
{
    Result<QList<RecoveryPoint>> found = select(QStringLiteral("WHERE id = ?"), {pointId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<RecoveryPoint>() : std::optional<RecoveryPoint>(found->first());
}

Result<QList<RecoveryPoint>> PointRepository::listForInstance(const QString &instanceId) const
{
    return select(QStringLiteral("WHERE instance_id = ? AND deleted_ms IS NULL ORDER BY time_ms DESC"), {instanceId});
}

Result<QList<RecoveryPoint>> PointRepository::listAllForInstance(const QString &instanceId) const
{
    return select(QStringLiteral("WHERE instance_id = ? ORDER BY time_ms DESC"), {instanceId});
}

Result<QList<RecoveryPoint>> PointRepository::listDeleted(const QString &instanceId) const
{
    if (instanceId.isEmpty())
        return select(QStringLiteral("WHERE deleted_ms IS NOT NULL ORDER BY time_ms DESC"), {});
    return select(
        QStringLiteral("WHERE instance_id = ? AND deleted_ms IS NOT NULL ORDER BY time_ms DESC"), {instanceId});
}

Result<QList<RecoveryPoint>> PointRepository::expiredAt(const QDateTime &now) const
{
    // The points of an instance whose protection stopped with "retain forever" never expire; their
    // expiry stays as it was, so resuming protection lets them expire as their policy said.
    return select(QStringLiteral("WHERE expiry_ms <= ? AND deleted_ms IS NULL AND instance_id NOT IN "
                                 "(SELECT id FROM instances WHERE protection = 'StoppedRetainForever') "
                                 "ORDER BY time_ms ASC"),
        {now.toMSecsSinceEpoch()});
}

Result<QList<RecoveryPoint>> PointRepository::purgeDueAt(const QDateTime &now) const
{
    return select(QStringLiteral("WHERE deleted_ms IS NOT NULL AND purge_ms <= ? ORDER BY time_ms ASC"),
        {now.toMSecsSinceEpoch()});
}

Result<void> PointRepository::markDeleted(const QString &pointId, const QDateTime &deleted, const QDateTime &purgeAfter)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE points SET deleted_ms = ?, purge_ms = ? WHERE id = ?"));
    query.addBindValue(Sql::fromTime(deleted));
    query.addBindValue(Sql::fromTime(purgeAfter));
    query.addBindValue(pointId);
    return Sql::exec(query, tr("mark the recovery point deleted"));
}

Result<void> PointRepository::markUndeleted(const QString &pointId, const QDateTime &expiry)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE points SET deleted_ms = NULL, purge_ms = NULL, expiry_ms = ? WHERE id = ?"));
    query.addBindValue(Sql::fromTime(expiry));
    query.addBindValue(pointId);
    return Sql::exec(query, tr("undelete the recovery point"));
}

Result<QList<RecoveryPoint>> PointRepository::datedAfter(const QDateTime &after) const
{
    return select(QStringLiteral("WHERE time_ms > ? ORDER BY time_ms ASC"), {after.toMSecsSinceEpoch()});
}

Result<QDateTime> PointRepository::newestTime(const QDateTime &notAfter) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT max(time_ms) FROM points WHERE time_ms <= ?"));
    query.addBindValue(notAfter.toMSecsSinceEpoch());
    if (Result<void> done = Sql::exec(query, tr("read the recovery points")); !done)
        return done.error();
    return query.next() ? Sql::toTime(query.value(0)) : QDateTime();
}

Result<QList<QDateTime>> PointRepository::timesBetween(const QDateTime &after, const QDateTime &notAfter) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT time_ms FROM points WHERE time_ms > ? AND time_ms <= ? ORDER BY time_ms"));
    query.addBindValue(after.toMSecsSinceEpoch());
    query.addBindValue(notAfter.toMSecsSinceEpoch());
    if (Result<void> done = Sql::exec(query, tr("read the recovery points")); !done)
        return done.error();
    QList<QDateTime> times;
    while (query.next())
        times << Sql::toTime(query.value(0));
    return times;
}

Result<void> PointRepository::setVerified(const QString &pointId, const QDateTime &when, const QString &state)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE points SET verified_ms = ?, verify_state = ? WHERE id = ?"));
    query.addBindValue(Sql::fromTime(when));
    query.addBindValue(Sql::text(state));
    query.addBindValue(pointId);
    return Sql::exec(query, tr("record the verification"));
}

} // namespace PgVault
