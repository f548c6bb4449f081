#pragma once

#include "engine/vault/VaultStore.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/points/RecoveryPoint.h"
#include "models/vaults/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace PgVault {

/// Soft delete of recovery points, as Azure Backup does it: a deleted point stays in the vault,
/// is never restored or verified, and can be undeleted until its vault's soft-delete days have
/// passed; then expiry purges it. The deletion is recorded twice, in the point's state file in the
/// vault (PointState, so a catalog rebuild keeps it deleted) and in the catalog row. One service
/// for both front ends: ExpiryRunner soft-deletes expired points, `pgvaultctl point undelete` and
/// the recovery points panel undelete, restore and verify ask checkLive().
class DeletedPoints
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::DeletedPoints)

public:
    using StoreOpener = std::function<Result<std::unique_ptr<VaultStore>>(const Vault &vault)>;

    /// An undeleted point whose expiry has passed is kept this long from the undelete, so the next
    /// expiry pass does not delete it again at once.
    static constexpr int UndeleteGraceDays = 1;

    /// `owner` ("host:pid") is recorded on the lease an undelete takes. The opener defaults to
    /// VaultRegistry::open.
    DeletedPoints(const QSqlDatabase &database, QString owner, StoreOpener opener = {});

    /// Marks `point` deleted at `now`, purged `days` later: the vault's state file first, then the
    /// catalog row. The caller holds the instance's lease. Returns the point as now recorded.
    Result<RecoveryPoint> softDelete(VaultStore &store, const RecoveryPoint &point, const QDateTime &now, int days);

    /// Brings a deleted point back, under its instance's lease (Instance.Busy while a job holds
    /// it): live again with the expiry undeletedExpiry() gives, recorded in the vault and the
    /// catalog. Point.NotFound for an unknown id, Point.NotDeleted for a live point.
    Result<RecoveryPoint> undelete(const QString &pointId, const QDateTime &now);

    /// The expiry an undelete gives: the point's own, but at least UndeleteGraceDays from `now`.
    static QDateTime undeletedExpiry(const RecoveryPoint &point, const QDateTime &now);

    /// Point.Deleted unless the point is live both in the catalog and in the vault's state file.
    /// Restore and verify call it before they read the point.
    static Result<void> checkLive(
        const QSqlDatabase &database, const VaultStore &store, const QString &instanceId, const QString &pointId);
    /// The vault of `instance`, opened to read the point `pointId`, after checkLive(): where
    /// restore and verify start, under the instance's lease so expiry cannot move the point to
    /// deleted meanwhile.
    static Result<std::unique_ptr<VaultStore>> openLive(
        const QSqlDatabase &database, const BackupInstance &instance, const QString &pointId);
    /// Point.Deleted unless the catalog row of the point is live (an unknown point passes: the
    /// vault decides that).
    static Result<void> checkLive(const QSqlDatabase &database, const QString &pointId);

    /// "Recovery point X is deleted …": code Point.Deleted, remedy worded for both front ends.
    static Error deletedError(const QString &pointId, const QDateTime &purgeAfter);

private:
    QSqlDatabase m_database;
    QString m_owner;
    StoreOpener m_opener;
};

} // namespace PgVault
