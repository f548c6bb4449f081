#include "engine/vault/LocalVaultStore.h"

#include "engine/Logging.h"
#include "engine/vault/LocalPointWriter.h"
#include "engine/vault/LocalVaultFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>

namespace PgVault {

namespace {

constexpr auto DeletingSuffix = ".deleting";

QString suffix(const char *text)
{
    return QString::fromLatin1(text);
}

bool isWorkFolder(const QString &name)
{
    return name.endsWith(suffix(LocalPointWriter::PartialSuffix)) || name.endsWith(suffix(DeletingSuffix));
}

} // namespace

LocalVaultStore::LocalVaultStore(QString path, VaultInfo info)
    : m_path(std::move(path))
    , m_info(std::move(info))
    , m_tree(m_path)
{
}

Result<std::unique_ptr<LocalVaultStore>> LocalVaultStore::openOrCreate(const QString &path, const QString &name)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo folder(absolute);
    if (QFileInfo::exists(QDir(absolute).filePath(QString::fromLatin1(VaultFileName))))
        return open(absolute);
    if (folder.exists() && !folder.isDir())
        return LocalVaultFiles::notWritableError(absolute, tr("it is a file, not a folder"));
    if (folder.isDir() && !QDir(absolute).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return Error{QStringLiteral("Vault.NotAVault"),
            tr("The folder %1 is not empty and is not a PgVault vault (it has no %2).")
                .arg(absolute, QString::fromLatin1(VaultFileName)),
            tr("Choose an empty folder, a new folder, or an existing vault."),
            QStringLiteral("vault")};
    }
    if (const Result<void> made = LocalVaultFiles::makePath(absolute); !made)
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
    if (const Result<void> written
        = LocalVaultFiles::writeFileDurably(PrivateTree(absolute), vaultFile, QJsonDocument(object).toJson());
        !written)
        return written.error();
    if (const Result<void> synced = LocalVaultFiles::syncPath(absolute, true); !synced)
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
        return LocalVaultFiles::readError(path, file.errorString());
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
        return LocalVaultFiles::notWritableError(m_path, tr("it is missing or not a folder"));
    // Permission bits lie (root, ACLs, read-only mounts): only a real write proves it.
    const QString probe
        = QDir(m_path).filePath(QStringLiteral(".write-test-") + QUuid::createUuid().toString(QUuid::Id128));
    QFile file(probe);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return LocalVaultFiles::errnoError(errno, m_path);
    const bool written = file.write("x", 1) == 1 && file.flush();
    const Error error = file.error() == QFileDevice::ResourceError
        ? diskFullError(m_path)
        : LocalVaultFiles::notWritableError(m_path, file.errorString());
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
        return LocalVaultFiles::readError(m_path, tr("its disk's free space cannot be read"));
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
    Result<QList<PrivateTree::Entry>> entries = m_tree.entries(QDir(m_path).filePath(QStringLiteral("instances")));
    if (!entries)
        return entries.error();
    QStringList instances;
    for (const PrivateTree::Entry &entry : entries.value()) {
        // A link is listed too, so that listPoints reports it rather than it going unnoticed.
        const bool folder = entry.kind == PrivateTree::Kind::Folder || entry.kind == PrivateTree::Kind::Link;
        if (folder && checkName(entry.name, QString()).ok())
            instances.append(entry.name);
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
    const QString partial = QDir(points).filePath(pointId + suffix(LocalPointWriter::PartialSuffix));
    for (const QString &path : {pointPath(instanceId, pointId), partial}) {
        Result<std::optional<PrivateTree::Kind>> kind = m_tree.kindOf(path);
        if (!kind)
            return kind.error();
        if (kind->has_value()) {
            return Error{QStringLiteral("Vault.PointExists"),
                tr("The recovery point %1 already exists or is being written.").arg(pointPath(instanceId, pointId)),
                tr("Each backup needs a new point id; run the backup again."),
                QString()};
        }
    }
    if (const Result<void> made = m_tree.makePath(partial); !made)
        return made.error();
    return std::unique_ptr<PointWriter>(std::make_unique<LocalPointWriter>(m_tree, instanceId, pointId, points));
}

Result<int> LocalVaultStore::removeLeftovers(const QString &instanceId)
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    const QString points = pointsPath(instanceId);
    Result<QList<PrivateTree::Entry>> entries = m_tree.entries(points);
    if (!entries)
        return entries.error();
    int removed = 0;
    for (const PrivateTree::Entry &entry : entries.value()) {
        if (!isWorkFolder(entry.name))
            continue;
        // A link among the leftovers, or inside one, stops the clean-up: whatever it points to
        // is not the vault's to delete.
        const QString path = QDir(points).filePath(entry.name);
        if (const Result<void> gone = m_tree.remove(path); !gone)
            return gone.error();
        qCInfo(lcEngineVault).noquote() << "removed leftover" << path;
        ++removed;
    }
    return removed;
}

Result<PointListing> LocalVaultStore::listPoints(const QString &instanceId) const
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    PointListing listing;
    const QString points = pointsPath(instanceId);
    const auto problem = [&listing](const Error &error) {
        qCWarning(lcEngineVault).noquote() << error.code << error.message;
        listing.problems.append(error);
    };
    Result<QList<PrivateTree::Entry>> entries = m_tree.entries(points);
    if (!entries) {
        // A linked instance or points folder: nothing in it is read, and the link is reported.
        if (entries.error().code != QLatin1String(PrivateTree::UnexpectedLinkCode))
            return entries.error();
        problem(entries.error());
        return listing;
    }
    for (const PrivateTree::Entry &entry : entries.value()) {
        if (isWorkFolder(entry.name))
            continue;
        if (entry.kind == PrivateTree::Kind::Link) {
            problem(PrivateTree::unexpectedLink(QDir(points).filePath(entry.name)));
            continue;
        }
        if (entry.kind != PrivateTree::Kind::Folder)
            continue;
        Result<PointManifest> manifest = readManifest(instanceId, entry.name);
        if (manifest)
            listing.points.append(std::move(manifest).value());
        else
            problem(manifest.error());
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
    Result<std::unique_ptr<QFile>> file = m_tree.openForRead(path);
    if (!file)
        return file.error();
    if (!file.value()) {
        return Error{QStringLiteral("Vault.PointWithoutManifest"),
            tr("The folder %1 has no %2, so it is not a recovery point.")
                .arg(folder, QString::fromLatin1(PointManifest::FileName)),
            tamperedRemedy,
            path};
    }
    const QByteArray json = file.value()->readAll();
    if (file.value()->error() != QFileDevice::NoError)
        return LocalVaultFiles::readError(path, file.value()->errorString());
    Result<PointManifest> manifest = PointManifest::fromJson(json);
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

Result<void> LocalVaultStore::removeInstance(const QString &instanceId)
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid;
    const Result<PointListing> listing = listPoints(instanceId);
    if (!listing)
        return listing.error();
    if (!listing->points.isEmpty()) {
        return Error{QStringLiteral("Vault.InstanceNotEmpty"),
            tr("The vault still holds %n recovery point(s) of backup instance %1.",
                nullptr,
                int(listing->points.size()))
                .arg(instanceId),
            tr("Delete its recovery points first."),
            QString()};
    }
    // A link anywhere inside refuses the removal before anything changes (PrivateTree::remove).
    const QString folder = QDir(m_path).filePath(QStringLiteral("instances/") + instanceId);
    if (const Result<void> removed = m_tree.remove(folder); !removed)
        return removed;
    qCInfo(lcEngineVault).noquote() << "removed instance folder" << folder;
    return {};
}

Result<void> LocalVaultStore::removePoint(const QString &instanceId, const QString &pointId)
{
    const Result<QString> existing = existingPoint(instanceId, pointId);
    if (!existing)
        return existing.error();
    const QString &folder = existing.value();
    // A link anywhere in the point refuses the deletion before anything changes, so the point
    // stays whole and listed while the user looks at the link.
    if (const Result<void> clean = m_tree.checkNoLinks(folder); !clean)
        return clean;
    // Renaming first makes the deletion atomic to readers: a crash during the recursive removal
    // leaves a ".deleting" leftover, never a half point that listPoints would show.
    const QString deleting = folder + suffix(DeletingSuffix);
    if (const Result<void> stale = m_tree.remove(deleting); !stale)
        return stale;
    if (const Result<void> renamed = m_tree.rename(folder, deleting); !renamed)
        return renamed;
    if (const Result<void> synced = LocalVaultFiles::syncPath(pointsPath(instanceId), true); !synced)
        return synced;
    if (const Result<void> removed = m_tree.remove(deleting); !removed)
        qCWarning(lcEngineVault).noquote()
            << "could not remove" << deleting << "; the next cleanup removes it:" << removed.error().code
            << removed.error().message;
    qCInfo(lcEngineVault).noquote() << "removed recovery point" << folder;
    return {};
}

Result<QString> LocalVaultStore::existingPoint(const QString &instanceId, const QString &pointId) const
{
    if (const Result<void> valid = checkName(instanceId, tr("instance id")); !valid)
        return valid.error();
    if (const Result<void> valid = checkName(pointId, tr("point id")); !valid)
        return valid.error();
    const QString folder = pointPath(instanceId, pointId);
    Result<std::optional<PrivateTree::Kind>> kind = m_tree.kindOf(folder);
    if (!kind)
        return kind.error();
    if (kind.value() == PrivateTree::Kind::Link)
        return PrivateTree::unexpectedLink(folder);
    if (kind.value() != PrivateTree::Kind::Folder) {
        return Error{QStringLiteral("Vault.NoSuchPoint"),
            tr("The recovery point %1 does not exist.").arg(folder),
            tr("Refresh the list of recovery points; it may have been deleted already."),
            QString()};
    }
    return folder;
}

Result<std::optional<PointState>> LocalVaultStore::readPointState(
    const QString &instanceId, const QString &pointId) const
{
    const Result<QString> folder = existingPoint(instanceId, pointId);
    if (!folder)
        return folder.error();
    const QString path = QDir(*folder).filePath(QString::fromLatin1(PointState::FileName));
    Result<std::unique_ptr<QFile>> file = m_tree.openForRead(path);
    if (!file)
        return file.error();
    if (!file.value())
        return std::optional<PointState>();
    const QByteArray json = file.value()->readAll();
    if (file.value()->error() != QFileDevice::NoError)
        return LocalVaultFiles::readError(path, file.value()->errorString());
    Result<PointState> state = PointState::fromJson(json);
    if (!state) {
        Error error = state.error();
        error.message = path + QStringLiteral(": ") + error.message;
        error.field = path;
        return error;
    }
    return std::optional<PointState>(std::move(state).value());
}

Result<void> LocalVaultStore::writePointState(
    const QString &instanceId, const QString &pointId, const PointState &state)
{
    const Result<QString> folder = existingPoint(instanceId, pointId);
    if (!folder)
        return folder.error();
    const QString path = QDir(*folder).filePath(QString::fromLatin1(PointState::FileName));
    if (const Result<void> written = LocalVaultFiles::writeFileDurably(m_tree, path, state.toJson()); !written)
        return written;
    if (const Result<void> synced = LocalVaultFiles::syncPath(*folder, true); !synced)
        return synced;
    qCInfo(lcEngineVault).noquote() << "recorded the state of recovery point" << *folder
                                    << (state.isDeleted() ? "(deleted)" : "(live)");
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
    const QString path = QDir(pointPath(instanceId, pointId)).filePath(fileName);
    Result<std::unique_ptr<QFile>> file = m_tree.openForRead(path);
    if (!file)
        return file.error();
    if (!file.value()) {
        return Error{QStringLiteral("Vault.NoSuchFile"),
            tr("%1 is missing from the recovery point.").arg(path),
            tr("The recovery point is damaged; use another one."),
            QString()};
    }
    return std::unique_ptr<QIODevice>(std::move(file).value());
}

} // namespace PgVault
