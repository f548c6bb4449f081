#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace PgVault {

/// Rewrites a pg_dump custom-format archive while it streams out of the vault, so that
/// `pg_restore` reads it as fast as an archive `pg_dump -Fc -f FILE` wrote itself.
///
/// BackupRunner has pg_dump write into a pipe (zstd compresses instead of pg_dump), which leaves
/// two things slow for pg_restore:
/// - A pipe cannot be seeked back, so the table of contents says "offset not set" for every data
///   block, and each parallel pg_restore worker scans the archive from the start for its table.
///   The rewriter notes where each block lands; finish() returns the patches that write those
///   offsets into the table of contents (the caller applies them to the seekable file).
/// - With --compress=0, pg_dump writes one length-prefixed chunk per row, and pg_restore hands
///   the server one row per call. The rewriter joins uncompressed chunks into chunks of
///   ChunkSize bytes (COPY data may be split anywhere; compressed archives split it too).
///
/// Everything else passes byte for byte. An archive it does not recognise (another format, an
/// archive version it does not know) passes through unchanged: still correct, only not faster.
/// Memory stays bounded by ChunkSize plus the table of contents, whatever the data size.
class DumpArchiveRewriter
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::DumpArchiveRewriter)

public:
    static constexpr qint64 ChunkSize = qint64{1024} * 1024;

    /// Receives the rewritten bytes in order; returns false when it cannot write them.
    using Sink = std::function<bool(const char *data, qint64 length)>;
    /// Bytes to write at an absolute position of the output once all of it was written.
    struct Patch
    {
        qint64 position = 0;
        QByteArray bytes;
    };

    /// Told, on the writing thread, what lands where, so a reader can follow the output while it
    /// is written (StreamingDatabaseRestore). Positions are output positions.
    struct Observer
    {
        /// The header and table of contents were passed on, unchanged: every entry's dump id in
        /// TOC order, and those of the entries with a data block (in the blocks' order).
        std::function<void(const QByteArray &head, const QList<int> &dumpIds, const QList<int> &dataIds)> headParsed;
        std::function<void(int dumpId, qint64 position)> blockStarted;
        /// Asked as a table's data block starts: true leaves the block empty in the output (its
        /// data is restored from elsewhere; see StreamingDatabaseRestore).
        std::function<bool(int dumpId)> omitData;
        /// The block last started ends before `position`.
        std::function<void(qint64 position)> blockEnded;
        /// All output before `position` reached the sink.
        std::function<void(qint64 position)> written;
    };

    explicit DumpArchiveRewriter(Sink sink, Observer observer = {});

    /// Takes the next bytes of the archive. False only when the sink failed.
    bool write(const char *data, qint64 length);
    /// Flushes what is pending; false when the sink failed. patches() is complete afterwards.
    bool finish();

    /// The table-of-contents offsets to write once the output is complete. Empty when the
    /// archive passed through unchanged.
    QList<Patch> patches() const;
    /// Why the archive passed through unchanged (empty when it was rewritten).
    QString passThroughReason() const { return m_passThroughReason; }
    int dataBlocks() const { return int(m_blocks.size()); }
    qint64 chunksRead() const { return m_chunksRead; }
    qint64 chunksWritten() const { return m_chunksWritten; }

private:
    enum class Stage {
        Head, // header and table of contents, kept whole until they parse
        BlockStart, // block type and dump id
        ChunkLength, // next chunk length (0 ends a data block or a large object)
        ChunkData, // bytes of the current chunk
        BlobOid, // next large object in a BLOBS block (0 ends the block)
        PassThrough, // not understood: copy the rest unchanged
    };
    struct TocEntry
    {
        int dumpId = 0;
        qint64 offsetField = 0; // position of the entry's offset flag byte
    };
    struct Block
    {
        int dumpId = 0;
        qint64 position = 0;
    };
    enum class Parsed { Complete, NeedMore, Unsupported };

    Parsed parseHead();
    bool step();
    std::optional<qint64> takeInt();
    bool emit(const char *data, qint64 length);
    bool emitInt(qint64 value);
    bool flushChunk();
    void blockEnded();
    bool flushOutput();
    bool passThrough(const QString &reason);

    Sink m_sink;
    Observer m_observer;
    QList<int> m_dumpIds; // every TOC entry, in order
    Stage m_stage = Stage::Head;
    QByteArray m_in; // input not yet consumed, from m_at
    qsizetype m_at = 0;
    qsizetype m_headTried = 0; // input size at the last incomplete parse of the head
    QByteArray m_out; // output batched into large writes
    qint64 m_written = 0; // bytes passed to the sink so far
    QByteArray m_chunk; // joined chunk data not yet written
    qint64 m_remaining = 0; // bytes left of the current input chunk
    bool m_direct = false; // the current chunk is copied through, not joined
    bool m_inBlobs = false; // the current block is a BLOBS block
    bool m_omitting = false; // the current block's data is left out
    bool m_compressed = false;
    int m_intSize = 4;
    int m_offSize = 8;
    QList<TocEntry> m_toc;
    QList<Block> m_blocks;
    qint64 m_chunksRead = 0;
    qint64 m_chunksWritten = 0;
    QString m_passThroughReason;
};

} // namespace PgVault
