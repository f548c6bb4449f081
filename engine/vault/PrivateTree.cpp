#include "engine/vault/PrivateTree.h"

#include "engine/vault/FileDescriptor.h"
#include "engine/vault/LocalVaultFiles.h"
#include "engine/vault/VaultStore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PgVault {

namespace {

constexpr int FolderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
constexpr mode_t FolderMode = 0700;
constexpr mode_t FileMode = 0600;

struct DirClose
{
    void operator()(DIR *stream) const { ::closedir(stream); }
};

QString reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// A failed system call on `path`, as a read or as a write error.
Error failure(int error, const QString &path, bool writing)
{
    return writing ? LocalVaultFiles::errnoError(error, path) : LocalVaultFiles::readError(path, reason(error));
}

bool isLink(int dir, const QByteArray &name)
{
    struct stat info;
    return ::fstatat(dir, name.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(info.st_mode);
}

/// Why opening `name` in `dir` without following it failed: O_NOFOLLOW on a link gives ELOOP
/// (ENOTDIR with O_DIRECTORY), and a link is named as such.
Error openFailure(int dir, const QByteArray &name, int error, const QString &path, bool writing)
{
    if ((error == ELOOP || error == ENOTDIR) && isLink(dir, name))
        return PrivateTree::unexpectedLink(path);
    return failure(error, path, writing);
}

QString child(const QString &path, const QByteArray &name)
{
    return path + QLatin1Char('/') + QFile::decodeName(name);
}

/// The names in the open folder `dir`, sorted, without "." and "..".
Result<QList<QByteArray>> names(int dir, const QString &path)
{
    // fdopendir takes the descriptor it is given; a duplicate leaves `dir` open for the caller.
    const int copy = ::fcntl(dir, F_DUPFD_CLOEXEC, 0);
    DIR *opened = copy >= 0 ? ::fdopendir(copy) : nullptr;
    if (!opened) {
        const int error = errno;
        if (copy >= 0)
            ::close(copy);
        return LocalVaultFiles::readError(path, reason(error));
    }
    const std::unique_ptr<DIR, DirClose> stream(opened);
    // The duplicate shares the read position with `dir`, which an earlier listing may have moved.
    ::rewinddir(stream.get());
    QList<QByteArray> result;
    errno = 0;
    while (const dirent *entry = ::readdir(stream.get())) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            result << name;
        errno = 0;
    }
    if (errno != 0)
        return LocalVaultFiles::readError(path, reason(errno));
    std::sort(result.begin(), result.end());
    return result;
}

/// Goes through the open folder `dir` (`path` in messages) depth first without following a
/// link: empties it when `removing`, otherwise only looks for links. Links::Refuse stops at
/// the first link.
Result<void> walk(int dir, const QString &path, PrivateTree::Links links, bool removing)
{
    Result<QList<QByteArray>> listed = names(dir, path);
    if (!listed)
        return listed.error();
    for (const QByteArray &name : listed.value()) {
        const QString inner = child(path, name);
        struct stat info;
        if (::fstatat(dir, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                continue;
            return failure(errno, inner, removing);
        }
        if (S_ISLNK(info.st_mode)) {
            if (links == PrivateTree::Links::Refuse)
                return PrivateTree::unexpectedLink(inner);
        } else if (S_ISDIR(info.st_mode)) {
            // O_NOFOLLOW again: the entry may have been swapped for a link since fstatat.
            FileDescriptor sub(::openat(dir, name.constData(), FolderFlags));
            if (sub.fd() < 0) {
                if (errno == ENOENT)
                    continue;
                return openFailure(dir, name, errno, inner, removing);
            }
            if (Result<void> walked = walk(sub.fd(), inner, links, removing); !walked)
                return walked;
            if (removing && ::unlinkat(dir, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT)
                return LocalVaultFiles::errnoError(errno, inner);
            continue;
        }
        // unlinkat never follows: a link goes, not what it points to.
        if (removing && ::unlinkat(dir, name.constData(), 0) != 0 && errno != ENOENT)
            return LocalVaultFiles::errnoError(errno, inner);
    }
    return {};
}

PrivateTree::Kind kindOfMode(mode_t mode)
{
    if (S_ISLNK(mode))
        return PrivateTree::Kind::Link;
    if (S_ISDIR(mode))
        return PrivateTree::Kind::Folder;
    if (S_ISREG(mode))
        return PrivateTree::Kind::File;
    return PrivateTree::Kind::Other;
}

} // namespace

PrivateTree::PrivateTree(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
{
}

Error PrivateTree::unexpectedLink(const QString &path)
{
    return {QString::fromLatin1(UnexpectedLinkCode),
        tr("%1 is a symbolic link inside the vault. PgVault never follows links there, so it left the link and "
           "what it points to alone.")
            .arg(path),
        tr("Replace the link with the real folder or file it points to (moved into the vault), or remove the link, "
           "then try again."),
        path};
}

Result<QStringList> PrivateTree::components(const QString &path) const
{
    const QDir root(m_root);
    const QString relative = root.relativeFilePath(QDir::cleanPath(root.absoluteFilePath(path)));
    if (relative.isEmpty() || relative == QLatin1String("."))
        return QStringList{};
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative))
        return Error{QStringLiteral("Vault.OutsideTree"),
            tr("%1 is not inside %2.").arg(path, m_root),
            tr("This is a bug in PgVault; please report it."),
            path};
    return relative.split(QLatin1Char('/'));
}

QString PrivateTree::pathOf(const QStringList &parts, qsizetype depth) const
{
    QString path = m_root;
    for (qsizetype i = 0; i < depth; ++i)
        path += QLatin1Char('/') + parts.at(i);
    return path;
}

Result<FileDescriptor> PrivateTree::openFolder(
    const QStringList &parts, qsizetype depth, Access access, bool *absent) const
{
    const bool writing = access != Access::Read;
    if (absent)
        *absent = false;
    // The root is followed: it is where the user put the vault, a mounted share or a link to one.
    FileDescriptor dir(::open(LocalVaultFiles::nativePath(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.fd() < 0) {
        if (absent)
            *absent = errno == ENOENT;
        return failure(errno, m_root, writing);
    }
    for (qsizetype i = 0; i < depth; ++i) {
        const QByteArray name = QFile::encodeName(parts.at(i));
        int fd = ::openat(dir.fd(), name.constData(), FolderFlags);
        bool made = false;
        if (fd < 0 && errno == ENOENT && access == Access::Create) {
            made = ::mkdirat(dir.fd(), name.constData(), FolderMode) == 0;
            if (!made && errno != EEXIST)
                return LocalVaultFiles::errnoError(errno, pathOf(parts, i + 1));
            fd = ::openat(dir.fd(), name.constData(), FolderFlags);
        }
        if (fd < 0) {
            if (absent)
                *absent = errno == ENOENT;
            return openFailure(dir.fd(), name, errno, pathOf(parts, i + 1), writing);
        }
        FileDescriptor next(fd);
        // The umask may have taken bits away; what PgVault creates is exactly 0700.
        if (made && ::fchmod(next.fd(), FolderMode) != 0)
            return LocalVaultFiles::errnoError(errno, pathOf(parts, i + 1));
        dir = std::move(next);
    }
    return dir;
}

Result<std::optional<PrivateTree::Kind>> PrivateTree::kindOf(const QString &path) const
{
    Result<QStringList> parts = components(path);
    if (!parts)
        return parts.error();
    bool absent = false;
    Result<FileDescriptor> parent
        = openFolder(parts.value(), std::max<qsizetype>(parts->size() - 1, 0), Access::Read, &absent);
    if (!parent)
        return absent ? Result<std::optional<Kind>>(std::optional<Kind>())
                      : Result<std::optional<Kind>>(parent.error());
    if (parts->isEmpty())
        return std::optional<Kind>(Kind::Folder);
    struct stat info;
    if (::fstatat(parent.value().fd(), QFile::encodeName(parts->constLast()).constData(), &info, AT_SYMLINK_NOFOLLOW)
        != 0) {
        if (errno == ENOENT)
            return std::optional<Kind>();
        return LocalVaultFiles::readError(path, reason(errno));
    }
    return std::optional<Kind>(kindOfMode(info.st_mode));
}

Result<QList<PrivateTree::Entry>> PrivateTree::entries(const QString &path) const
{
    Result<QStringList> parts = components(path);
    if (!parts)
        return parts.error();
    bool absent = false;
    Result<FileDescriptor> dir = openFolder(parts.value(), parts->size(), Access::Read, &absent);
    if (!dir)
        return absent ? Result<QList<Entry>>(QList<Entry>()) : Result<QList<Entry>>(dir.error());
    Result<QList<QByteArray>> listed = names(dir.value().fd(), path);
    if (!listed)
        return listed.error();
    QList<Entry> result;
    for (const QByteArray &name : listed.value()) {
        struct stat info;
        if (::fstatat(dir.value().fd(), name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                continue; // removed since the listing
            return LocalVaultFiles::readError(child(path, name), reason(errno));
        }
        result << Entry{QFile::decodeName(name), kindOfMode(info.st_mode)};
    }
    return result;
}

Result<std::unique_ptr<QFile>> PrivateTree::openForRead(const QString &path) const
{
    Result<QStringList> parts = components(path);
    if (!parts)
        return parts.error();
    if (parts->isEmpty())
        return LocalVaultFiles::readError(path, tr("it is a folder, not a file"));
    bool absent = false;
    Result<FileDescriptor> parent = openFolder(parts.value(), parts->size() - 1, Access::Read, &absent);
    if (!parent)
        return absent ? Result<std::unique_ptr<QFile>>(std::unique_ptr<QFile>())
                      : Result<std::unique_ptr<QFile>>(parent.error());
    const QByteArray name = QFile::encodeName(parts->constLast());
    // O_NONBLOCK so that a FIFO planted here cannot block the open; it is refused below.
    FileDescriptor file(
        ::openat(parent.value().fd(), name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (file.fd() < 0) {
        if (errno == ENOENT)
            return std::unique_ptr<QFile>();
        return openFailure(parent.value().fd(), name, errno, path, false);
    }
    struct stat info;
    if (::fstat(file.fd(), &info) != 0)
        return LocalVaultFiles::readError(path, reason(errno));
    if (!S_ISREG(info.st_mode))
        return LocalVaultFiles::readError(path, tr("it is not a plain file"));
    const int flags = ::fcntl(file.fd(), F_GETFL);
    if (flags < 0 || ::fcntl(file.fd(), F_SETFL, flags & ~O_NONBLOCK) != 0)
        return LocalVaultFiles::readError(path, reason(errno));
    auto device = std::make_unique<QFile>();
    if (!device->open(file.fd(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return LocalVaultFiles::readError(path, device->errorString());
    file.release();
    return device;
}

Result<std::unique_ptr<QFile>> PrivateTree::createFile(const QString &path) const
{
    Result<QStringList> parts = components(path);
    if (!parts)
        return parts.error();
    if (parts->isEmpty())
        return LocalVaultFiles::errnoError(EISDIR, path);
    Result<FileDescriptor> parent = openFolder(parts.value(), parts->size() - 1, Access::Write);
    if (!parent)
        return parent.error();
    const QByteArray name = QFile::encodeName(parts->constLast());
    // O_EXCL never follows a link: a link planted under this name fails the call.
    FileDescriptor file(::openat(
        parent.value().fd(), name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileMode));
    if (file.fd() < 0) {
        if (errno == EEXIST && isLink(parent.value().fd(), name))
            return unexpectedLink(path);
        return LocalVaultFiles::errnoError(errno, path);
    }
    if (::fchmod(file.fd(), FileMode) != 0)
        return LocalVaultFiles::errnoError(errno, path);
    auto device = std::make_unique<QFile>();
    // Unbuffered: writers already write in large blocks, and a full disk then fails the write that
    // caused it rather than a later flush.
    if (!device->open(file.fd(), QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle))
        return VaultStore::writeError(path, device->errorString());
    file.release();
    return device;
}

Result<void> PrivateTree::makePath(const QString &path) const
{
    Result<QStringList> parts = components(path);
    if (!parts)
        return parts.error();
    Result<FileDescriptor> made = openFolder(parts.value(), parts->size(), Access::Create);
    if (!made)
        return made.error();
    return {};
}

Result<void> PrivateTree::checkNoLinks(const QString &path) const
{
    Result<QStringList> parts = components(path);
    if (!parts)
        return parts.error();
    bool absent = false;
    Result<FileDescriptor> dir = openFolder(parts.value(), parts->size(), Access::Read, &absent);
    if (!dir) {
        if (absent)
            return {};
        // A plain file has nothing inside; anything else is the error (a link, unreadable).
        if (Result<std::optional<Kind>> kind = kindOf(path);
            kind && kind.value() != Kind::Folder && kind.value() != Kind::Link)
            return {};
        return dir.error();
    }
    return walk(dir.value().fd(), path, Links::Refuse, false);
}

Result<void> PrivateTree::remove(const QString &path, Links links) const
{
    Result<QStringList> parts = components(path);
    if (!parts)
        return parts.error();
    if (parts->isEmpty())
        return Error{QStringLiteral("Vault.OutsideTree"),
            tr("PgVault was about to remove %1 itself.").arg(path),
            tr("This is a bug in PgVault; please report it."),
            path};
    bool absent = false;
    Result<FileDescriptor> parent = openFolder(parts.value(), parts->size() - 1, Access::Write, &absent);
    if (!parent)
        return absent ? Result<void>() : parent.error();
    const int dir = parent.value().fd();
    const QByteArray name = QFile::encodeName(parts->constLast());
    struct stat info;
    if (::fstatat(dir, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? Result<void>() : Result<void>(LocalVaultFiles::errnoError(errno, path));
    if (S_ISLNK(info.st_mode) && links == Links::Refuse)
        return unexpectedLink(path);
    if (S_ISDIR(info.st_mode)) {
        FileDescriptor folder(::openat(dir, name.constData(), FolderFlags));
        if (folder.fd() < 0)
            return openFailure(dir, name, errno, path, true);
        // Look first, then remove: a link found leaves the whole tree as it was for the user to see.
        if (links == Links::Refuse) {
            if (Result<void> clean = walk(folder.fd(), path, links, false); !clean)
                return clean;
        }
        if (Result<void> emptied = walk(folder.fd(), path, links, true); !emptied)
            return emptied;
        if (::unlinkat(dir, name.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT)
            return LocalVaultFiles::errnoError(errno, path);
        return {};
    }
    if (::unlinkat(dir, name.constData(), 0) != 0 && errno != ENOENT)
        return LocalVaultFiles::errnoError(errno, path);
    return {};
}

Result<void> PrivateTree::rename(const QString &from, const QString &to) const
{
    Result<QStringList> fromParts = components(from);
    if (!fromParts)
        return fromParts.error();
    Result<QStringList> toParts = components(to);
    if (!toParts)
        return toParts.error();
    if (fromParts->isEmpty() || toParts->isEmpty())
        return LocalVaultFiles::errnoError(EBUSY, m_root);
    Result<FileDescriptor> fromParent = openFolder(fromParts.value(), fromParts->size() - 1, Access::Write);
    if (!fromParent)
        return fromParent.error();
    Result<FileDescriptor> toParent = openFolder(toParts.value(), toParts->size() - 1, Access::Write);
    if (!toParent)
        return toParent.error();
    const QByteArray fromName = QFile::encodeName(fromParts->constLast());
    if (isLink(fromParent.value().fd(), fromName))
        return unexpectedLink(from);
    if (::renameat(fromParent.value().fd(),
            fromName.constData(),
            toParent.value().fd(),
            QFile::encodeName(toParts->constLast()).constData())
        != 0)
        return LocalVaultFiles::errnoError(errno, to);
    return {};
}

} // namespace PgVault
