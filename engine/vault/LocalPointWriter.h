#pragma once

#include "engine/vault/PrivateTree.h"
#include "engine/vault/VaultStore.h"

#include <QFile>
#include <QMap>
#include <QMutex>
#include <QString>

#include <map>
#include <memory>

namespace PgVault {

/// The recovery point LocalVaultStore::beginPoint hands out, written in "<points>/<id>.partial"
/// and published by fsync + rename on commit; see PointWriter for the contract. Files are created
/// 0600 and the work removed on abort through the vault's PrivateTree, never through a link.
class LocalPointWriter final : public PointWriter
{
public:
    /// The suffix of a point's folder while it is being written; LocalVaultStore treats such
    /// folders as leftovers.
    static constexpr auto PartialSuffix = ".partial";

    /// `tree` is the vault's; pointsDir is "<vault>/instances/<instance-id>/points".
    LocalPointWriter(PrivateTree tree, QString instanceId, QString pointId, QString pointsDir);
    ~LocalPointWriter() override;

    QString instanceId() const override { return m_instanceId; }
    QString pointId() const override { return m_pointId; }

    Result<QIODevice *> createFile(const QString &fileName) override;
    Result<void> finishFile(const QString &fileName) override;
    Result<void> commit(const PointManifest &manifest) override;
    void abort() override;

private:
    enum class State { Open, Committed, Aborted };

    Result<void> checkOpen() const;
    Result<void> finishLocked(const QString &fileName);
    Result<void> checkFilesMatch(const PointManifest &manifest) const;
    static Error pointExistsError(const QString &path);

    const PrivateTree m_tree;
    const QString m_instanceId;
    const QString m_pointId;
    const QString m_pointsDir;
    const QString m_partialDir;
    const QString m_finalDir;
    QMutex m_mutex;
    std::map<QString, std::unique_ptr<QFile>> m_openFiles;
    QMap<QString, qint64> m_finishedFiles; ///< name → size on disk
    State m_state = State::Open;
};

} // namespace PgVault
