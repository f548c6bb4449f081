#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace PgVault {

/// What happened to a recovery point after its commit, kept beside its manifest in the vault
/// ("state.json"), so that a catalog rebuilt from the vault keeps a soft-deleted point deleted
/// (and purged on the same day) and an undeleted one with the expiry its undelete gave it. The
/// manifest itself is never rewritten. Written by DeletedPoints, read by CatalogRebuilder. Value
/// type, QtCore only.
struct PointState
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PointState)

public:
    static constexpr int FormatVersion = 1;
    static constexpr auto FileName = "state.json";

    QDateTime deleted; ///< UTC of the soft delete; invalid when the point is live
    QDateTime purgeAfter; ///< UTC from which expiry purges the deleted point
    /// UTC expiry replacing the manifest's (set by an undelete); invalid: the manifest's holds.
    QDateTime expiry;

    bool isDeleted() const { return deleted.isValid(); }

    bool operator==(const PointState &) const = default;

    QByteArray toJson() const;
    /// Strict: an unknown format version, a deleted point without a purge time or a time that
    /// does not parse is an error (Vault.BadPointState).
    static Result<PointState> fromJson(const QByteArray &json);
};

} // namespace PgVault
