#pragma once

#include "models/Result.h"
#include "models/points/RecoveryPoint.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace PgVault {

/// The catalog's index of recovery points. Rebuildable from the vault's manifests.
class PointRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PointRepository)

public:
    explicit PointRepository(QSqlDatabase database);

    /// Inserts or replaces (a catalog rebuild writes the same point again).
    Result<void> put(const RecoveryPoint &point);
    Result<void> remove(const QString &pointId);
    Result<std::optional<RecoveryPoint>> find(const QString &pointId) const;
    /// Newest first.
    Result<QList<RecoveryPoint>> listForInstance(const QString &instanceId) const;
    /// Points whose expiry is at or before `now`, oldest first, across instances; never those of
    /// an instance whose protection stopped with its data retained forever.
    Result<QList<RecoveryPoint>> expiredAt(const QDateTime &now) const;
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
