#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace PgVault {

class FileDescriptor;

/// A folder tree PgVault owns below one root (a vault; a scratch server's temporary folder),
/// read and changed without ever following a symbolic link below the root: each step opens the
/// next folder relative to the last one with O_NOFOLLOW (openat, unlinkat, renameat), so a link
/// planted inside (`points/x.partial -> /home`) is reported as Vault.UnexpectedLink naming it,
/// and what it points to is never deleted, renamed, read or written. The root itself may be a
/// link (a vault on a mounted share). What it creates is private whatever the umask: folders
/// 0700, files 0600 (dumps and roles.sql hold the data and password hashes). Used by
/// LocalVaultStore, LocalPointWriter, LocalVaultFiles and ScratchCluster.
class PrivateTree
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PrivateTree)

public:
    static constexpr auto UnexpectedLinkCode = "Vault.UnexpectedLink";

    enum class Kind { Folder, File, Link, Other };
    struct Entry
    {
        QString name;
        Kind kind = Kind::Other;

        bool operator==(const Entry &) const = default;
    };
    /// What remove() does with a link inside the tree it removes.
    enum class Links {
        Refuse, ///< remove nothing and report the link (inside a vault)
        RemoveLinkOnly, ///< remove the link itself, never what it points to (temporary folders)
    };

    /// Paths given to the other calls are absolute and below `root` (or the root itself).
    explicit PrivateTree(const QString &root);

    QString root() const { return m_root; }

    /// What `path` is, not following it; nullopt when it does not exist.
    Result<std::optional<Kind>> kindOf(const QString &path) const;
    /// The entries of the folder `path` (without "." and ".."), none of them followed; empty when
    /// the folder does not exist.
    Result<QList<Entry>> entries(const QString &path) const;
    /// Opens a file for reading; a null pointer when it does not exist. A link at or above it
    /// (below the root) is an error, so is anything but a plain file (a FIFO would block). The
    /// QFile is opened on a descriptor, so its fileName() is empty: name the path in messages.
    Result<std::unique_ptr<QFile>> openForRead(const QString &path) const;
    /// Creates a new file (it must not exist) for writing, 0600, unbuffered; fileName() is empty
    /// as with openForRead.
    Result<std::unique_ptr<QFile>> createFile(const QString &path) const;
    /// mkdir -p below the root: every missing folder is created 0700.
    Result<void> makePath(const QString &path) const;
    /// Fails naming the first link found at `path` or anywhere inside it; changes nothing.
    Result<void> checkNoLinks(const QString &path) const;
    /// Removes `path` and everything inside it; nothing to do when it does not exist. With
    /// Links::Refuse a link anywhere in it fails the call before anything is removed.
    Result<void> remove(const QString &path, Links links = Links::Refuse) const;
    /// rename(2) below the root; `from` must not be a link. Replaces a file at `to`.
    Result<void> rename(const QString &from, const QString &to) const;

    /// "%1 is a symbolic link inside the vault …" with the remedy; code Vault.UnexpectedLink.
    static Error unexpectedLink(const QString &path);

private:
    enum class Access { Read, Write, Create };

    /// The components of `path` below the root, or an error when it is not below it.
    Result<QStringList> components(const QString &path) const;
    /// Opens the root and then, without following links, its first `depth` components (creating
    /// missing ones with Access::Create). `absent` tells whether one of them did not exist.
    Result<FileDescriptor> openFolder(
        const QStringList &parts, qsizetype depth, Access access, bool *absent = nullptr) const;
    QString pathOf(const QStringList &parts, qsizetype depth) const;

    QString m_root;
};

} // namespace PgVault
