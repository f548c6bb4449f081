#include "engine/vault/CompressedFileWriter.h"

#include "engine/Logging.h"
#include "engine/vault/VaultStore.h"

#include <QFileDevice>
#include <QIODevice>
#include <QThread>

#include <openssl/evp.h>

#include <algorithm>
#include <zstd.h>

namespace PgVault {

struct CompressedFileWriter::Contexts
{
    struct ZstdFree
    {
        void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
    };
    struct EvpFree
    {
        void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
    };
    std::unique_ptr<ZSTD_CCtx, ZstdFree> zstd;
    std::unique_ptr<EVP_MD_CTX, EvpFree> sha256;
};

namespace {

Error internalError(const QString &code, const QString &what)
{
    return {code,
        what,
        CompressedFileWriter::tr("This is a bug or an out-of-memory condition; please report it."),
        QString()};
}

} // namespace

int CompressionOptions::defaultWorkers()
{
    return std::clamp(QThread::idealThreadCount(), 1, 2);
}

Result<std::unique_ptr<CompressedFileWriter>> CompressedFileWriter::create(
    QIODevice *sink, const QString &displayName, const CompressionOptions &options)
{
    Q_ASSERT(sink && sink->isWritable());
    auto contexts = std::make_unique<Contexts>();
    contexts->zstd.reset(ZSTD_createCCtx());
    contexts->sha256.reset(EVP_MD_CTX_new());
    if (!contexts->zstd || !contexts->sha256)
        return internalError(QStringLiteral("Compression.NoMemory"), tr("Cannot allocate the compressor."));

    const ZSTD_bounds levels = ZSTD_cParam_getBounds(ZSTD_c_compressionLevel);
    if (options.level < levels.lowerBound || options.level > levels.upperBound) {
        return Error{QStringLiteral("Compression.BadLevel"),
            tr("Compression level %1 is outside zstd's range %2 to %3.")
                .arg(options.level)
                .arg(levels.lowerBound)
                .arg(levels.upperBound),
            tr("Choose a level from %1 to %2; 3 is the default.").arg(1).arg(levels.upperBound),
            QStringLiteral("compressionLevel"),
            ErrorKind::BadInput};
    }
    ZSTD_CCtx_setParameter(contexts->zstd.get(), ZSTD_c_compressionLevel, options.level);
    // zstd's own frame checksum lets a decompressor notice damage even without the manifest.
    ZSTD_CCtx_setParameter(contexts->zstd.get(), ZSTD_c_checksumFlag, 1);
    if (options.workers > 0) {
        const size_t rc = ZSTD_CCtx_setParameter(contexts->zstd.get(), ZSTD_c_nbWorkers, options.workers);
        // A libzstd built without ZSTD_MULTITHREAD refuses; single-threaded output is identical in format.
        if (ZSTD_isError(rc))
            qCInfo(lcEngineBackup) << "zstd without multi-threading support, compressing on one thread:"
                                   << ZSTD_getErrorName(rc);
    }
    if (EVP_DigestInit_ex(contexts->sha256.get(), EVP_sha256(), nullptr) != 1)
        return internalError(QStringLiteral("Compression.HashInit"), tr("Cannot start the SHA-256 digest."));

    return std::unique_ptr<CompressedFileWriter>(new CompressedFileWriter(sink, displayName, std::move(contexts)));
}

CompressedFileWriter::CompressedFileWriter(QIODevice *sink, QString displayName, std::unique_ptr<Contexts> contexts)
    : m_sink(sink)
    , m_displayName(std::move(displayName))
    , m_contexts(std::move(contexts))
    , m_buffer(OutputBufferSize, Qt::Uninitialized)
{
}

CompressedFileWriter::~CompressedFileWriter() = default;

Result<void> CompressedFileWriter::write(const char *data, qint64 size)
{
    if (m_error)
        return *m_error;
    if (m_finished)
        return fail(internalError(QStringLiteral("Compression.WriteAfterFinish"),
            tr("%1 was written after it was finished.").arg(m_displayName)));
    if (size <= 0)
        return {};
    m_rawSize += size;
    return compress(data, size, false);
}

Result<FileDigest> CompressedFileWriter::finish()
{
    if (m_error)
        return *m_error;
    if (m_finished)
        return fail(internalError(
            QStringLiteral("Compression.FinishedTwice"), tr("%1 was finished twice.").arg(m_displayName)));
    if (const Result<void> flushed = compress(nullptr, 0, true); !flushed)
        return flushed.error();
    m_finished = true;

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_contexts->sha256.get(), digest, &length) != 1)
        return fail(internalError(QStringLiteral("Compression.HashFinal"), tr("Cannot finish the SHA-256 digest.")));
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    return FileDigest{m_rawSize, m_storedSize, QString::fromLatin1(hex)};
}

Result<void> CompressedFileWriter::compress(const char *data, qint64 size, bool end)
{
    ZSTD_inBuffer in{data, static_cast<size_t>(size), 0};
    const ZSTD_EndDirective directive = end ? ZSTD_e_end : ZSTD_e_continue;
    // With e_continue zstd consumes all input, emitting whatever output is ready; with e_end it
    // returns how much is still to flush, so loop until that reaches zero.
    for (;;) {
        ZSTD_outBuffer out{m_buffer.data(), static_cast<size_t>(m_buffer.size()), 0};
        const size_t remaining = ZSTD_compressStream2(m_contexts->zstd.get(), &out, &in, directive);
        if (ZSTD_isError(remaining)) {
            return fail(internalError(QStringLiteral("Compression.Failed"),
                tr("Compressing %1 failed: %2.")
                    .arg(m_displayName, QString::fromLatin1(ZSTD_getErrorName(remaining)))));
        }
        if (out.pos > 0) {
            if (const Result<void> written = emitOutput(qint64(out.pos)); !written)
                return written;
        }
        const bool done = end ? remaining == 0 : in.pos == in.size;
        if (done)
            return {};
    }
}

Result<void> CompressedFileWriter::emitOutput(qint64 size)
{
    if (EVP_DigestUpdate(m_contexts->sha256.get(), m_buffer.constData(), size_t(size)) != 1)
        return fail(internalError(QStringLiteral("Compression.Hash"), tr("Cannot update the SHA-256 digest.")));
    qint64 offset = 0;
    while (offset < size) {
        const qint64 written = m_sink->write(m_buffer.constData() + offset, size - offset);
        if (written <= 0) {
            const auto *file = qobject_cast<const QFileDevice *>(m_sink);
            // QFile reports ENOSPC (and EDQUOT is not distinguished by Qt) as ResourceError.
            if (file && file->error() == QFileDevice::ResourceError)
                return fail(VaultStore::diskFullError(m_displayName));
            return fail(VaultStore::writeError(m_displayName, m_sink->errorString()));
        }
        offset += written;
    }
    m_storedSize += size;
    return {};
}

Error CompressedFileWriter::fail(Error error)
{
    qCWarning(lcEngineBackup).noquote() << error.code << error.message;
    m_error = error;
    return error;
}

} // namespace PgVault
