#pragma once

#include "models/Result.h"
#include "models/Vault.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace PgVault {

/// Vaults registered in the catalog. The vault folder itself (vault.json, points) belongs to the
/// engine's VaultStore; this is the index that names them.
class VaultRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::VaultRepository)

public:
    explicit VaultRepository(QSqlDatabase database);

    Result<QList<Vault>> list() const;
    Result<std::optional<Vault>> find(const QString &name) const;
    Result<std::optional<Vault>> findById(const QString &id) const;
    /// Refuses a duplicate name (field "name").
    Result<void> create(const Vault &vault);

    static Error notFound(const QString &name);

private:
    Result<QList<Vault>> select(const QString &where, const QVariant &value) const;
    QSqlDatabase m_database;
};

} // namespace PgVault
