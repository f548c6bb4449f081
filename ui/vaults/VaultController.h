#pragma once

#include "models/Result.h"
#include "models/vaults/Vault.h"

#include <QObject>

namespace PgVault {

class Catalog;
class VaultTableModel;

/// Between the Vaults page and the catalog and vault folders: lists the vaults with their usage,
/// checks and creates local vaults with the same rules as `pgvaultctl vault create`
/// (VaultRegistry). The only UI class doing vault I/O.
class VaultController : public QObject
{
    Q_OBJECT

public:
    /// The catalog must outlive the controller.
    explicit VaultController(Catalog *catalog, QObject *parent = nullptr);

    VaultTableModel *model() const { return m_model; }

    /// Reloads the table: every registered vault with its usage, and the default vault as "created
    /// on first use" while it does not exist.
    Result<void> refresh();
    /// Why a local vault with this name and folder cannot be created, per field ("name", "path").
    QList<Error> check(const QString &name, const QString &path) const;
    /// Creates and registers the vault (folder, vault.json) and refreshes the table.
    Result<Vault> createLocal(const QString &name, const QString &path);
    /// How many days the vault keeps deleted recovery points (as `pgvaultctl vault set
    /// --soft-delete-days`), then a refresh. Applies to points deleted from then on.
    Result<void> setSoftDeleteDays(const QString &name, int days);
    /// Where a new vault named `name` goes unless the user picks a folder: beside the default vault.
    QString suggestedPath(const QString &name) const;

Q_SIGNALS:
    void vaultsChanged();

private:
    void refreshAfterChange();
    Catalog *m_catalog;
    VaultTableModel *m_model;
};

} // namespace PgVault
