#pragma once

#include "engine/jobs/ClockCheck.h"
#include "engine/vault/VaultStore.h"
#include "models/Clock.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/points/RecoveryPoint.h"
#include "models/vaults/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace PgVault {

/// What expiry did (or, in a dry run, would do) with one expired recovery point, or with one
/// deleted point whose soft-delete days are over.
struct ExpiryItem
{
    enum class Outcome {
        Deleted, ///< removed from the vault and the catalog by a Delete job (a vault without soft delete)
        WouldDelete, ///< dry run: would be deleted
        SoftDeleted, ///< moved to deleted by a Delete job; purged on purgeAfter unless undeleted
        WouldSoftDelete, ///< dry run: would be moved to deleted
        Purged, ///< a deleted point whose soft-delete days are over, removed for good by a Delete job
        WouldPurge, ///< dry run: would be purged
        KeptNewest, ///< expired, but the newest point of its instance is never deleted by expiry
        KeptMinimum, ///< expired, but one of the ExpiryRunner::MinimumPointsKept newest of its instance
        Refused, ///< not deleted: the clock is not trusted (see error and ClockCheck)
        Skipped, ///< not tried: the instance is busy or its vault cannot be opened (see error)
        Failed, ///< its Delete job failed (see error and the job)
    };

    RecoveryPoint point;
    QString instanceName;
    Outcome outcome = Outcome::WouldDelete;
    QString jobId; ///< the Delete job, for Deleted, SoftDeleted, Purged, Failed and Refused
    std::optional<Error> error;
    /// When a point moved to deleted (or that would be) is purged; invalid for the other outcomes.
    QDateTime purgeAfter;

    /// "deleted", "would delete", "kept (newest)", … for the CLI and the log.
    static QString outcomeName(Outcome outcome);
};

/// Everything one expiry pass looked at, oldest point first.
struct ExpiryReport
{
    QList<ExpiryItem> items;

    int count(ExpiryItem::Outcome outcome) const;
    /// Whether any point was refused, skipped or failed: the pass did not finish its work.
    bool hasProblems() const
    {
        return count(ExpiryItem::Outcome::Refused) + count(ExpiryItem::Outcome::Skipped)
            + count(ExpiryItem::Outcome::Failed)
            > 0;
    }
};

/// Deletes expired recovery points: one Delete job per point, under the instance's lease so a
/// delete never races a backup (an instance busy with another job is skipped and retried on the
/// next pass). In a vault with soft delete (Vault::softDeleteDays > 0) an expired point is moved
/// to deleted (DeletedPoints) and purged by a later pass once those days are over; in one without,
/// and when purging, it is removed, vault first (VaultStore::removePoint) and then the catalog row. The
/// MinimumPointsKept newest points of an instance are never deleted by expiry, so an instance
/// whose backups stopped keeps its last good ones; points dated in the future (by a clock that was
/// ahead) do not count among them, nor do deleted points. Nothing is deleted, moved to deleted or
/// purged while ClockCheck does not trust the clock.
/// Points in the vault without a catalog row are indexed first. Used by the agent (scheduled,
/// userTriggered false) and `pgvaultctl prune`.
class ExpiryRunner
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ExpiryRunner)

public:
    using StoreOpener = std::function<Result<std::unique_ptr<VaultStore>>(const Vault &vault)>;

    /// Expiry never deletes the newest this many points of an instance, whatever their expiry.
    static constexpr int MinimumPointsKept = 3;

    /// `owner` is recorded on jobs and leases ("host:pid"). The opener defaults to VaultRegistry::open.
    ExpiryRunner(const QSqlDatabase &database, QString owner, StoreOpener opener = {});

    /// Job and lease times come from the clock (default: the system clock, UTC); which points are
    /// expired is decided by the `now` passed to run().
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// The verdict on `now` of a clock check the caller made before it dated anything by the clock
    /// (the agent, at the start of its pass); without one, run() checks the clock itself.
    void setClockVerdict(const ClockVerdict &verdict) { m_clockVerdict = verdict; }
    /// Whether run() first indexes the points in the vault that have no catalog row (default true;
    /// the agent does it at most hourly, since it lists every point of every vault).
    void setIndexUncatalogued(bool index) { m_indexUncatalogued = index; }

    /// Handles every live point whose expiry is at or before `now`, and every deleted point whose
    /// purge time is, of one instance (by name) or of all (empty name). First indexes the instances' points that are in
    /// the vault but not in the catalog (CatalogRebuilder::indexUncatalogued), so they are counted and expire like the
    /// rest. When the clock is not trusted, the points it would delete are Refused and one failed Delete job per
    /// instance and doubt says why. A dry run changes nothing: no indexing, no job, no lease, no deletion.
    /// `userTriggered` marks the Delete jobs of `pgvaultctl prune` apart from the agent's. Fails only when the catalog
    /// cannot be read or the instance name is unknown; per-point problems are items.
    Result<ExpiryReport> run(const QDateTime &now, const QString &instanceName, bool dryRun, bool userTriggered);

    /// "host:pid" of this process, for job owners and leases.
    static QString processOwner();

private:
    /// Opens the vault of an instance, once per vault and run.
    Result<VaultStore *> storeFor(const BackupInstance &instance);
    void indexUncatalogued(const QString &onlyInstanceId);
    /// Carries out a planned WouldDelete, WouldSoftDelete or WouldPurge by a Delete job; a point
    /// moved to deleted is dated `now` (the run's).
    ExpiryItem deletePoint(VaultStore &store,
        const BackupInstance &instance,
        const ExpiryItem &planned,
        int softDeleteDays,
        const QDateTime &now,
        bool userTriggered);
    /// The failed Delete job that says why the instance's expired points were kept: the one
    /// already recorded in this doubt of the clock, else a new one. Empty when it cannot be recorded.
    QString recordRefusal(const BackupInstance &instance,
        const QList<ExpiryItem> &refused,
        const ClockVerdict &verdict,
        bool userTriggered);

    QSqlDatabase m_database;
    QString m_owner;
    StoreOpener m_opener;
    Clock m_clock;
    std::optional<ClockVerdict> m_clockVerdict;
    bool m_indexUncatalogued = true;
    std::map<QString, std::unique_ptr<VaultStore>> m_stores; ///< by vault id, for one run
    QHash<QString, int> m_softDeleteDays; ///< by vault id, for one run
};

} // namespace PgVault
