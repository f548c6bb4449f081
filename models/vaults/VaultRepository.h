#pragma once

#include "models/Result.h"
#include "models/vaults/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace PgVault {

/// What the catalog knows is stored in one vault: the backup instances using it and their
/// recovery points with their stored size.
struct VaultUsage
{
    int instances = 0;
    int points = 0; ///< live points, restorable
    int deletedPoints = 0; ///< soft-deleted points waiting for their purge
    qint64 sizeBytes = 0; ///< stored (compressed) bytes of the points, deleted ones included

    bool operator==(const VaultUsage &) const = default;
};

/// Vaults registered in the catalog. The vault folder itself (vault.json, points) belongs to the
/// engine's VaultStore; this is the index that names them.
class VaultRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::VaultRepository)

public:
    explicit VaultRepository(const QSqlDatabase &database);

    Result<QList<Vault>> list() const;
    Result<std::optional<Vault>> find(const QString &name) const;
    Result<std::optional<Vault>> findById(const QString &id) const;
    /// Usage of every registered vault by vault id, counted in one SQL aggregate over the
    /// instances and points tables (never by walking the vault).
    Result<QHash<QString, VaultUsage>> usage() const;
    /// Refuses a duplicate name (field "name") and soft-delete days out of range.
    Result<void> create(const Vault &vault);
    /// Sets how many days the vault keeps soft-deleted points (checkSoftDeleteDays).
    Result<void> setSoftDeleteDays(const QString &name, int days);

    static Error notFound(const QString &name);
    /// Vault.SoftDeleteDaysOutOfRange (field "softDeleteDays") unless 0 ≤ days ≤ Vault::MaxSoftDeleteDays.
    static Result<void> checkSoftDeleteDays(int days);

private:
    Result<QList<Vault>> select(const QString &where, const QVariant &value) const;
    QSqlDatabase m_database;
};

} // namespace PgVault
