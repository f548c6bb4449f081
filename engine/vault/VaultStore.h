#pragma once

#include "models/Result.h"
#include "models/points/PointManifest.h"
#include "models/points/PointState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace PgVault {

/// What vault.json says about a vault: never keys, only what identifies it.
struct VaultInfo
{
    int formatVersion = 1;
    QString id; ///< UUID without braces, fixed at creation
    QString name;
    QDateTime created; ///< UTC

    bool operator==(const VaultInfo &) const = default;
};

/// What listPoints found: the committed points (oldest first) and, for every folder that looks
/// like a point but cannot be trusted (no, unreadable, tampered or mismatching manifest), an Error
/// naming it. A damaged point never hides the good ones.
struct PointListing
{
    QList<PointManifest> points;
    QList<Error> problems;
};

/// One recovery point being written. BackupRunner gets it from VaultStore::beginPoint, creates
/// each data file with createFile, streams into it (usually through a CompressedFileWriter), calls
/// finishFile, and at the end commit(manifest). Until commit succeeds nothing is a recovery point;
/// destroying the writer without commit aborts. createFile/finishFile may be called from several
/// threads (one per parallel dump); each returned device is used by one thread at a time.
class PointWriter
{
public:
    virtual ~PointWriter() = default;

    virtual QString instanceId() const = 0;
    virtual QString pointId() const = 0;

    /// Creates a data file for writing. fileName is a bare name (PointManifest::databaseFileName or
    /// PointManifest::fileName), never "manifest.json". The device stays owned by the writer and
    /// is valid until finishFile, commit or abort.
    virtual Result<QIODevice *> createFile(const QString &fileName) = 0;
    /// Makes the file durable (flush + fsync) and closes it, so hundreds of databases do not hold
    /// hundreds of open files. commit() finishes any file still open.
    virtual Result<void> finishFile(const QString &fileName) = 0;
    /// Checks that the manifest lists exactly the files written, with their stored sizes, then
    /// makes the point durable and visible atomically. After an error the point is not visible;
    /// call abort() (or destroy the writer) to remove the work.
    virtual Result<void> commit(const PointManifest &manifest) = 0;
    /// Removes the work in progress. Safe to call twice or after a failed commit.
    virtual void abort() = 0;
};

/// Where recovery points live: the local folder (LocalVaultStore) or an Azure Blob container
/// (BlobVaultStore), with the same layout (ARCHITECTURE.md, "Vault layout"). Used by
/// BackupRunner, RestoreRunner, verify, expiry and the catalog rebuild. Instance and point ids
/// must be safe names (checkName); file names come from PointManifest. A symbolic link inside a
/// local vault is never followed: deleting, renaming or reading through one fails with
/// Vault.UnexpectedLink naming it (listPoints reports it among its problems).
class VaultStore
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::VaultStore)

public:
    virtual ~VaultStore() = default;

    /// The folder path or container URL, for messages and logs.
    virtual QString location() const = 0;
    virtual VaultInfo info() const = 0;

    /// Proves the vault accepts writes by creating and removing a probe; the error names the
    /// location and what to do. Run it before starting a backup.
    virtual Result<void> checkWritable() const = 0;
    /// Free space for new points in bytes, or an error when it cannot be known.
    virtual Result<qint64> freeBytes() const = 0;

    /// Instance ids that have a folder in the vault (for the catalog rebuild).
    virtual Result<QStringList> listInstances() const = 0;

    /// Starts a new point in "<point-id>.partial". Fails if the point already exists.
    virtual Result<std::unique_ptr<PointWriter>> beginPoint(const QString &instanceId, const QString &pointId) = 0;
    /// Removes leftovers of interrupted runs ("*.partial", "*.deleting") and returns how many.
    /// Call it only while holding the instance's job lease: a running backup's partial is a
    /// leftover to this call.
    virtual Result<int> removeLeftovers(const QString &instanceId) = 0;
    /// Every committed point of the instance; an instance without a folder has none.
    virtual Result<PointListing> listPoints(const QString &instanceId) const = 0;
    /// One committed point's manifest, checked against its folder's ids.
    virtual Result<PointManifest> readManifest(const QString &instanceId, const QString &pointId) const = 0;
    /// Deletes a committed point so that a crash midway never leaves something that looks like a
    /// committed point.
    virtual Result<void> removePoint(const QString &instanceId, const QString &pointId) = 0;
    /// Removes the instance's folder once it holds no committed point (stopping protection with
    /// "delete data"): leftovers and damaged point folders go with it. Vault.InstanceNotEmpty
    /// while a committed point is left. Call it only while holding the instance's job lease.
    virtual Result<void> removeInstance(const QString &instanceId) = 0;
    /// The committed point's state file (PointState: soft-deleted, or an expiry set by an
    /// undelete); nullopt when it has none, which is a live point with its manifest's expiry.
    virtual Result<std::optional<PointState>> readPointState(
        const QString &instanceId, const QString &pointId) const = 0;
    /// Replaces the committed point's state file atomically (it is the old or the new one after a
    /// crash, never half written) and durably.
    virtual Result<void> writePointState(const QString &instanceId, const QString &pointId, const PointState &state)
        = 0;
    /// Opens a committed point's data file for reading (feed it to CompressedFileReader).
    virtual Result<std::unique_ptr<QIODevice>> openForRead(
        const QString &instanceId, const QString &pointId, const QString &fileName) const = 0;

    /// Instance and point ids become folder and blob names: 1–128 of [A-Za-z0-9_.-], starting
    /// with a letter or digit, not ending in a suffix the store uses (".partial", ".deleting",
    /// ".tmp"). `what` names the id in the message ("instance id").
    static Result<void> checkName(const QString &name, const QString &what);
    /// A data file name inside a point: what PointManifest produces, no path, not the manifest.
    static Result<void> checkFileName(const QString &fileName);

    /// "The disk holding the vault is full" with the path and the remedy; code Vault.DiskFull.
    static Error diskFullError(const QString &path);
    /// A failed write, naming the path and the system's reason; code Vault.WriteFailed.
    static Error writeError(const QString &path, const QString &reason);
};

} // namespace PgVault
