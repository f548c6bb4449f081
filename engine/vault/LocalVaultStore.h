#pragma once

#include "engine/vault/PrivateTree.h"
#include "engine/vault/VaultStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace PgVault {

/// A vault in a local (or mounted) folder, laid out as ARCHITECTURE.md describes. Durability
/// comes from fsync + rename: data files and manifest.json are fsynced inside
/// "<point-id>.partial", which is then renamed to "<point-id>" and its parent fsynced, so a crash
/// at any moment leaves either a complete point or a leftover that removeLeftovers cleans.
/// Everything below the vault's folder goes through PrivateTree: a symbolic link planted in the
/// vault is reported (Vault.UnexpectedLink), never followed, and what the vault creates is
/// private (folders 0700, files 0600). Stateless beyond its path: several instances (threads,
/// processes) may share a vault.
class LocalVaultStore final : public VaultStore
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::LocalVaultStore)

public:
    static constexpr auto VaultFileName = "vault.json";
    static constexpr int FormatVersion = 1;

    /// Opens the vault at path, or creates it (folder and vault.json) when the folder is missing
    /// or empty; name is used only when creating. A non-empty folder without vault.json is
    /// refused so PgVault never scatters points among someone else's files.
    static Result<std::unique_ptr<LocalVaultStore>> openOrCreate(const QString &path, const QString &name);
    /// Opens an existing vault only.
    static Result<std::unique_ptr<LocalVaultStore>> open(const QString &path);

    QString location() const override { return m_path; }
    VaultInfo info() const override { return m_info; }
    Result<void> checkWritable() const override;
    Result<qint64> freeBytes() const override;
    Result<QStringList> listInstances() const override;
    Result<std::unique_ptr<PointWriter>> beginPoint(const QString &instanceId, const QString &pointId) override;
    Result<int> removeLeftovers(const QString &instanceId) override;
    Result<PointListing> listPoints(const QString &instanceId) const override;
    Result<PointManifest> readManifest(const QString &instanceId, const QString &pointId) const override;
    Result<void> removePoint(const QString &instanceId, const QString &pointId) override;
    Result<void> removeInstance(const QString &instanceId) override;
    Result<std::optional<PointState>> readPointState(const QString &instanceId, const QString &pointId) const override;
    Result<void> writePointState(const QString &instanceId, const QString &pointId, const PointState &state) override;
    Result<std::unique_ptr<QIODevice>> openForRead(
        const QString &instanceId, const QString &pointId, const QString &fileName) const override;

    /// "<vault>/instances/<instance-id>/points".
    QString pointsPath(const QString &instanceId) const;
    /// "<vault>/instances/<instance-id>/points/<point-id>" (committed location).
    QString pointPath(const QString &instanceId, const QString &pointId) const;

private:
    LocalVaultStore(QString path, VaultInfo info);
    static Result<VaultInfo> readVaultFile(const QString &path);
    /// The committed point's folder, checked: Vault.NoSuchPoint when missing, Vault.UnexpectedLink
    /// when it is a link.
    Result<QString> existingPoint(const QString &instanceId, const QString &pointId) const;

    QString m_path;
    VaultInfo m_info;
    PrivateTree m_tree;
};

} // namespace PgVault
