#include "engine/vault/LocalPointWriter.h"

#include "engine/Logging.h"
#include "engine/vault/LocalVaultFiles.h"
#include "engine/vault/LocalVaultStore.h"

#include <QDir>
#include <QMutexLocker>

namespace PgVault {

LocalPointWriter::LocalPointWriter(PrivateTree tree, QString instanceId, QString pointId, QString pointsDir)
    : m_tree(std::move(tree))
    , m_instanceId(std::move(instanceId))
    , m_pointId(std::move(pointId))
    , m_pointsDir(std::move(pointsDir))
    , m_partialDir(QDir(m_pointsDir).filePath(m_pointId + QString::fromLatin1(PartialSuffix)))
    , m_finalDir(QDir(m_pointsDir).filePath(m_pointId))
{
}

LocalPointWriter::~LocalPointWriter()
{
    if (m_state == State::Open)
        abort();
}

Result<QIODevice *> LocalPointWriter::createFile(const QString &fileName)
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
    // Unbuffered (see PrivateTree::createFile): CompressedFileWriter already writes in large blocks.
    Result<std::unique_ptr<QFile>> file = m_tree.createFile(QDir(m_partialDir).filePath(fileName));
    if (!file)
        return file.error();
    QIODevice *device = file.value().get();
    m_openFiles.emplace(fileName, std::move(file).value());
    return device;
}

Result<void> LocalPointWriter::finishFile(const QString &fileName)
{
    QMutexLocker locker(&m_mutex);
    return finishLocked(fileName);
}

Result<void> LocalPointWriter::commit(const PointManifest &manifest)
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
    if (const Result<void> written = LocalVaultFiles::writeFileDurably(m_tree, manifestPath, manifest.toJson());
        !written)
        return written;
    if (const Result<void> synced = LocalVaultFiles::syncPath(m_partialDir, true); !synced)
        return synced;
    Result<std::optional<PrivateTree::Kind>> existing = m_tree.kindOf(m_finalDir);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return pointExistsError(m_finalDir);
    if (const Result<void> renamed = m_tree.rename(m_partialDir, m_finalDir); !renamed)
        return renamed;
    // From here the point is complete and visible; never delete it on a later failure.
    m_state = State::Committed;
    qCInfo(lcEngineVault).noquote() << "committed recovery point" << m_finalDir;
    return LocalVaultFiles::syncPath(m_pointsDir, true);
}

void LocalPointWriter::abort()
{
    QMutexLocker locker(&m_mutex);
    if (m_state != State::Open)
        return;
    m_openFiles.clear();
    m_state = State::Aborted;
    if (const Result<void> removed = m_tree.remove(m_partialDir); !removed)
        qCWarning(lcEngineVault).noquote()
            << "could not remove" << m_partialDir << "; the next run removes it:" << removed.error().code
            << removed.error().message;
    else
        qCInfo(lcEngineVault).noquote() << "aborted recovery point" << m_partialDir;
}

Result<void> LocalPointWriter::checkOpen() const
{
    if (m_state == State::Open)
        return {};
    return Error{QStringLiteral("Vault.PointClosed"),
        LocalVaultStore::tr("Recovery point %1 was already committed or aborted.").arg(m_pointId),
        LocalVaultStore::tr("This is a bug in PgVault; please report it."),
        QString()};
}

Result<void> LocalPointWriter::finishLocked(const QString &fileName)
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
    const Result<void> synced = LocalVaultFiles::syncFile(file, QDir(m_partialDir).filePath(fileName));
    const qint64 size = file.size();
    file.close();
    m_openFiles.erase(it);
    if (!synced)
        return synced;
    m_finishedFiles.insert(fileName, size);
    return {};
}

Result<void> LocalPointWriter::checkFilesMatch(const PointManifest &manifest) const
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

Error LocalPointWriter::pointExistsError(const QString &path)
{
    return {QStringLiteral("Vault.PointExists"),
        LocalVaultStore::tr("The recovery point %1 already exists.").arg(path),
        LocalVaultStore::tr("Each backup needs a new point id; run the backup again."),
        QString()};
}

} // namespace PgVault
