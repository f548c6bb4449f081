#include "engine/restore/DumpArchiveRewriter.h"

#include "engine/restore/DumpArchiveFieldReader.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace PgVault {

namespace {

// From PostgreSQL's src/bin/pg_dump/pg_backup_archiver.h and pg_backup_custom.c.
constexpr char Magic[] = {'P', 'G', 'D', 'M', 'P'};
constexpr int FormatCustom = 1; // archCustom
constexpr int OldestMinor = 12; // K_VERS_1_12, PostgreSQL 9.0
constexpr int NewestMinor = 16; // K_VERS_1_16, PostgreSQL 17
constexpr int BlockData = 1; // BLK_DATA
constexpr int BlockBlobs = 3; // BLK_BLOBS
constexpr char OffsetNotSet = 1; // K_OFFSET_POS_NOT_SET
constexpr char OffsetSet = 2; // K_OFFSET_POS_SET
constexpr char OffsetNoData = 3; // K_OFFSET_NO_DATA

// A table of contents larger than this is not buffered: the archive passes through instead.
constexpr qsizetype HeadLimit = qsizetype{256} * 1024 * 1024;
constexpr qsizetype OutputBatch = qsizetype{1024} * 1024;

} // namespace

DumpArchiveRewriter::DumpArchiveRewriter(Sink sink, Observer observer)
    : m_sink(std::move(sink))
    , m_observer(std::move(observer))
{
}

bool DumpArchiveRewriter::write(const char *data, qint64 length)
{
    if (m_stage == Stage::PassThrough)
        return emit(data, length);
    m_in.append(data, qsizetype(length));
    bool advanced = true;
    while (advanced && m_stage != Stage::PassThrough) {
        const qint64 before = m_written + m_out.size() + m_at;
        if (!step())
            return false;
        advanced = m_written + m_out.size() + m_at != before;
    }
    m_in.remove(0, m_at);
    m_at = 0;
    return true;
}

bool DumpArchiveRewriter::finish()
{
    if (m_stage == Stage::Head) {
        m_headTried = 0; // one last parse over everything that came
        if (!write(nullptr, 0))
            return false;
    }
    if (m_stage == Stage::Head && !m_in.isEmpty()) {
        if (!passThrough(tr("the archive ends inside its table of contents")))
            return false;
    }
    if (m_stage != Stage::PassThrough && m_at < m_in.size()) {
        // A truncated archive: keep its bytes, pg_restore says what is missing.
        if (!flushChunk() || !emit(m_in.constData() + m_at, m_in.size() - m_at))
            return false;
        m_in.clear();
        m_at = 0;
    }
    return flushChunk() && flushOutput();
}

QList<DumpArchiveRewriter::Patch> DumpArchiveRewriter::patches() const
{
    QHash<int, qint64> positions;
    for (const Block &block : m_blocks)
        positions.insert(block.dumpId, block.position);
    QList<Patch> result;
    for (const TocEntry &entry : m_toc) {
        Patch patch{entry.offsetField, QByteArray(1 + m_offSize, '\0')};
        const auto found = positions.constFind(entry.dumpId);
        // Blocks after a pass-through point keep no stale offset: pg_restore scans for them.
        if (found != positions.constEnd() && (m_offSize >= 8 || *found < (qint64(1) << (8 * m_offSize)))) {
            patch.bytes[0] = OffsetSet;
            for (int i = 0; i < m_offSize; ++i)
                patch.bytes[1 + i] = char((quint64(*found) >> (8 * i)) & 0xff);
        } else {
            patch.bytes[0] = OffsetNotSet;
        }
        result << patch;
    }
    return result;
}

DumpArchiveRewriter::Parsed DumpArchiveRewriter::parseHead()
{
    DumpArchiveFieldReader reader(m_in, m_at, 1);
    if (m_in.size() - m_at < qsizetype(sizeof Magic))
        return Parsed::NeedMore;
    if (std::memcmp(m_in.constData() + m_at, Magic, sizeof Magic) != 0) {
        m_passThroughReason = tr("not a pg_dump custom-format archive");
        return Parsed::Unsupported;
    }
    reader.skip(sizeof Magic);
    const int major = reader.byte();
    const int minor = reader.byte();
    reader.byte(); // revision
    const int intSize = reader.byte();
    const int offSize = reader.byte();
    const int format = reader.byte();
    if (!reader.ok())
        return Parsed::NeedMore;
    if (major != 1 || minor < OldestMinor || minor > NewestMinor) {
        m_passThroughReason = tr("archive version %1.%2 is not one this PgVault knows").arg(major).arg(minor);
        return Parsed::Unsupported;
    }
    if (intSize < 1 || intSize > 8 || offSize < 1 || offSize > 8 || format != FormatCustom) {
        m_passThroughReason = tr("unexpected archive header");
        return Parsed::Unsupported;
    }
    reader.setIntSize(intSize);
    // 1.15 (PostgreSQL 16) stores the compression algorithm as a byte, older ones the level.
    const bool compressed = minor >= 15 ? reader.byte() != 0 : reader.integer() != 0;
    for (int i = 0; i < 7; ++i)
        reader.integer(); // creation time
    for (int i = 0; i < 3; ++i)
        reader.string(); // database name, server version, pg_dump version
    const qint64 count = reader.integer();
    if (reader.ok() && count < 0) {
        m_passThroughReason = tr("unexpected archive header");
        return Parsed::Unsupported;
    }
    QList<TocEntry> toc;
    QList<int> dumpIds;
    for (qint64 i = 0; i < count && reader.ok(); ++i) {
        TocEntry entry;
        entry.dumpId = int(reader.integer());
        dumpIds << entry.dumpId;
        reader.integer(); // had a data dumper
        for (int field = 0; field < 4; ++field)
            reader.string(); // table OID, OID, tag, description
        reader.integer(); // section
        // Definition, drop statement, COPY statement, schema, tablespace; 1.14 added the table
        // access method.
        for (int field = 0; field < (minor >= 14 ? 6 : 5); ++field)
            reader.string();
        if (minor >= 16)
            reader.integer(); // relkind
        reader.string(); // owner
        reader.string(); // "with OIDs", always "false"
        while (reader.ok() && reader.string()) { } // dependencies, up to a null string
        entry.offsetField = reader.at();
        const int flag = reader.byte();
        reader.skip(offSize);
        if (reader.ok() && flag != OffsetNoData)
            toc << entry;
    }
    if (!reader.ok())
        return Parsed::NeedMore;

    m_intSize = intSize;
    m_offSize = offSize;
    m_compressed = compressed;
    m_toc = toc;
    m_dumpIds = dumpIds;
    const qsizetype end = reader.at();
    if (!emit(m_in.constData() + m_at, end - m_at))
        return Parsed::Unsupported; // m_passThroughReason stays empty: the sink failed
    if (m_observer.headParsed) {
        QList<int> dataIds;
        for (const TocEntry &entry : std::as_const(m_toc))
            dataIds << entry.dumpId;
        m_observer.headParsed(m_in.mid(m_at, end - m_at), m_dumpIds, dataIds);
    }
    m_at = end;
    return Parsed::Complete;
}

bool DumpArchiveRewriter::step()
{
    switch (m_stage) {
    case Stage::Head: {
        const qsizetype available = m_in.size() - m_at;
        // Parsed again only once the buffer doubled, so a large table of contents costs O(n).
        if (m_headTried > 0 && available < 2 * m_headTried)
            return true;
        switch (parseHead()) {
        case Parsed::Complete:
            m_stage = Stage::BlockStart;
            return true;
        case Parsed::NeedMore:
            m_headTried = available;
            if (available > HeadLimit)
                return passThrough(tr("its table of contents is larger than %1 MiB").arg(HeadLimit / 1024 / 1024));
            return true;
        case Parsed::Unsupported:
            return !m_passThroughReason.isEmpty() && passThrough(m_passThroughReason);
        }
        return true;
    }
    case Stage::BlockStart: {
        if (m_in.size() - m_at < 2 + m_intSize)
            return true;
        const int type = uchar(m_in.at(m_at));
        if (type != BlockData && type != BlockBlobs)
            return passThrough(tr("unknown data block type %1").arg(type));
        ++m_at;
        const qint64 dumpId = *takeInt();
        m_blocks << Block{int(dumpId), m_written + m_out.size()};
        if (m_observer.blockStarted)
            m_observer.blockStarted(int(dumpId), m_blocks.last().position);
        const char typeByte = char(type);
        m_inBlobs = type == BlockBlobs;
        m_omitting = !m_inBlobs && m_observer.omitData && m_observer.omitData(int(dumpId));
        m_stage = m_inBlobs ? Stage::BlobOid : Stage::ChunkLength;
        return emit(&typeByte, 1) && emitInt(dumpId);
    }
    case Stage::BlobOid: {
        const std::optional<qint64> oid = takeInt();
        if (!oid)
            return true;
        m_stage = *oid == 0 ? Stage::BlockStart : Stage::ChunkLength;
        if (!emitInt(*oid))
            return false;
        if (*oid == 0)
            blockEnded();
        return true;
    }
    case Stage::ChunkLength: {
        if (m_in.size() - m_at < 1 + m_intSize)
            return true;
        const qsizetype at = m_at;
        const qint64 length = *takeInt();
        if (length < 0) {
            m_at = at;
            return flushChunk() && passThrough(tr("negative chunk length"));
        }
        if (length == 0) {
            m_stage = m_inBlobs ? Stage::BlobOid : Stage::BlockStart;
            if (!flushChunk() || !emitInt(0))
                return false;
            if (!m_inBlobs)
                blockEnded();
            return true;
        }
        ++m_chunksRead;
        m_remaining = length;
        m_stage = Stage::ChunkData;
        if (m_omitting)
            return true;
        // Compressed chunks and chunks as large as a joined one are copied as they come.
        m_direct = m_compressed || length >= ChunkSize;
        if (m_direct) {
            ++m_chunksWritten;
            return flushChunk() && emitInt(length);
        }
        return m_chunk.size() + length <= ChunkSize || flushChunk();
    }
    case Stage::ChunkData: {
        const qint64 take = std::min<qint64>(m_remaining, m_in.size() - m_at);
        if (take == 0)
            return true;
        const char *from = m_in.constData() + m_at;
        m_at += qsizetype(take);
        m_remaining -= take;
        if (m_remaining == 0)
            m_stage = Stage::ChunkLength;
        if (m_omitting)
            return true;
        if (m_direct)
            return emit(from, take);
        m_chunk.append(from, qsizetype(take));
        return true;
    }
    case Stage::PassThrough:
        return true;
    }
    return true;
}

std::optional<qint64> DumpArchiveRewriter::takeInt()
{
    DumpArchiveFieldReader reader(m_in, m_at, m_intSize);
    const qint64 value = reader.integer();
    if (!reader.ok())
        return std::nullopt;
    m_at = reader.at();
    return value;
}

void DumpArchiveRewriter::blockEnded()
{
    if (m_observer.blockEnded)
        m_observer.blockEnded(m_written + m_out.size());
}

bool DumpArchiveRewriter::emit(const char *data, qint64 length)
{
    // A joined chunk (up to ChunkSize) goes to the sink as it is, after the few header bytes
    // batched before it: copying every megabyte into the batch first cost a copy of all the data
    // on the streaming restore's critical path.
    if (length >= OutputBatch / 2) {
        if (!flushOutput() || !m_sink(data, length))
            return false;
        m_written += length;
        if (m_observer.written)
            m_observer.written(m_written);
        return true;
    }
    m_out.append(data, qsizetype(length));
    return m_out.size() < OutputBatch || flushOutput();
}

bool DumpArchiveRewriter::emitInt(qint64 value)
{
    char bytes[9] = {};
    bytes[0] = value < 0 ? 1 : 0;
    quint64 magnitude = value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    for (int i = 1; i <= m_intSize; ++i, magnitude >>= 8)
        bytes[i] = char(magnitude & 0xff);
    return emit(bytes, 1 + m_intSize);
}

bool DumpArchiveRewriter::flushChunk()
{
    if (m_chunk.isEmpty())
        return true;
    ++m_chunksWritten;
    const bool written = emitInt(m_chunk.size()) && emit(m_chunk.constData(), m_chunk.size());
    m_chunk.resize(0); // keeps the capacity for the next chunk
    return written;
}

bool DumpArchiveRewriter::flushOutput()
{
    if (m_out.isEmpty())
        return true;
    if (!m_sink(m_out.constData(), m_out.size()))
        return false;
    m_written += m_out.size();
    m_out.resize(0);
    if (m_observer.written)
        m_observer.written(m_written);
    return true;
}

bool DumpArchiveRewriter::passThrough(const QString &reason)
{
    if (m_passThroughReason.isEmpty())
        m_passThroughReason = reason;
    m_stage = Stage::PassThrough;
    const char *rest = m_in.constData() + m_at;
    const qint64 length = m_in.size() - m_at;
    m_at = m_in.size();
    return emit(rest, length);
}

} // namespace PgVault
