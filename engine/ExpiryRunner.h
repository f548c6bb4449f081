#pragma once

#include "engine/VaultStore.h"
#include "models/BackupInstance.h"
#include "models/Clock.h"
#include "models/RecoveryPoint.h"
#include "models/Result.h"
#include "models/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace PgVault {

/// What expiry did (or, in a dry run, would do) with one expired recovery point.
struct ExpiryItem
{
    enum class Outcome {
        Deleted, ///< removed from the vault and the catalog by a Delete job
        WouldDelete, ///< dry run: would be deleted
        KeptNewest, ///< expired, but the newest point of its instance is never deleted by expiry
        Skipped, ///< not tried: the instance is busy or its vault cannot be opened (see error)
        Failed, ///< its Delete job failed (see error and the job)
    };

    RecoveryPoint point;
    QString instanceName;
    Outcome outcome = Outcome::WouldDelete;
    QString jobId; ///< the Delete job, for Deleted and Failed
    std::optional<Error> error;

    /// "deleted", "would delete", "kept (newest)", … for the CLI and the log.
    static QString outcomeName(Outcome outcome);
};

/// Everything one expiry pass looked at, oldest point first.
struct ExpiryReport
{
    QList<ExpiryItem> items;

    int count(ExpiryItem::Outcome outcome) const;
    /// Whether any point was skipped or failed: the pass did not finish its work.
    bool hasProblems() const { return count(ExpiryItem::Outcome::Skipped) + count(ExpiryItem::Outcome::Failed) > 0; }
};

/// Deletes expired recovery points: one Delete job per point, under the instance's lease so a
/// delete never races a backup (an instance busy with another job is skipped and retried on the
/// next pass), vault first (VaultStore::removePoint) and then the catalog row. The newest point of
/// an instance is never deleted by expiry, so an instance whose backups stopped keeps its last
/// good one. Used by the agent (scheduled, userTriggered false) and `pgvaultctl prune`.
class ExpiryRunner
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ExpiryRunner)

public:
    using StoreOpener = std::function<Result<std::unique_ptr<VaultStore>>(const Vault &vault)>;

    /// `owner` is recorded on jobs and leases ("host:pid"). The opener defaults to DefaultVault::open.
    ExpiryRunner(QSqlDatabase database, QString owner, StoreOpener opener = {});

    /// Job and lease times come from the clock (default: the system clock, UTC); which points are
    /// expired is decided by the `now` passed to run().
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Handles every point whose expiry is at or before `now`, of one instance (by name) or of
    /// all (empty name). A dry run changes nothing: no job, no lease, no deletion. `userTriggered`
    /// marks the Delete jobs of `pgvaultctl prune` apart from the agent's. Fails only when the
    /// catalog cannot be read or the instance name is unknown; per-point problems are items.
    Result<ExpiryReport> run(const QDateTime &now, const QString &instanceName, bool dryRun, bool userTriggered);

    /// "host:pid" of this process, for job owners and leases.
    static QString processOwner();

private:
    ExpiryItem deletePoint(
        VaultStore &store, const BackupInstance &instance, const ExpiryItem &planned, bool userTriggered);

    QSqlDatabase m_database;
    QString m_owner;
    StoreOpener m_opener;
    Clock m_clock;
};

} // namespace PgVault
