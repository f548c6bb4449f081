#pragma once

#include "engine/vault/CompressedFileWriter.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace PgVault {

/// The streaming read half: decompresses a stored data file into a sink while checking its
/// stored size and SHA-256 (and the raw size) against the manifest's values. Used by
/// RestoreRunner (sink = the restore target) and verify (no sink). Memory is bounded by fixed
/// buffers whatever the file size, and the sink never gets more than the manifest's raw size:
/// decompression stops as soon as the output passes it.
///
/// Bytes reach the sink before the end of the file is checked, so a caller must not trust the
/// sink's content until the call succeeds (restore into a temporary file, then rename).
class CompressedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::CompressedFileReader)

public:
    /// source must be open for reading and read to its end (a file, not a socket still
    /// receiving). sink may be null to only verify. displayName names the file in errors.
    /// Errors: Vault.RawSizeExceeded (the output passed expected.rawSize; nothing more was read),
    /// Vault.FileSizeMismatch, Vault.FileChecksumMismatch, Vault.FileCorrupt (not a valid zstd
    /// stream although it matches the manifest), Vault.ReadFailed, Restore.WriteFailed,
    /// Restore.DiskFull. Returns the digest computed from the file.
    static Result<FileDigest> decompress(
        QIODevice *source, QIODevice *sink, const FileDigest &expected, const QString &displayName);
    /// decompress() without a sink: proves the stored file is the one the manifest describes.
    static Result<FileDigest> verify(QIODevice *source, const FileDigest &expected, const QString &displayName)
    {
        return decompress(source, nullptr, expected, displayName);
    }
};

} // namespace PgVault
