#pragma once

#include "engine/jobs/JobRun.h"
#include "models/points/RecoveryPoint.h"

#include <QCoreApplication>
#include <QDateTime>

namespace PgVault {

class VaultStore;

/// A Delete job on the job runtime: one recovery point moved to deleted (DeletedPoints::softDelete),
/// or removed for good — vault first (VaultStore::removePoint), then the catalog row — when its
/// vault keeps no deleted points or its soft-delete days are over. Expiry runs one per point
/// (ExpiryRunner, with JobRun::runHere). Records what it did in the job's additional details
/// ("Action") and output.
class DeleteRun : public JobRun
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::DeleteRun)

public:
    enum class Action {
        SoftDelete, ///< moved to deleted, purged `softDeleteDays` after `now`
        Delete, ///< an expired point of a vault without soft delete
        Purge, ///< a deleted point whose soft-delete days are over
    };

    /// `store` is the point's vault and must outlive the run.
    DeleteRun(QString jobId, VaultStore &store, RecoveryPoint point, Action action);

    /// For SoftDelete: when the point counts as deleted and how long its vault keeps it.
    void setSoftDelete(const QDateTime &now, int softDeleteDays);
    /// After a SoftDelete that completed: when the point is purged.
    QDateTime purgeAfter() const { return m_purgeAfter; }

    /// Removes a point for good, vault first and then its catalog row: a point gone from the
    /// catalog but left in the vault would come back with the next catalog rebuild (and be
    /// deleted then); the reverse would leave a row pointing at nothing. A point already gone from
    /// the vault is not an error: returns false then, true when the vault held it. Also used by
    /// "delete backup data" when protection stops (BackupDataDeletion).
    static Result<bool> removeForGood(VaultStore &store, const QSqlDatabase &database, const RecoveryPoint &point);

protected:
    JobOutcome perform(const QSqlDatabase &database, JobRecorder &recorder) override;

private:
    Result<void> softDelete(const QSqlDatabase &database, JobRecorder &recorder);
    Result<void> remove(const QSqlDatabase &database, JobRecorder &recorder);

    VaultStore &m_store;
    RecoveryPoint m_point;
    Action m_action;
    QDateTime m_now;
    int m_softDeleteDays = 0;
    QDateTime m_purgeAfter;
};

} // namespace PgVault
