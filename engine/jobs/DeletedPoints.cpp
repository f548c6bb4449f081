#include "engine/jobs/DeletedPoints.h"

#include "engine/Logging.h"
#include "engine/vault/VaultRegistry.h"
#include "models/instances/InstanceLeases.h"
#include "models/instances/InstanceRepository.h"
#include "models/points/PointRepository.h"

#include <QUuid>

#include <algorithm>

namespace PgVault {

namespace {

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

DeletedPoints::DeletedPoints(const QSqlDatabase &database, QString owner, StoreOpener opener)
    : m_database(database)
    , m_owner(std::move(owner))
    , m_opener(opener ? std::move(opener) : StoreOpener(&VaultRegistry::open))
{
}

Result<RecoveryPoint> DeletedPoints::softDelete(
    VaultStore &store, const RecoveryPoint &point, const QDateTime &now, int days)
{
    RecoveryPoint deleted = point;
    deleted.deleted = now.toUTC();
    deleted.purgeAfter = deleted.deleted.addDays(days);
    PointState state;
    state.deleted = deleted.deleted;
    state.purgeAfter = deleted.purgeAfter;
    state.expiry = point.expiry;
    // Vault first: it is what a catalog rebuild reads, so a crash in between leaves the point
    // deleted there and the next rebuild (or pass) agrees; the reverse could resurrect it.
    if (Result<void> written = store.writePointState(point.instanceId, point.id, state); !written)
        return written.error();
    if (Result<void> marked = PointRepository(m_database).markDeleted(point.id, deleted.deleted, deleted.purgeAfter);
        !marked)
        return marked.error();
    qCInfo(lcEngineExpiry).noquote()
        << QStringLiteral("moved recovery point %1 to deleted; purged on %2").arg(point.id, utc(deleted.purgeAfter));
    return deleted;
}

QDateTime DeletedPoints::undeletedExpiry(const RecoveryPoint &point, const QDateTime &now)
{
    return std::max(point.expiry, now.toUTC().addDays(UndeleteGraceDays));
}

Result<RecoveryPoint> DeletedPoints::undelete(const QString &pointId, const QDateTime &now)
{
    PointRepository points(m_database);
    const Result<std::optional<RecoveryPoint>> found = points.find(pointId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return Error{QStringLiteral("Point.NotFound"),
            tr("There is no recovery point \"%1\".").arg(pointId),
            tr("List the deleted recovery points and choose one of them."),
            QStringLiteral("point"),
            ErrorKind::BadInput};
    }
    const RecoveryPoint &point = found->value();
    if (!point.isDeleted()) {
        return Error{QStringLiteral("Point.NotDeleted"),
            tr("The recovery point %1 is not deleted.").arg(point.id),
            tr("Only deleted recovery points can be undeleted; this one can be restored as it is."),
            QStringLiteral("point"),
            ErrorKind::BadInput};
    }
    const Result<std::optional<BackupInstance>> instance = InstanceRepository(m_database).findById(point.instanceId);
    if (!instance)
        return instance.error();
    if (!instance->has_value())
        return InstanceRepository::notFound(point.instanceId);
    const Result<Vault> vault = VaultRegistry::registered(m_database, instance->value());
    if (!vault)
        return vault.error();
    Result<std::unique_ptr<VaultStore>> store = m_opener(*vault);
    if (!store)
        return store.error();

    // Under the lease, so an expiry pass never purges the point while it comes back.
    InstanceLeases leases(m_database);
    const QString leaseId = QStringLiteral("undelete-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Result<void> claimed = leases.claim(point.instanceId, leaseId, m_owner, now); !claimed)
        return claimed.error();
    Result<RecoveryPoint> undone = [&]() -> Result<RecoveryPoint> {
        // Read again under the lease: a purge may have taken it meanwhile.
        const Result<std::optional<RecoveryPoint>> current = points.find(pointId);
        if (!current)
            return current.error();
        if (!current->has_value() || !current->value().isDeleted())
            return Error{QStringLiteral("Point.NotDeleted"),
                tr("The recovery point %1 was purged or undeleted meanwhile.").arg(pointId),
                tr("Refresh the list of recovery points."),
                QStringLiteral("point"),
                ErrorKind::BadInput};
        RecoveryPoint live = current->value();
        live.expiry = undeletedExpiry(live, now);
        live.deleted = QDateTime();
        live.purgeAfter = QDateTime();
        PointState state;
        state.expiry = live.expiry;
        if (Result<void> written = store.value()->writePointState(live.instanceId, live.id, state); !written)
            return written.error();
        if (Result<void> marked = points.markUndeleted(live.id, live.expiry); !marked)
            return marked.error();
        return live;
    }();
    if (Result<void> released = leases.release(point.instanceId, leaseId); !released)
        qCWarning(lcEngineExpiry).noquote() << "could not release the lease of" << leaseId << released.error().text();
    if (undone)
        qCInfo(lcEngineExpiry).noquote()
            << QStringLiteral("undeleted recovery point %1; it expires %2").arg(undone->id, utc(undone->expiry));
    return undone;
}

Error DeletedPoints::deletedError(const QString &pointId, const QDateTime &purgeAfter)
{
    return Error{QStringLiteral("Point.Deleted"),
        tr("The recovery point %1 is deleted; it is purged on %2.")
            .arg(pointId, purgeAfter.isValid() ? utc(purgeAfter) : tr("an unknown date")),
        tr("Undelete the recovery point first, then try again."),
        QStringLiteral("point"),
        ErrorKind::BadInput};
}

Result<std::unique_ptr<VaultStore>> DeletedPoints::openLive(
    const QSqlDatabase &database, const BackupInstance &instance, const QString &pointId)
{
    Result<std::unique_ptr<VaultStore>> store = VaultRegistry::openFor(database, instance);
    if (!store)
        return store;
    if (Result<void> live = checkLive(database, *store.value(), instance.id, pointId); !live)
        return live.error();
    return store;
}

Result<void> DeletedPoints::checkLive(const QSqlDatabase &database, const QString &pointId)
{
    const Result<std::optional<RecoveryPoint>> found = PointRepository(database).find(pointId);
    if (!found)
        return found.error();
    if (found->has_value() && found->value().isDeleted())
        return deletedError(pointId, found->value().purgeAfter);
    return {};
}

Result<void> DeletedPoints::checkLive(
    const QSqlDatabase &database, const VaultStore &store, const QString &instanceId, const QString &pointId)
{
    if (Result<void> live = checkLive(database, pointId); !live)
        return live;
    const Result<std::optional<PointState>> state = store.readPointState(instanceId, pointId);
    if (!state)
        return state.error();
    if (state->has_value() && state->value().isDeleted())
        return deletedError(pointId, state->value().purgeAfter);
    return {};
}

} // namespace PgVault
