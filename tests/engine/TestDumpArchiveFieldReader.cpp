#include "engine/restore/DumpArchiveFieldReader.h"
#include "engine/restore/DumpArchiveRewriter.h"

#include <QByteArray>
#include <QObject>
#include <QTest>

#include <limits>

using namespace PgVault;

namespace {

/// An archive integer of 8 bytes: the sign byte, then the magnitude least significant first.
QByteArray int8(quint64 magnitude, bool negative = false)
{
    QByteArray bytes(1, negative ? '\1' : '\0');
    for (int i = 0; i < 8; ++i)
        bytes.append(static_cast<char>((magnitude >> (8 * i)) & 0xff));
    return bytes;
}

} // namespace

/// Tests DumpArchiveFieldReader and the rewriter on integers at the edge of their range, which a
/// damaged archive can hold (found by tests/fuzz/fuzz_dump_archive).
class TestDumpArchiveFieldReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallestIntegerIsReadWithoutOverflow()
    {
        // "Minus 2^63": negating it as a signed value was undefined behaviour.
        const QByteArray data = int8(quint64(1) << 63, true);
        DumpArchiveFieldReader reader(data, 0, 8);
        QCOMPARE(reader.integer(), std::numeric_limits<qint64>::min());
        QVERIFY(reader.ok());
        QCOMPARE(reader.at(), data.size());
    }

    void archiveWithSmallestEntryCountPassesThrough()
    {
        // A version 1.14 header with 8-byte integers whose table of contents count is minus 2^63.
        QByteArray archive = QByteArrayLiteral("PGDMP\x01\x0e\x00\x08\x08\x01") + int8(0);
        for (int i = 0; i < 7; ++i)
            archive += int8(0);
        for (int i = 0; i < 3; ++i)
            archive += int8(1, true);
        archive += int8(quint64(1) << 63, true);
        QByteArray output;
        DumpArchiveRewriter rewriter([&output](const char *data, qint64 length) {
            output.append(data, static_cast<qsizetype>(length));
            return true;
        });
        QVERIFY(rewriter.write(archive.constData(), archive.size()));
        QVERIFY(rewriter.finish());
        QCOMPARE(output, archive);
        QVERIFY(!rewriter.passThroughReason().isEmpty());
        QVERIFY(rewriter.patches().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDumpArchiveFieldReader)
#include "TestDumpArchiveFieldReader.moc"
