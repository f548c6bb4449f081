#include "engine/LocalVaultFiles.h"

#include "engine/LocalVaultStore.h"
#include "engine/VaultStore.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PgVault {

namespace {

constexpr auto TempSuffix = ".tmp";

} // namespace

QByteArray LocalVaultFiles::nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

Error LocalVaultFiles::notWritableError(const QString &path, const QString &reason)
{
    return {QStringLiteral("Vault.NotWritable"),
        LocalVaultStore::tr("The vault folder %1 is not writable: %2.").arg(path, reason),
        LocalVaultStore::tr("Give the user running PgVault write access to it (or mount it read-write), or "
                            "choose another vault folder."),
        QStringLiteral("vault")};
}

Error LocalVaultFiles::errnoError(int error, const QString &path)
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

Error LocalVaultFiles::readError(const QString &path, const QString &reason)
{
    return {QStringLiteral("Vault.ReadFailed"),
        LocalVaultStore::tr("Reading %1 failed: %2.").arg(path, reason),
        LocalVaultStore::tr("Check that the vault's disk or share is available and readable, then try again."),
        QString()};
}

Result<void> LocalVaultFiles::makePath(const QString &path)
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

Result<void> LocalVaultFiles::syncPath(const QString &path, bool directory)
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

Result<void> LocalVaultFiles::syncFile(QFile &file)
{
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        if (file.error() == QFileDevice::ResourceError)
            return VaultStore::diskFullError(file.fileName());
        return errnoError(errno, file.fileName());
    }
    return {};
}

Result<void> LocalVaultFiles::writeFileDurably(const QString &path, const QByteArray &content)
{
    const QString temp = path + QString::fromLatin1(TempSuffix);
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

} // namespace PgVault
