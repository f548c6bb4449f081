#include "engine/vault/CompressedFileReader.h"

#include "engine/Logging.h"

#include <QByteArray>
#include <QFileDevice>
#include <QIODevice>

#include <openssl/evp.h>

#include <memory>
#include <zstd.h>

namespace PgVault {

namespace {

struct ZstdFree
{
    void operator()(ZSTD_DCtx *context) const { ZSTD_freeDCtx(context); }
};
struct EvpFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

QString damagedRemedy()
{
    return CompressedFileReader::tr("The file was changed or damaged after the backup; use another recovery point and "
                                    "check the vault's storage.");
}

Error rawSizeExceeded(const QString &displayName, qint64 declared)
{
    qCWarning(lcEngineRestore).noquote() << "decompresses past its declared size, stopped:" << displayName;
    return {QStringLiteral("Vault.RawSizeExceeded"),
        CompressedFileReader::tr("%1 decompresses to more than the manifest's %2 bytes; PgVault stopped there.")
            .arg(displayName)
            .arg(declared),
        CompressedFileReader::tr("The file or its manifest was changed after the backup; do not use this recovery "
                                 "point, take a new backup and check the vault's storage."),
        QString()};
}

} // namespace

Result<FileDigest> CompressedFileReader::decompress(
    QIODevice *source, QIODevice *sink, const FileDigest &expected, const QString &displayName)
{
    Q_ASSERT(source && source->isReadable());
    std::unique_ptr<ZSTD_DCtx, ZstdFree> zstd(ZSTD_createDCtx());
    std::unique_ptr<EVP_MD_CTX, EvpFree> sha256(EVP_MD_CTX_new());
    if (!zstd || !sha256 || EVP_DigestInit_ex(sha256.get(), EVP_sha256(), nullptr) != 1)
        return Error{QStringLiteral("Restore.NoMemory"),
            tr("Cannot allocate the decompressor for %1.").arg(displayName),
            tr("Close other programs and try again."),
            QString()};

    QByteArray input(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    QByteArray output(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    FileDigest actual;
    // A zstd error does not end the loop: reading on to the end lets the size and checksum
    // comparison say whether the file was damaged after the backup (the usual case).
    QString zstdError;
    size_t frameState = 1; // 0 once a frame is complete and nothing is pending

    for (;;) {
        const qint64 read = source->read(input.data(), input.size());
        if (read < 0) {
            return Error{QStringLiteral("Vault.ReadFailed"),
                tr("Reading %1 failed: %2.").arg(displayName, source->errorString()),
                tr("Check that the vault's disk or share is available, then try again."),
                QString()};
        }
        if (read == 0)
            break;
        EVP_DigestUpdate(sha256.get(), input.constData(), size_t(read));
        actual.storedSize += read;
        if (!zstdError.isEmpty())
            continue;

        ZSTD_inBuffer in{input.constData(), size_t(read), 0};
        while (in.pos < in.size || frameState > 0) {
            ZSTD_outBuffer out{output.data(), size_t(output.size()), 0};
            frameState = ZSTD_decompressStream(zstd.get(), &out, &in);
            if (ZSTD_isError(frameState)) {
                zstdError = QString::fromLatin1(ZSTD_getErrorName(frameState));
                break;
            }
            // Stop at the declared size, before the bytes reach the sink: a small crafted file (a
            // "zstd bomb") would otherwise expand to gigabytes on disk or in memory first.
            if (qint64(out.pos) > expected.rawSize - actual.rawSize)
                return rawSizeExceeded(displayName, expected.rawSize);
            actual.rawSize += qint64(out.pos);
            if (sink && out.pos > 0 && sink->write(output.constData(), qint64(out.pos)) != qint64(out.pos)) {
                const auto *file = qobject_cast<const QFileDevice *>(sink);
                if (file && file->error() == QFileDevice::ResourceError) {
                    return Error{QStringLiteral("Restore.DiskFull"),
                        tr("The disk receiving the restore is full while restoring %1.").arg(displayName),
                        tr("Free space on that disk or restore somewhere else."),
                        QString()};
                }
                return Error{QStringLiteral("Restore.WriteFailed"),
                    tr("Writing the restored data of %1 failed: %2.").arg(displayName, sink->errorString()),
                    tr("Check the restore target, then try again."),
                    QString()};
            }
            // Input consumed and the output buffer not full: zstd needs more input to go on.
            if (in.pos == in.size && out.pos < out.size)
                break;
        }
    }

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(sha256.get(), digest, &length);
    actual.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());

    if (actual.storedSize != expected.storedSize) {
        return Error{QStringLiteral("Vault.FileSizeMismatch"),
            tr("%1 has %2 bytes but the manifest says %3.")
                .arg(displayName)
                .arg(actual.storedSize)
                .arg(expected.storedSize),
            damagedRemedy(),
            QString()};
    }
    if (actual.sha256 != expected.sha256) {
        return Error{QStringLiteral("Vault.FileChecksumMismatch"),
            tr("%1 does not match its SHA-256 checksum in the manifest.").arg(displayName),
            damagedRemedy(),
            QString()};
    }
    if (!zstdError.isEmpty() || frameState != 0 || actual.rawSize != expected.rawSize) {
        const QString why = !zstdError.isEmpty() ? zstdError
            : frameState != 0                    ? tr("the compressed data ends early")
                              : tr("it holds %1 bytes, not %2").arg(actual.rawSize).arg(expected.rawSize);
        qCWarning(lcEngineRestore).noquote()
            << "matches its checksum but cannot be decompressed:" << displayName << why;
        return Error{QStringLiteral("Vault.FileCorrupt"),
            tr("%1 matches the manifest but cannot be decompressed: %2.").arg(displayName, why),
            tr("The backup wrote a damaged file; use another recovery point and check the machine's memory "
               "and disk."),
            QString()};
    }
    return actual;
}

} // namespace PgVault
