#pragma once

#include "models/Result.h"
#include "models/points/RecoveryPoint.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace PgVault {

/// The catalog's index of recovery points. Rebuildable from the vault's manifests and point state
/// files. A point is live or soft-deleted (deleted and purge times set): the listings that
/// restore, scheduling and expiry use see live points only; listDeleted() and purgeDueAt() the others.
class PointRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PointRepository)

public:
    explicit PointRepository(const QSqlDatabase &database);

    /// Inserts or replaces (a catalog rebuild writes the same point again).
    Result<void> put(const RecoveryPoint &point);
    Result<void> remove(const QString &pointId);
    Result<std::optional<RecoveryPoint>> find(const QString &pointId) const;
    /// The live points, newest first.
    Result<QList<RecoveryPoint>> listForInstance(const QString &instanceId) const;
    /// Live and deleted points, newest first (the catalog rebuild).
    Result<QList<RecoveryPoint>> listAllForInstance(const QString &instanceId) const;
    /// Soft-deleted points of one instance (or of all, with an empty id), newest first.
    Result<QList<RecoveryPoint>> listDeleted(const QString &instanceId = {}) const;
    /// Live points whose expiry is at or before `now`, oldest first, across instances; never those
    /// of an instance whose protection stopped with its data retained forever.
    Result<QList<RecoveryPoint>> expiredAt(const QDateTime &now) const;
    /// Deleted points whose purge time is at or before `now`, oldest first, across instances.
    Result<QList<RecoveryPoint>> purgeDueAt(const QDateTime &now) const;
    /// Marks the point deleted at `deleted`, to be purged from `purgeAfter`.
    Result<void> markDeleted(const QString &pointId, const QDateTime &deleted, const QDateTime &purgeAfter);
    /// Makes a deleted point live again with the given expiry.
    Result<void> markUndeleted(const QString &pointId, const QDateTime &expiry);
    /// Points dated after `after`, oldest first, across instances: with `after` = now plus
    /// ClockTrust::FutureToleranceMs, the future-dated ones.
    Result<QList<RecoveryPoint>> datedAfter(const QDateTime &after) const;
    /// The latest point time at or before `notAfter`; invalid when there is none (ClockCheck).
    Result<QDateTime> newestTime(const QDateTime &notAfter) const;
    /// The times of the points after `after` and at or before `notAfter`, oldest first (ClockCheck).
    Result<QList<QDateTime>> timesBetween(const QDateTime &after, const QDateTime &notAfter) const;
    /// Inserts the point unless a row with its id exists; returns whether it inserted. For indexing
    /// a point found in the vault, so a richer row its backup wrote meanwhile is never replaced.
    Result<bool> putIfMissing(const RecoveryPoint &point);
    Result<void> setVerified(const QString &pointId, const QDateTime &when, const QString &state);

private:
    /// "INSERT OR REPLACE" or "INSERT OR IGNORE" the row; returns the rows changed.
    Result<int> write(const RecoveryPoint &point, const QString &verb);
    Result<QList<RecoveryPoint>> select(const QString &tail, const QVariantList &values) const;
    QSqlDatabase m_database;
};

} // namespace PgVault
