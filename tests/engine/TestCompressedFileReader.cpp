#include "engine/vault/CompressedFileReader.h"
#include "engine/vault/CompressedFileWriter.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace PgVault;

namespace {

struct Stored
{
    QByteArray bytes;
    FileDigest digest;
};

Stored compress(const QByteArray &raw, qint64 chunkSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = CompressedFileWriter::create(&buffer, QStringLiteral("test"));
    for (qint64 offset = 0; offset < raw.size(); offset += chunkSize)
        (void)writer.value()->write(raw.constData() + offset, std::min(chunkSize, raw.size() - offset));
    const Result<FileDigest> digest = writer.value()->finish();
    return {buffer.data(), digest.ok() ? digest.value() : FileDigest{}};
}

Result<FileDigest> decompress(const QByteArray &stored, QByteArray *raw, const FileDigest &expected)
{
    QBuffer source;
    source.setData(stored);
    source.open(QIODevice::ReadOnly);
    QBuffer sink(raw);
    sink.open(QIODevice::WriteOnly);
    return CompressedFileReader::decompress(&source, &sink, expected, QStringLiteral("db-sales.dump.zst"));
}

/// A stored file that expands to `rawSize` zero bytes, made the way the backup writes files
/// (zstd, streamed a megabyte at a time), so a few hundred kilobytes stand for gigabytes.
Stored zeros(qint64 rawSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = CompressedFileWriter::create(&buffer, QStringLiteral("test"), {1, 0});
    const QByteArray chunk(1024 * 1024, '\0');
    for (qint64 written = 0; written < rawSize; written += chunk.size())
        (void)writer.value()->write(chunk.constData(), std::min<qint64>(chunk.size(), rawSize - written));
    const Result<FileDigest> digest = writer.value()->finish();
    return {buffer.data(), digest.ok() ? digest.value() : FileDigest{}};
}

QByteArray sample(qint64 size, bool compressible)
{
    QRandomGenerator random{quint32(size)};
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = compressible ? char("COPY public.t (a, b) FROM stdin;\n"[i % 33]) : char(random.generate());
    return data;
}

} // namespace

/// Tests CompressedFileReader: round trips and the size, checksum and corruption checks that
/// protect restore and verify, and a zstd bomb stopped at the manifest's raw size.
class TestCompressedFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripRestoresTheExactBytes_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("compressible");
        QTest::newRow("empty") << qint64(0) << false;
        QTest::newRow("one byte") << qint64(1) << true;
        QTest::newRow("random 300 KiB") << qint64(300 * 1024) << false;
        QTest::newRow("compressible 6 MiB") << qint64(6 * 1024 * 1024) << true;
        QTest::newRow("random 4 MiB + 3") << qint64(4 * 1024 * 1024 + 3) << false;
    }

    void roundTripRestoresTheExactBytes()
    {
        QFETCH(qint64, size);
        QFETCH(bool, compressible);
        const QByteArray raw = sample(size, compressible);
        const Stored stored = compress(raw, 70000);
        QCOMPARE(stored.digest.rawSize, size);
        QByteArray restored;
        const Result<FileDigest> digest = decompress(stored.bytes, &restored, stored.digest);
        QVERIFY_RESULT(digest);
        QCOMPARE(digest.value(), stored.digest);
        QCOMPARE(restored.size(), raw.size());
        QVERIFY(restored == raw);
    }

    void verifyNeedsNoSink()
    {
        const Stored stored = compress(sample(100000, true), 4096);
        QBuffer source;
        source.setData(stored.bytes);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY_RESULT(CompressedFileReader::verify(&source, stored.digest, QStringLiteral("schema.sql.zst")));
    }

    void flippedByteFailsNamingTheFile_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::newRow("in the frame header") << qint64(0);
        QTest::newRow("in the middle") << qint64(-2);
        QTest::newRow("last byte (zstd checksum)") << qint64(-1);
    }

    void flippedByteFailsNamingTheFile()
    {
        QFETCH(qint64, position);
        Stored stored = compress(sample(200000, false), 8192);
        const qint64 at = position == -2 ? stored.bytes.size() / 2 : position == -1 ? stored.bytes.size() - 1 : 0;
        stored.bytes[at] = char(stored.bytes[at] ^ 0x20);
        QByteArray restored;
        const Result<FileDigest> digest = decompress(stored.bytes, &restored, stored.digest);
        QVERIFY(!digest.ok());
        QCOMPARE(digest.error().code, QStringLiteral("Vault.FileChecksumMismatch"));
        QVERIFY(digest.error().message.contains(QStringLiteral("db-sales.dump.zst")));
        QVERIFY(!digest.error().remedy.isEmpty());
    }

    void truncatedFileFailsOnSize()
    {
        Stored stored = compress(sample(50000, false), 8192);
        stored.bytes.chop(10);
        QByteArray restored;
        const Result<FileDigest> digest = decompress(stored.bytes, &restored, stored.digest);
        QVERIFY(!digest.ok());
        QCOMPARE(digest.error().code, QStringLiteral("Vault.FileSizeMismatch"));
        QVERIFY(digest.error().message.contains(QStringLiteral("db-sales.dump.zst")));
    }

    void damageBeforeTheChecksumWasTakenIsStillCaught()
    {
        // A file damaged before hashing matches the manifest; zstd's own checks catch it.
        Stored stored = compress(sample(50000, false), 8192);
        stored.bytes[stored.bytes.size() / 2] = char(stored.bytes[stored.bytes.size() / 2] ^ 1);
        FileDigest expected = stored.digest;
        expected.sha256
            = QString::fromLatin1(QCryptographicHash::hash(stored.bytes, QCryptographicHash::Sha256).toHex());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be decompressed")));
        QByteArray restored;
        const Result<FileDigest> digest = decompress(stored.bytes, &restored, expected);
        QVERIFY(!digest.ok());
        QCOMPARE(digest.error().code, QStringLiteral("Vault.FileCorrupt"));
        QVERIFY(digest.error().message.contains(QStringLiteral("db-sales.dump.zst")));
    }

    void wrongRawSizeIsCaught()
    {
        const Stored stored = compress(sample(1000, true), 8192);
        FileDigest expected = stored.digest;
        expected.rawSize += 1;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be decompressed")));
        QByteArray restored;
        const Result<FileDigest> digest = decompress(stored.bytes, &restored, expected);
        QVERIFY(!digest.ok());
        QCOMPARE(digest.error().code, QStringLiteral("Vault.FileCorrupt"));
    }

    void decompressionStopsAtTheDeclaredSize()
    {
        // A zstd bomb: a small file that expands to 2 GiB, whose manifest entry has the true stored
        // size and checksum (a manifest can be rewritten to match) but declares 1000 raw bytes. The
        // sink is a QBuffer, as for roles.sql when a restore applies the roles.
        const Stored bomb = zeros(qint64(2) * 1024 * 1024 * 1024);
        QVERIFY2(bomb.bytes.size() < 1024 * 1024, qPrintable(QString::number(bomb.bytes.size())));
        FileDigest expected = bomb.digest;
        expected.rawSize = 1000;
        Test::resetPeakResident();
        QElapsedTimer timer;
        timer.start();
        QByteArray restored;
        const Result<FileDigest> digest = decompress(bomb.bytes, &restored, expected);
        const qint64 elapsed = timer.elapsed();
        const qint64 peak = Test::peakResidentBytes();
        QVERIFY(!digest.ok());
        QCOMPARE(digest.error().code, QStringLiteral("Vault.RawSizeExceeded"));
        QVERIFY2(digest.error().message.contains(QStringLiteral("db-sales.dump.zst"))
                && digest.error().message.contains(QStringLiteral("1000")),
            qPrintable(digest.error().message));
        QVERIFY(!digest.error().remedy.isEmpty());
        QVERIFY2(restored.size() <= 1000, qPrintable(QString::number(restored.size())));
        QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        QVERIFY2(peak > 0 && peak < 200 * 1024 * 1024, qPrintable(QStringLiteral("peak %1 bytes").arg(peak)));

        // Verify (no sink) stops there too.
        QBuffer source;
        source.setData(bomb.bytes);
        QVERIFY(source.open(QIODevice::ReadOnly));
        timer.restart();
        const Result<FileDigest> verified
            = CompressedFileReader::verify(&source, expected, QStringLiteral("roles.sql.zst"));
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, QStringLiteral("Vault.RawSizeExceeded"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void fileOfExactlyTheDeclaredSizePasses()
    {
        // The cap is the declared size itself: output that reaches it exactly is fine.
        const Stored stored = zeros(3 * 1024 * 1024 + 17);
        QByteArray restored;
        QVERIFY_RESULT(decompress(stored.bytes, &restored, stored.digest));
        QCOMPARE(restored.size(), 3 * 1024 * 1024 + 17);
    }
};

QTEST_GUILESS_MAIN(TestCompressedFileReader)
#include "TestCompressedFileReader.moc"
