#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace PgVault {

/// The POSIX file operations a local vault's durability rests on (mkdir -p, fsync, write to a
/// temporary file then rename), each failure mapped to an Error the user can act on. Internal to
/// LocalVaultStore and LocalPointWriter, which share them.
class LocalVaultFiles
{
public:
    static QByteArray nativePath(const QString &path);

    static Error notWritableError(const QString &path, const QString &reason);
    /// Maps a failed system call to the error the user can act on.
    static Error errnoError(int error, const QString &path);
    static Error readError(const QString &path, const QString &reason);

    /// mkdir -p that keeps the reason when it fails (QDir::mkpath only says false).
    static Result<void> makePath(const QString &path);
    /// fsync a file or a folder by path; a folder's fsync makes renames and new entries in it durable.
    static Result<void> syncPath(const QString &path, bool directory);
    static Result<void> syncFile(QFile &file);
    /// Writes a small file so that it is either absent, the old one, or complete: temp file, fsync,
    /// rename over the target. The caller fsyncs the folder.
    static Result<void> writeFileDurably(const QString &path, const QByteArray &content);
};

} // namespace PgVault
