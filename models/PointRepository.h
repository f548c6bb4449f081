#pragma once

#include "models/RecoveryPoint.h"
#include "models/Result.h"

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
    /// Points whose expiry is at or before `now`, oldest first, across instances.
    Result<QList<RecoveryPoint>> expiredAt(const QDateTime &now) const;
    Result<void> setVerified(const QString &pointId, const QDateTime &when, const QString &state);

private:
    Result<QList<RecoveryPoint>> select(const QString &tail, const QVariantList &values) const;
    QSqlDatabase m_database;
};

} // namespace PgVault
