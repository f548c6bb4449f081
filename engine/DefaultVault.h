#pragma once

#include "engine/VaultStore.h"
#include "models/Home.h"
#include "models/Result.h"
#include "models/Vault.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace PgVault {

/// Where vaults come from: the vault named "local" under $PGVAULT_HOME/vaults/local, created and
/// registered in the catalog on first use; local vaults the user creates elsewhere; and the
/// VaultStore that opens a registered vault. Used by pgvaultctl (vault create/list, instance add),
/// the Configure Backup wizard and JobRunner/BackupRunner.
class DefaultVault
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::DefaultVault)

public:
    /// The default vault: registered, with its folder and vault.json, both created on first use.
    /// Once registered, a missing folder is an error (its id lived in vault.json), never silently
    /// replaced by an empty vault.
    static Result<Vault> ensure(QSqlDatabase database, const Home &home);

    /// A vault by name; the default name (or an empty one) goes through ensure(). Vault.NotFound
    /// for any other unknown name.
    static Result<Vault> resolve(QSqlDatabase database, const Home &home, const QString &name);

    /// Creates a local vault in `path` (a new or empty folder, or an existing vault not yet
    /// registered) and registers it under `name`. Refuses a bad or duplicate name (field "name")
    /// before touching the disk.
    static Result<Vault> createLocal(QSqlDatabase database, const QString &name, const QString &path);

    /// Opens the store of a registered vault. Its vault.json id must match the catalog's, so a
    /// folder swapped underneath is noticed (Vault.IdMismatch).
    static Result<std::unique_ptr<VaultStore>> open(const Vault &vault);

    /// 1–64 letters, digits, hyphens and underscores; the problem, translated, or empty.
    static QString nameProblem(const QString &name);
};

} // namespace PgVault
