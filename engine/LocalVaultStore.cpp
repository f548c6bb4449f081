#include "engine/LocalVaultStore.h"

#include "engine/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace PgVault {

namespace {

constexpr auto PartialSuffix = ".partial";
constexpr auto DeletingSuffix = ".deleting";
constexpr auto TempSuffix = ".tmp";

QString suffix(const char *text)
{
    return QString::fromLatin1(text);
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

Error notWritableError(const QString &path, const QString &reason)
{
    return {QStringLiteral("Vault.NotWritable"),
        LocalVaultStore::tr("The vault folder %1 is not writable: %2.").arg(path, reason),
        LocalVaultStore::tr("Give the user running PgVault write access to it (or mount it read-write), or "
                            "choose another vault folder."),
        QStringLiteral("vault")};
}

/// Maps a failed system call to the error the user can act on.
Error errnoError(int error, const QString &path)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return VaultStore::diskFullError(path);
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOTDIR:
    case ENOENT:
        return notWritableError(path, reason);
    default:
        return VaultStore::writeError(path, reason);
    }
}

Error readError(const QString &path, const QString &reason)
{
    return {QStringLiteral("Vault.ReadFailed"),
        LocalVaultStore::tr("Reading %1 failed: %2.").arg(path, reason),
        LocalVaultStore::tr("Check that the vault's disk or share is available and readable, then try again."),
        QString()};
}

/// mkdir -p that keeps the reason when it fails (QDir::mkpath only says false).
Result<void> makePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath() && !QFileInfo(parent).isDir()) {
        if (const Result<void> made = makePath(parent); !made)
            return made;
    }
    if (::mkdir(nativePath(path).constData(), 0777) != 0 && errno != EEXIST)
        return errnoError(errno, path);
    if (!QFileInfo(path).isDir())
        return errnoError(ENOTDIR, path);
    return {};
}

/// fsync a file or a folder by path; a folder's fsync makes renames and new entries in it durable.
Result<void> syncPath(const QString &path, bool directory)
{
    const int fd = ::open(nativePath(path).constData(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return errnoError(errno, path);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return errnoError(error, path);
    return {};
}

Result<void> syncFile(QFile &file)
{
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        if (file.error() == QFileDevice::ResourceError)
            return VaultStore::diskFullError(file.fileName());
        return errnoError(errno, file.fileName());
    }
    return {};
}

/// Writes a small file so that it is either absent, the old one, or complete: temp file, fsync,
/// rename over the target. The caller fsyncs the folder.
Result<void> writeFileDurably(const QString &path, const QByteArray &content)
{
    const QString temp = path + suffix(TempSuffix);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return errnoError(errno, temp);
    if (file.write(content) != content.size()) {
        const Error error = file.error() == QFileDevice::ResourceError
            ? VaultStore::diskFullError(temp)
            : VaultStore::writeError(temp, file.errorString());
        file.remove();
        return error;
    }
    if (const Result<void> synced = syncFile(file); !synced) {
        file.remove();
        return synced;
    }
    file.close();
    if (::rename(nativePath(temp).constData(), nativePath(path).constData()) != 0) {
        const Error error = errnoError(errno, path);
        QFile::remove(temp);
        return error;
    }
    return {};
}

/// The point being written in "<points>/<id>.partial"; see PointWriter.
class LocalPointWriter final : public PointWriter
{
public:
    LocalPointWriter(QString instanceId, QString pointId, QString pointsDir)
        : m_instanceId(std::move(instanceId))
        , m_pointId(std::move(pointId))
        , m_pointsDir(std::move(pointsDir))
        , m_partialDir(QDir(m_pointsDir).filePath(m_pointId + suffix(PartialSuffix)))
        , m_finalDir(QDir(m_pointsDir).filePath(m_pointId))
    {
    }

    ~LocalPointWriter() override
    {
        if (m_state == State::Open)
            abort();
    }

    QString instanceId() const override { return m_instanceId; }
    QString pointId() const override { return m_pointId; }

    Result<QIODevice *> createFile(const QString &fileName) override
    {
        if (const Result<void> valid = VaultStore::checkFileName(fileName); !valid)
            return valid.error();
        QMutexLocker locker(&m_mutex);
        if (const Result<void> open = checkOpen(); !open)
            return open.error();
        if (m_openFiles.count(fileName) || m_finishedFiles.contains(fileName)) {
            return Error{QStringLiteral("Vault.FileExists"),
                LocalVaultStore::tr("%1 was already written in this recovery point.").arg(fileName),
                LocalVaultStore::tr("This is a bug in PgVault; please report it."),
                QString()};
        }
        auto file = std::make_unique<QFile>(QDir(m_partialDir).filePath(fileName));
        // Unbuffered: CompressedFileWriter already writes in large blocks, and a full disk then
        // fails the write that caused it rather than a later flush.
        if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
            return errnoError(errno, file->fileName());
        QIODevice *device = file.get();
        m_openFiles.emplace(fileName, std::move(file));
        return device;
    }

    Result<void> finishFile(const QString &fileName) override
    {
        QMutexLocker locker(&m_mutex);
        return finishLocked(fileName);
    }

    Result<void> commit(const PointManifest &manifest) override
    {
        QMutexLocker locker(&m_mutex);
        if (const Result<void> open = checkOpen(); !open)
            return open;
        if (manifest.pointId() != m_pointId || manifest.instanceId() != m_instanceId) {
            return Error{QStringLiteral("Vault.ManifestMismatch"),
                LocalVaultStore::tr("The manifest is for point %1 of instance %2, not %3 of %4.")
                    .arg(manifest.pointId(), manifest.instanceId(), m_pointId, m_instanceId),
                LocalVaultStore::tr("This is a bug in PgVault; please report it."),
                QString()};
        }
        if (const QList<Error> errors = manifest.validate(); !errors.isEmpty())
            return errors.first();
        while (!m_openFiles.empty()) {
            if (const Result<void> finished = finishLocked(m_openFiles.begin()->first); !finished)
                return finished;
        }
        if (const Result<void> matching = checkFilesMatch(manifest); !matching)
            return matching;

        // The order is the commit protocol: everything inside the folder is durable before the
        // rename publishes it, and the rename is durable before success is reported.
        const QString manifestPath = QDir(m_partialDir).filePath(QString::fromLatin1(PointManifest::FileName));
        if (const Result<void> written = writeFileDurably(manifestPath, manifest.toJson()); !written)
            return written;
        if (const Result<void> synced = syncPath(m_partialDir, true); !synced)
            return synced;
        if (QFileInfo::exists(m_finalDir))
            return pointExistsError(m_finalDir);
        if (::rename(nativePath(m_partialDir).constData(), nativePath(m_finalDir).constData()) != 0)
            return errno == EEXIST || errno == ENOTEMPTY ? pointExistsError(m_finalDir) : errnoError(errno, m_finalDir);
        // From here the point is complete and visible; never delete it on a later failure.
        m_state = State::Committed;
        qCInfo(lcEngineVault).noquote() << "committed recovery point" << m_finalDir;
        return syncPath(m_pointsDir, true);
    }

    void abort() override
    {
        QMutexLocker locker(&m_mutex);
        if (m_state != State::Open)
            return;
        m_openFiles.clear();
        m_state = State::Aborted;
        if (!QDir(m_partialDir).removeRecursively())
            qCWarning(lcEngineVault).noquote() << "could not remove" << m_partialDir << "; the next run removes it";
        else
            qCInfo(lcEngineVault).noquote() << "aborted recovery point" << m_partialDir;
    }

private:
    enum class State { Open, Committed, Aborted };

    Result<void> checkOpen() const
    {
        if (m_state == State::Open)
            return {};
        return Error{QStringLiteral("Vault.PointClosed"),
            LocalVaultStore::tr("Recovery point %1 was already committed or aborted.").arg(m_pointId),
            LocalVaultStore::tr("This is a bug in PgVault; please report it."),
            QString()};
    }

    Result<void> finishLocked(const QString &fileName)
    {
        const auto it = m_openFiles.find(fileName);
        if (it == m_openFiles.end()) {
            if (m_finishedFiles.contains(fileName))
                return {};
            return Error{QStringLiteral("Vault.NoSuchFile"),
                LocalVaultStore::tr("%1 was never created in this recovery point.").arg(fileName),
                LocalVaultStore::tr("This is a bug in PgVault; please report it."),
                QString()};
        }
        QFile &file = *it->second;
        const Result<void> synced = syncFile(file);
        const qint64 size = file.size();
        file.close();
        m_openFiles.erase(it);
        if (!synced)
            return synced;
        m_finishedFiles.insert(fileName, size);
        return {};
    }

    Result<void> checkFilesMatch(const PointManifest &manifest) const
    {
        QMap<QString, qint64> listed;
        for (const PointFile &file : manifest.files())
            listed.insert(file.name, file.storedSize);
        if (listed == m_finishedFiles)
            return {};
        return Error{QStringLiteral("Vault.ManifestMismatch"),
            LocalVaultStore::tr("The manifest of %1 does not list exactly the files written (%2).")
                .arg(m_pointId, QStringList(m_finishedFiles.keys()).join(QStringLiteral(", "))),
            LocalVaultStore::tr("This is a bug in PgVault; please report it."),
            QString()};
    }

    static Error pointExistsError(const QString &path)
    {
        return {QStringLiteral("Vault.PointExists"),
            LocalVaultStore::tr("The recovery point %1 already exists.").arg(path),
            LocalVaultStore::tr("Each backup needs a new point id; run the backup again."),
            QString()};
    }

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

bool isWorkFolder(const QString &name)
{
    return name.endsWith(suffix(PartialSuffix)) || name.endsWith(suffix(DeletingSuffix));
}

} // namespace

LocalVaultStore::LocalVaultStore(QString path, VaultInfo info)
    : m_path(std::move(path))
    , m_info(std::move(info))
{
}

Result<std::unique_ptr<LocalVaultStore>> LocalVaultStore::openOrCreate(const QString &path, const QString &name)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo folder(absolute);
    if (QFileInfo::exists(QDir(absolute).filePath(QString::fromLatin1(VaultFileName))))
        return open(absolute);
    if (folder.exists() && !folder.isDir())
        return notWritableError(absolute, tr("it is a file, not a folder"));
    if (folder.isDir() && !QDir(absolute).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return Error{QStringLiteral("Vault.NotAVault"),
            tr("The folder %1 is not empty and is not a PgVault vault (it has no %2).")
                .arg(absolute, QString::fromLatin1(VaultFileName)),
            tr("Choose an empty folder, a new folder, or an existing vault."),
            QStringLiteral("vault")};
    }
    if (const Result<void> made = makePath(absolute); !made)
        return made.error();

    VaultInfo info;
    info.formatVersion = FormatVersion;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.name = name.isEmpty() ? folder.fileName() : name;
    info.created = QDateTime::currentDateTimeUtc();
    const QJsonObject object{{QStringLiteral("formatVersion"), info.formatVersion},
        {QStringLiteral("id"), info.id},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("created"), info.created.toString(Qt::ISODateWithMs)}};
    const QString vaultFile = QDir(absolute).filePath(QString::fromLatin1(VaultFileName));
    if (const Result<void> written = writeFileDurably(vaultFile, QJsonDocument(object).toJson()); !written)
        return written.error();
    if (const Result<void> synced = syncPath(absolute, true); !synced)
        return synced.error();
    qCInfo(lcEngineVault).noquote() << "created vault" << info.id << "at" << absolute;
    return std::unique_ptr<LocalVaultStore>(new LocalVaultStore(absolute, info));
}

Result<std::unique_ptr<LocalVaultStore>> LocalVaultStore::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<VaultInfo> info = readVaultFile(QDir(absolute).filePath(QString::fromLatin1(VaultFileName)));
    if (!info)
        return info.error();
    return std::unique_ptr<LocalVaultStore>(new LocalVaultStore(absolute, std::move(info).value()));
}

Result<VaultInfo> LocalVaultStore::readVaultFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists()) {
            return Error{QStringLiteral("Vault.NotAVault"),
                tr("%1 does not exist: the folder is not a PgVault vault.").arg(path),
                tr("Choose the folder that holds vault.json, or create a new vault."),
                QStringLiteral("vault")};
        }
        return readError(path, file.errorString());
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const Error bad{QStringLiteral("Vault.BadVaultFile"),
        tr("%1 is damaged or not a PgVault vault file.").arg(path),
        tr("Restore vault.json from a copy, or choose another vault folder."),
        QStringLiteral("vault")};
    VaultInfo info;
    info.formatVersion = object.value(QStringLiteral("formatVersion")).toInt(-1);
    info.id = object.value(QStringLiteral("id")).toString();
    info.name = object.value(QStringLiteral("name")).toString();
    info.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).toUTC();
    if (info.formatVersion < 1 || info.id.isEmpty() || !info.created.isValid())
        return bad;
    if (info.formatVersion > FormatVersion) {
        return Error{QStringLiteral("Vault.UnsupportedVersion"),
            tr("The vault at %1 has format version %2; this PgVault reads version %3.")
                .arg(path)
                .arg(info.formatVersion)
                .arg(FormatVersion),
            tr("Use a newer PgVault with this vault."),
            QStringLiteral("vault")};
    }
    return info;
}

Result<void> LocalVaultStore::checkWritable() const
{
    if (!QFileInfo(m_path).isDir())
        return notWritableError(m_path, tr("it is missing or not a folder"));
    // Permission bits lie (root, ACLs, read-only mounts): only a real write proves it.
    const QString probe
        = QDir(m_path).filePath(QStringLiteral(".write-test-") + QUuid::createUuid().toString(QUuid::Id128));
    QFile file(probe);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return errnoError(errno, m_path);
    const bool written = file.write("x", 1) == 1 && file.flush();
    const Error error = file.error() == QFileDevice::ResourceError ? diskFullError(m_path)
                                                                   : notWritableError(m_path, file.errorString());
    file.close();
    file.remove();
    if (!written)
        return error;
    return {};
}

Result<qint64> LocalVaultStore::freeBytes() const
{
    const QStorageInfo storage(m_path);
    if (!storage.isValid() || !storage.isReady())
        return readError(m_path, tr("its disk's free space cannot be read"));
    return storage.bytesAvailable();
}

QString LocalVaultStore::pointsPath(const QString &instanceId) const
{
    return QDir(m_path).filePath(QStringLiteral("instances/") + instanceId + QStringLiteral("/points"));
}

QString LocalVaultStore::pointPath(const QString &instanceId, const QString &pointId) const
{
    return QDir(pointsPath(instanceId)).filePath(pointId);
}

Result<QStringList> LocalVaultStore::listInstances() const
{
    QStringList instances;
    const QDir dir(QDir(m_path).filePath(QStringLiteral("instances")));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (checkName(name, QString()).ok())
            instances.append(name);
    }
    return instances;
}

Result<std::unique_ptr<PointWriter>> LocalVaultStore::beginPoint(const QString &instanceId, const QString &pointId)
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    if (const Result<void> valid = checkName(pointId, tr("point id")); !valid)
        return valid.error();
    const QString points = pointsPath(instanceId);
    const QString partial = QDir(points).filePath(pointId + suffix(PartialSuffix));
    if (QFileInfo::exists(pointPath(instanceId, pointId)) || QFileInfo::exists(partial)) {
        return Error{QStringLiteral("Vault.PointExists"),
            tr("The recovery point %1 already exists or is being written.").arg(pointPath(instanceId, pointId)),
            tr("Each backup needs a new point id; run the backup again."),
            QString()};
    }
    if (const Result<void> made = makePath(partial); !made)
        return made.error();
    return std::unique_ptr<PointWriter>(std::make_unique<LocalPointWriter>(instanceId, pointId, points));
}

Result<int> LocalVaultStore::removeLeftovers(const QString &instanceId)
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    const QDir points(pointsPath(instanceId));
    int removed = 0;
    for (const QString &name : points.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!isWorkFolder(name))
            continue;
        if (!QDir(points.filePath(name)).removeRecursively())
            return writeError(points.filePath(name), tr("it cannot be removed"));
        qCInfo(lcEngineVault).noquote() << "removed leftover" << points.filePath(name);
        ++removed;
    }
    return removed;
}

Result<PointListing> LocalVaultStore::listPoints(const QString &instanceId) const
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    PointListing listing;
    const QDir points(pointsPath(instanceId));
    for (const QString &name : points.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (isWorkFolder(name))
            continue;
        Result<PointManifest> manifest = readManifest(instanceId, name);
        if (manifest) {
            listing.points.append(std::move(manifest).value());
        } else {
            qCWarning(lcEngineVault).noquote() << manifest.error().code << manifest.error().message;
            listing.problems.append(manifest.error());
        }
    }
    std::sort(listing.points.begin(), listing.points.end(), [](const PointManifest &a, const PointManifest &b) {
        return a.time() != b.time() ? a.time() < b.time() : a.pointId() < b.pointId();
    });
    return listing;
}

Result<PointManifest> LocalVaultStore::readManifest(const QString &instanceId, const QString &pointId) const
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    if (const Result<void> valid = checkName(pointId, tr("point id")); !valid)
        return valid.error();
    const QString folder = pointPath(instanceId, pointId);
    const QString path = QDir(folder).filePath(QString::fromLatin1(PointManifest::FileName));
    const QString tamperedRemedy = tr("The recovery point %1 cannot be trusted; remove it and take a new backup, and "
                                      "check the vault's storage.")
                                       .arg(pointId);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists()) {
            return Error{QStringLiteral("Vault.PointWithoutManifest"),
                tr("The folder %1 has no %2, so it is not a recovery point.")
                    .arg(folder, QString::fromLatin1(PointManifest::FileName)),
                tamperedRemedy,
                path};
        }
        return readError(path, file.errorString());
    }
    Result<PointManifest> manifest = PointManifest::fromJson(file.readAll());
    if (!manifest) {
        Error error = manifest.error();
        error.message = path + QStringLiteral(": ") + error.message;
        error.remedy = tamperedRemedy;
        return error;
    }
    if (manifest->pointId() != pointId || manifest->instanceId() != instanceId) {
        return Error{QStringLiteral("Vault.ManifestMismatch"),
            tr("%1 describes point %2 of instance %3, not the folder it is in.")
                .arg(path, manifest->pointId(), manifest->instanceId()),
            tamperedRemedy,
            path};
    }
    return manifest;
}

Result<void> LocalVaultStore::removePoint(const QString &instanceId, const QString &pointId)
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid;
    if (const Result<void> valid = checkName(pointId, tr("point id")); !valid)
        return valid;
    const QString folder = pointPath(instanceId, pointId);
    if (!QFileInfo(folder).isDir()) {
        return Error{QStringLiteral("Vault.NoSuchPoint"),
            tr("The recovery point %1 does not exist.").arg(folder),
            tr("Refresh the list of recovery points; it may have been deleted already."),
            QString()};
    }
    // Renaming first makes the deletion atomic to readers: a crash during the recursive removal
    // leaves a ".deleting" leftover, never a half point that listPoints would show.
    const QString deleting = folder + suffix(DeletingSuffix);
    if (QFileInfo::exists(deleting))
        QDir(deleting).removeRecursively();
    if (::rename(nativePath(folder).constData(), nativePath(deleting).constData()) != 0)
        return errnoError(errno, folder);
    if (const Result<void> synced = syncPath(pointsPath(instanceId), true); !synced)
        return synced;
    if (!QDir(deleting).removeRecursively())
        qCWarning(lcEngineVault).noquote() << "could not remove" << deleting << "; the next cleanup removes it";
    qCInfo(lcEngineVault).noquote() << "removed recovery point" << folder;
    return {};
}

Result<std::unique_ptr<QIODevice>> LocalVaultStore::openForRead(
    const QString &instanceId, const QString &pointId, const QString &fileName) const
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    if (const Result<void> valid = checkName(pointId, tr("point id")); !valid)
        return valid.error();
    if (const Result<void> valid = checkFileName(fileName); !valid)
        return valid.error();
    auto file = std::make_unique<QFile>(QDir(pointPath(instanceId, pointId)).filePath(fileName));
    if (!file->open(QIODevice::ReadOnly)) {
        if (!file->exists()) {
            return Error{QStringLiteral("Vault.NoSuchFile"),
                tr("%1 is missing from the recovery point.").arg(file->fileName()),
                tr("The recovery point is damaged; use another one."),
                QString()};
        }
        return readError(file->fileName(), file->errorString());
    }
    return std::unique_ptr<QIODevice>(std::move(file));
}

} // namespace PgVault
