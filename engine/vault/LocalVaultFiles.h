#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace PgVault {

class PrivateTree;

/// The POSIX file operations a local vault's durability rests on (mkdir -p, fsync, write to a
/// temporary file then rename), each failure mapped to an Error the user can act on. Internal to
/// LocalVaultStore, LocalPointWriter and PrivateTree, which share them.
class LocalVaultFiles
{
public:
    static QByteArray nativePath(const QString &path);

    static Error notWritableError(const QString &path, const QString &reason);
    /// Maps a failed system call to the error the user can act on.
    static Error errnoError(int error, const QString &path);
    static Error readError(const QString &path, const QString &reason);

    /// mkdir -p that keeps the reason when it fails (QDir::mkpath only says false). Every folder
    /// it creates is 0700 whatever the umask: a vault's folder, or a restore's. Above a vault's
    /// root (where links are the user's business); below it PrivateTree::makePath.
    static Result<void> makePath(const QString &path);
    /// makePath for callers with their own messages (a restore's folder): 0 or the errno of the
    /// failure, with the folder it happened at in `failed`.
    static int makePrivatePath(const QString &path, QString *failed);
    /// fsync a file or a folder by path; a folder's fsync makes renames and new entries in it durable.
    static Result<void> syncPath(const QString &path, bool directory);
    /// fsync an open file; `path` names it in the error (a file PrivateTree opened has no name).
    static Result<void> syncFile(QFile &file, const QString &path);
    /// Writes a small file (0600) so that it is either absent, the old one, or complete: temp
    /// file, fsync, rename over the target, none of it through a link. The caller fsyncs the folder.
    static Result<void> writeFileDurably(const PrivateTree &tree, const QString &path, const QByteArray &content);
};

} // namespace PgVault
