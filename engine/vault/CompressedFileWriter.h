#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace PgVault {

/// What a data file holds once written: the numbers the manifest records and restore checks.
struct FileDigest
{
    qint64 rawSize = 0; ///< bytes before compression
    qint64 storedSize = 0; ///< compressed bytes written to the sink
    QString sha256; ///< lowercase hex SHA-256 of the stored bytes

    bool operator==(const FileDigest &) const = default;
};

/// zstd settings for the vault's data files.
struct CompressionOptions
{
    int level = 3; ///< zstd's default: fast, and most of the gain on dump data
    int workers = defaultWorkers(); ///< zstd worker threads; 0 compresses on the calling thread

    /// min(2, cores): leaves room for pg_dump and the rest of the machine.
    static int defaultWorkers();
};

/// The streaming write half of the pipeline: compresses bytes pushed in chunks with zstd,
/// hashes the compressed bytes with SHA-256 and writes them to a sink (a PointWriter file) as
/// they come, so memory stays bounded (one OutputBufferSize buffer plus zstd's fixed window and
/// job buffers) whatever the dump size. BackupRunner feeds it pg_dump's output:
///
///     auto writer = CompressedFileWriter::create(sink, fileName);   // check ok()
///     writer.value()->write(data, size) ...                         // per chunk, check ok()
///     Result<FileDigest> digest = writer.value()->finish();         // then PointWriter::finishFile
///
/// After the first error every call returns that error. Not thread-safe; one writer per file.
class CompressedFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::CompressedFileWriter)

public:
    /// The fixed output buffer; every write to the sink is at most this large.
    static constexpr qint64 OutputBufferSize = qint64{128} * 1024;

    /// sink must be open for writing and outlive the writer; the writer does not close it.
    /// displayName names the file in error messages (usually its path in the vault).
    static Result<std::unique_ptr<CompressedFileWriter>> create(
        QIODevice *sink, const QString &displayName, const CompressionOptions &options = {});
    ~CompressedFileWriter();

    CompressedFileWriter(const CompressedFileWriter &) = delete;
    CompressedFileWriter &operator=(const CompressedFileWriter &) = delete;

    Result<void> write(const char *data, qint64 size);
    Result<void> write(const QByteArray &data) { return write(data.constData(), data.size()); }
    /// Ends the zstd frame, writes the rest and returns the digest. The sink is not flushed to
    /// disk here: that is PointWriter::finishFile's job.
    Result<FileDigest> finish();

    qint64 rawSize() const { return m_rawSize; }
    qint64 storedSize() const { return m_storedSize; }

private:
    struct Contexts;

    CompressedFileWriter(QIODevice *sink, QString displayName, std::unique_ptr<Contexts> contexts);
    Result<void> compress(const char *data, qint64 size, bool end);
    Result<void> emitOutput(qint64 size);
    Error fail(Error error);

    QIODevice *m_sink;
    QString m_displayName;
    std::unique_ptr<Contexts> m_contexts;
    QByteArray m_buffer;
    qint64 m_rawSize = 0;
    qint64 m_storedSize = 0;
    std::optional<Error> m_error;
    bool m_finished = false;
};

} // namespace PgVault
