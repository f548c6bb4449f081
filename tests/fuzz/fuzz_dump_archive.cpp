// libFuzzer target for DumpArchiveRewriter (and the DumpArchiveFieldReader under it), which every
// restore runs over the pg_dump archive as it comes out of the vault, a buffer at a time. Damaged
// archives may pass through or end up refused by pg_restore later; the rewriter itself must never
// crash, hang or read past its input. Beyond that, the properties restore relies on:
// - the output does not depend on how the input was cut into writes;
// - what the rewriter does not understand reaches the output unchanged;
// - the observer's positions are output positions, in order, and the offset patches fall inside
//   the table of contents;
// - a rewritten archive rewritten again stays as it is (the rewriter reads its own output).

#include "engine/restore/DumpArchiveRewriter.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PgVault;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_dump_archive: %s\n", what);
    std::abort();
}

void check(bool condition, const char *what)
{
    if (!condition)
        fail(what);
}

struct Feed
{
    quint32 splitSeed = 0; ///< 0: the whole archive in one write; else pieces of pseudo-random size
    bool omitOddTables = false; ///< leave the data of odd dump ids out, as a streamed restore does
    qint64 sinkLimit = -1; ///< the sink refuses once this much output came (a block streamer's end)
};

struct Rewritten
{
    QByteArray output;
    QList<DumpArchiveRewriter::Patch> patches;
    QString passThroughReason;
    bool headParsed = false;
    qsizetype headSize = 0;
    bool sinkFailed = false;
};

quint32 nextRandom(quint32 &state)
{
    // xorshift32: deterministic per input, so a crash replays from the input alone.
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

Rewritten rewrite(const QByteArray &archive, const Feed &feed)
{
    Rewritten result;
    qint64 lastStart = -1;
    qint64 lastEnd = -1;
    bool inBlock = false;
    DumpArchiveRewriter::Observer observer;
    observer.headParsed = [&](const QByteArray &head, const QList<int> &dumpIds, const QList<int> &dataIds) {
        check(!result.headParsed, "the head was reported twice");
        check(result.output.isEmpty() || result.output.startsWith(head), "the head is not where the output starts");
        check(dataIds.size() <= dumpIds.size(), "more data blocks than table of contents entries");
        result.headParsed = true;
        result.headSize = head.size();
    };
    observer.blockStarted = [&](int, qint64 position) {
        check(result.headParsed, "a block started before the head was parsed");
        check(position >= result.headSize && position >= lastStart && position >= lastEnd,
            "a block starts before what came before it");
        lastStart = position;
        inBlock = true;
    };
    observer.blockEnded = [&](qint64 position) {
        check(inBlock && position > lastStart, "a block ended that did not start, or before its start");
        lastEnd = position;
        inBlock = false;
    };
    if (feed.omitOddTables)
        observer.omitData = [](int dumpId) {
            return dumpId % 2 != 0;
        };
    observer.written = [&](qint64 position) {
        check(position == result.output.size(), "the written position is not the output's size");
    };
    const auto sink = [&](const char *data, qint64 length) {
        check(length >= 0, "a negative write");
        if (feed.sinkLimit >= 0 && result.output.size() + length > feed.sinkLimit) {
            result.sinkFailed = true;
            return false;
        }
        result.output.append(data, static_cast<qsizetype>(length));
        return true;
    };

    DumpArchiveRewriter rewriter(sink, observer);
    bool writing = true;
    if (feed.splitSeed == 0) {
        writing = rewriter.write(archive.constData(), archive.size());
    } else {
        quint32 state = feed.splitSeed;
        for (qsizetype at = 0; at < archive.size() && writing;) {
            // Mostly short pieces, so every field gets cut somewhere; now and then a long one.
            const quint32 random = nextRandom(state);
            const qsizetype piece
                = random % 8 == 0 ? 1 + qsizetype(random >> 8) % 65536 : 1 + qsizetype(random >> 8) % 16;
            const qsizetype length = std::min(piece, archive.size() - at);
            writing = rewriter.write(archive.constData() + at, length);
            at += length;
        }
    }
    // As restore does: finish() only when every write was taken.
    if (writing && !rewriter.finish())
        writing = false;
    check(writing || result.sinkFailed, "the rewriter failed although its sink did not");
    if (!writing)
        return result;

    result.patches = rewriter.patches();
    result.passThroughReason = rewriter.passThroughReason();
    check(lastStart <= result.output.size() && lastEnd <= result.output.size(), "a block position past the end");
    for (const DumpArchiveRewriter::Patch &patch : std::as_const(result.patches)) {
        check(result.headParsed, "offset patches without a table of contents");
        check(patch.position >= 0 && patch.position + patch.bytes.size() <= result.headSize,
            "an offset patch outside the table of contents");
    }
    return result;
}

QByteArray patched(QByteArray output, const QList<DumpArchiveRewriter::Patch> &patches)
{
    for (const DumpArchiveRewriter::Patch &patch : patches)
        output.replace(static_cast<qsizetype>(patch.position), patch.bytes.size(), patch.bytes);
    return output;
}

bool samePatches(const QList<DumpArchiveRewriter::Patch> &a, const QList<DumpArchiveRewriter::Patch> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].position != b[i].position || a[i].bytes != b[i].bytes)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray archive(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    quint32 seed = 2166136261u ^ static_cast<quint32>(size);
    for (std::size_t i = 0; i < std::min<std::size_t>(size, 64); ++i)
        seed = (seed ^ data[i]) * 16777619u;
    if (seed == 0)
        seed = 1;

    const Rewritten whole = rewrite(archive, {});
    if (!whole.headParsed)
        check(whole.output == archive, "an archive the rewriter did not understand was changed");

    const Rewritten split = rewrite(archive, {seed, false, -1});
    check(split.output == whole.output, "the output depends on how the input was cut");
    check(samePatches(split.patches, whole.patches), "the patches depend on how the input was cut");
    check(split.passThroughReason == whole.passThroughReason, "the pass-through depends on how the input was cut");

    rewrite(archive, {seed, true, -1});
    rewrite(archive, {seed, true, whole.output.isEmpty() ? 0 : qint64(seed % quint32(whole.output.size()))});

    const QByteArray restored = patched(whole.output, whole.patches);
    const Rewritten again = rewrite(restored, {});
    check(again.output == restored, "rewriting a rewritten archive changed it");
    check(samePatches(again.patches, whole.patches), "rewriting a rewritten archive gave other offsets");
    return 0;
}
