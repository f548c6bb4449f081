#pragma once

#include "engine/vault/VaultStore.h"
#include "models/Home.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/vaults/Vault.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace PgVault {

/// Where vaults come from: the vault named "local" under $PGVAULT_HOME/vaults/local, created and
/// registered in the catalog on first use; local vaults the user creates elsewhere; and the
/// VaultStore that opens a registered vault. Used by pgvaultctl (vault create/list, instance add),
/// the Configure Backup wizard and JobRunner/BackupRunner.
class VaultRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::VaultRegistry)

public:
    /// The default vault: registered, with its folder and vault.json, both created on first use.
    /// Once registered, a missing folder is an error (its id lived in vault.json), never silently
    /// replaced by an empty vault.
    static Result<Vault> ensure(const QSqlDatabase &database, const Home &home);

    /// A vault by name; the default name (or an empty one) goes through ensure(). Vault.NotFound
    /// for any other unknown name.
    static Result<Vault> resolve(const QSqlDatabase &database, const Home &home, const QString &name);

    /// The default vault as ensure() will create it (name, kind, location; no id yet): what the
    /// Configure Backup wizard and the Vaults page show before first use.
    static Vault planned(const Home &home);

    /// Creates a local vault in `path` (a new or empty folder, or an existing vault not yet
    /// registered) and registers it under `name`, keeping soft-deleted points `softDeleteDays`.
    /// Refuses what checkLocal finds, and days out of range, before touching the disk.
    static Result<Vault> createLocal(const QSqlDatabase &database,
        const QString &name,
        const QString &path,
        int softDeleteDays = Vault::DefaultSoftDeleteDays);

    /// Why createLocal(name, path) would be refused, without writing anything: every problem, each
    /// addressed to the field "name" (empty, invalid, taken) or "path" (missing, a file, not
    /// writable, a non-empty folder that is not a vault, a vault already registered). Empty when
    /// the vault can be created. `pgvaultctl vault create` and the Create vault dialog share it.
    static QList<Error> checkLocal(const QSqlDatabase &database, const QString &name, const QString &path);

    /// Opens the store of a registered vault. Its vault.json id must match the catalog's, so a
    /// folder swapped underneath is noticed (Vault.IdMismatch).
    static Result<std::unique_ptr<VaultStore>> open(const Vault &vault);

    /// The vault resolver every job uses: the registered vault of `instance`, or Vault.NotFound.
    static Result<Vault> registered(const QSqlDatabase &database, const BackupInstance &instance);
    /// registered(), then open().
    static Result<std::unique_ptr<VaultStore>> openFor(const QSqlDatabase &database, const BackupInstance &instance);

    /// 1–64 letters, digits, hyphens and underscores; the problem, translated, or empty.
    static QString nameProblem(const QString &name);

private:
    static std::optional<Error> folderProblem(const QSqlDatabase &database, const QString &path);
};

} // namespace PgVault
