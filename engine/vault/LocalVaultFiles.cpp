#include "engine/vault/LocalVaultFiles.h"

#include "engine/vault/LocalVaultStore.h"
#include "engine/vault/PrivateTree.h"
#include "engine/vault/VaultStore.h"

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
    QString failed;
    if (const int error = makePrivatePath(path, &failed); error != 0)
        return errnoError(error, failed);
    return {};
}

int LocalVaultFiles::makePrivatePath(const QString &path, QString *failed)
{
    const QFileInfo info(path);
    if (info.isDir())
        return 0;
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath() && !QFileInfo(parent).isDir()) {
        if (const int error = makePrivatePath(parent, failed); error != 0)
            return error;
    }
    const bool made = ::mkdir(nativePath(path).constData(), 0700) == 0;
    int error = made || errno == EEXIST ? 0 : errno;
    if (error == 0 && !QFileInfo(path).isDir())
        error = ENOTDIR;
    // Exactly 0700 whatever the umask: the folder will hold dumps and roles.sql's password hashes.
    if (error == 0 && made && ::chmod(nativePath(path).constData(), 0700) != 0)
        error = errno;
    if (error != 0 && failed)
        *failed = path;
    return error;
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

Result<void> LocalVaultFiles::syncFile(QFile &file, const QString &path)
{
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        if (file.error() == QFileDevice::ResourceError)
            return VaultStore::diskFullError(path);
        return errnoError(errno, path);
    }
    return {};
}

Result<void> LocalVaultFiles::writeFileDurably(const PrivateTree &tree, const QString &path, const QByteArray &content)
{
    const QString temp = path + QString::fromLatin1(TempSuffix);
    // A temporary file left by a crash goes first (a link in its place is reported, not followed).
    if (const Result<void> removed = tree.remove(temp); !removed)
        return removed;
    Result<std::unique_ptr<QFile>> created = tree.createFile(temp);
    if (!created)
        return created.error();
    QFile &file = *created.value();
    if (file.write(content) != content.size()) {
        const Error error = file.error() == QFileDevice::ResourceError
            ? VaultStore::diskFullError(temp)
            : VaultStore::writeError(temp, file.errorString());
        file.close();
        (void)tree.remove(temp);
        return error;
    }
    if (const Result<void> synced = syncFile(file, temp); !synced) {
        file.close();
        (void)tree.remove(temp);
        return synced;
    }
    file.close();
    if (const Result<void> renamed = tree.rename(temp, path); !renamed) {
        (void)tree.remove(temp);
        return renamed;
    }
    return {};
}

} // namespace PgVault
