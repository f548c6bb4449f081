#pragma once

#include "engine/jobs/ExpiryRunner.h"
#include "models/Result.h"
#include "models/policies/RetentionEvaluator.h"

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace PgVault {

/// What a catalog rebuild found and changed.
struct RebuildReport
{
    int vaults = 0; ///< vaults read
    int instances = 0; ///< catalog instances whose vault was read
    int pointsInVaults = 0; ///< trustworthy manifests found
    int added = 0; ///< catalog rows created from manifests
    int updated = 0; ///< rows whose time, tag, expiry, size or databases differed from the manifest
    int unchanged = 0;
    int removed = 0; ///< rows whose point has no manifest any more
    int kept = 0; ///< rows kept although their manifest or state file cannot be read (see problems)
    /// Vaults that cannot be opened, unreadable or tampered manifests, points of instances the
    /// catalog does not know: reported, never acted on.
    QList<Error> problems;
};

/// Re-creates the catalog's recovery points from the vaults' manifests (`pgvaultctl catalog
/// rebuild`): the vault is the truth, the catalog its index. For every registered vault and every
/// catalog instance stored in it, each manifest becomes a point row (tag and expiry from the
/// manifest, or from the point's state file when it has one: a soft-deleted point stays deleted
/// with its purge date, an undeleted one keeps the expiry its undelete gave it; what only the
/// catalog knows — matched rules, the user's chosen tag, verification — is kept); a row whose
/// point folder has no manifest any more is removed. Nothing is lost to a
/// problem: a vault that cannot be opened or a manifest that cannot be trusted leaves the
/// catalog's rows as they are and is reported. indexUncatalogued() is the small repair that
/// BackupRunner and ExpiryRunner make on every run, so no manual rebuild is needed after a backup
/// was killed between its manifest commit and its catalog row.
class CatalogRebuilder
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::CatalogRebuilder)

public:
    explicit CatalogRebuilder(const QSqlDatabase &database, ExpiryRunner::StoreOpener opener = {});

    /// Fails only when the catalog itself cannot be read or written.
    Result<RebuildReport> rebuild();

    /// Adds a catalog row for every committed point of `instance` in `store` that has none, with
    /// the tag and expiry of its manifest, and returns their ids. Existing rows are left alone, and
    /// so are manifests that cannot be trusted (the store reports them; `catalog rebuild` lists them).
    Result<QStringList> indexUncatalogued(const VaultStore &store, const BackupInstance &instance);

private:
    /// The row for a manifest: tag, expiry, size and databases from it, expiry and deletion from
    /// the point's state file when there is one, the rest from `existing` (an empty point for a
    /// new row). Nothing when the manifest's tag is unknown.
    static std::optional<RecoveryPoint> rowFor(const PointManifest &manifest,
        const std::optional<PointState> &state,
        const BackupInstance &instance,
        const RecoveryPoint &existing,
        const RetentionEvaluator &evaluator);

    QSqlDatabase m_database;
    ExpiryRunner::StoreOpener m_opener;
};

} // namespace PgVault
