#include "engine/vault/CompressedFileReader.h"
#include "engine/vault/CompressedFileWriter.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>

using namespace PgVault;

namespace {

constexpr qint64 MiB = 1024 * 1024;

/// A sink that keeps nothing: it hashes and counts what it receives and remembers the largest
/// single write, so a test can see the writer streams instead of accumulating.
class HashingSink : public QIODevice
{
public:
    HashingSink() { open(QIODevice::WriteOnly); }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 total() const { return m_total; }
    qint64 largestWrite() const { return m_largestWrite; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        m_total += size;
        m_largestWrite = std::max(m_largestWrite, size);
        return size;
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_total = 0;
    qint64 m_largestWrite = 0;
};

/// Deterministic dump-like data: half random (incompressible), half repetitive.
QByteArray chunk(QRandomGenerator &random, qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    const qint64 randomPart = size / 2;
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), randomPart / 4);
    for (qint64 i = randomPart / 4 * 4; i < size; ++i)
        data[i] = char('a' + i % 7);
    return data;
}

qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

/// Tests CompressedFileWriter: digest of the stored bytes, streaming with bounded memory, and the
/// disk-full and write errors.
class TestCompressedFileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamsLargeInputWithBoundedMemory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile stored(dir.filePath(QStringLiteral("big.dump.zst")));
        QVERIFY(stored.open(QIODevice::WriteOnly));
        QRandomGenerator random(42);

        auto writer = CompressedFileWriter::create(&stored, stored.fileName());
        QVERIFY_RESULT(writer);
        QCryptographicHash rawHash(QCryptographicHash::Sha256);
        // zstd's worker buffers (tens of MiB with two workers) fill up during the first part; after
        // that the peak must stay flat however much more comes through.
        constexpr qint64 Total = 192 * MiB;
        constexpr qint64 SteadyAfter = 96 * MiB;
        qint64 peakAtSteady = 0;
        for (qint64 done = 0; done < Total; done += MiB) {
            const QByteArray data = chunk(random, MiB);
            rawHash.addData(data);
            QVERIFY_RESULT(writer.value()->write(data));
            if (done + MiB == SteadyAfter)
                peakAtSteady = peakRssBytes();
        }
        const Result<FileDigest> digest = writer.value()->finish();
        QVERIFY_RESULT(digest);
        stored.close();

        QCOMPARE(digest->rawSize, Total);
        QCOMPARE(digest->storedSize, stored.size());
        // Half the input is random: keeping the last 96 MiB of input (or their ~48 MiB of
        // output) in memory would show as growth far above the allowance.
        QVERIFY(digest->storedSize > 64 * MiB);
        const qint64 growth = peakRssBytes() - peakAtSteady;
        QVERIFY2(growth < 8 * MiB, qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(growth / MiB)));

        QVERIFY(stored.open(QIODevice::ReadOnly));
        HashingSink restored;
        QVERIFY_RESULT(CompressedFileReader::decompress(&stored, &restored, digest.value(), stored.fileName()));
        QCOMPARE(restored.total(), Total);
        QCOMPARE(restored.sha256(), QString::fromLatin1(rawHash.result().toHex()));
    }

    void sinkWritesNeverExceedTheOutputBuffer()
    {
        HashingSink sink;
        auto writer = CompressedFileWriter::create(&sink, QStringLiteral("sink"), {3, 0});
        QVERIFY_RESULT(writer);
        QRandomGenerator random(7);
        QVERIFY_RESULT(writer.value()->write(chunk(random, 8 * MiB)));
        QVERIFY_RESULT(writer.value()->finish());
        QVERIFY(sink.largestWrite() > 0);
        QVERIFY(sink.largestWrite() <= CompressedFileWriter::OutputBufferSize);
    }

    void digestMatchesAnIndependentHashOfTheStoredFile_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("chunkSize");
        QTest::addColumn<bool>("compressible");
        QTest::addColumn<int>("workers");
        QTest::newRow("empty") << qint64(0) << qint64(4096) << true << 2;
        QTest::newRow("one byte") << qint64(1) << qint64(4096) << true << 2;
        QTest::newRow("random 1 MiB in odd chunks") << MiB << qint64(4093) << false << 2;
        QTest::newRow("compressible 5 MiB single-threaded") << 5 * MiB << qint64(65536) << true << 0;
        QTest::newRow("random 3 MiB in one write") << 3 * MiB << 3 * MiB << false << 1;
    }

    void digestMatchesAnIndependentHashOfTheStoredFile()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, chunkSize);
        QFETCH(bool, compressible);
        QFETCH(int, workers);
        QRandomGenerator random(size);
        QByteArray data(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            data[i] = compressible ? char('0' + (i / 100) % 10) : char(random.generate());

        QTemporaryDir dir;
        QFile stored(dir.filePath(QStringLiteral("db-x.dump.zst")));
        QVERIFY(stored.open(QIODevice::WriteOnly));
        auto writer = CompressedFileWriter::create(&stored, stored.fileName(), {3, workers});
        QVERIFY_RESULT(writer);
        for (qint64 offset = 0; offset < size; offset += chunkSize)
            QVERIFY_RESULT(writer.value()->write(data.constData() + offset, std::min(chunkSize, size - offset)));
        const Result<FileDigest> digest = writer.value()->finish();
        QVERIFY_RESULT(digest);
        stored.close();

        const QByteArray bytes = Test::readFile(stored.fileName());
        QCOMPARE(digest->rawSize, size);
        QCOMPARE(digest->storedSize, bytes.size());
        QCOMPARE(
            digest->sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        if (compressible && size > 1000)
            QVERIFY(digest->storedSize < size / 10);
    }

    void fullDiskGivesTheDiskFullMessage()
    {
        // /dev/full fails every write with ENOSPC, as a full vault disk does.
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        auto writer = CompressedFileWriter::create(&full, QStringLiteral("/vault/db-x.dump.zst"));
        QVERIFY_RESULT(writer);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Vault.DiskFull")));
        QRandomGenerator random(1);
        Result<void> result;
        // zstd may hold the first chunks back; random data forces output within a few MiB.
        for (int i = 0; i < 16 && result.ok(); ++i)
            result = writer.value()->write(chunk(random, MiB));
        Result<FileDigest> finished = writer.value()->finish();
        const Error error = result.ok() ? finished.error() : result.error();
        QVERIFY(!finished.ok());
        QCOMPARE(error.code, QStringLiteral("Vault.DiskFull"));
        QVERIFY(error.message.contains(QStringLiteral("disk holding the vault is full")));
        QVERIFY(error.message.contains(QStringLiteral("/vault/db-x.dump.zst")));
        QVERIFY(error.remedy.contains(QStringLiteral("choose another vault")));
        // The error sticks: the writer never reports success after a lost write.
        QCOMPARE(writer.value()->write(QByteArrayLiteral("x")).error().code, QStringLiteral("Vault.DiskFull"));
    }

    void otherWriteErrorsNameTheFile()
    {
        QBuffer closedLater;
        QVERIFY(closedLater.open(QIODevice::WriteOnly));
        auto writer = CompressedFileWriter::create(&closedLater, QStringLiteral("roles.sql.zst"), {3, 0});
        QVERIFY_RESULT(writer);
        closedLater.close();
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Vault.WriteFailed")));
        const Result<FileDigest> digest = writer.value()->finish();
        QVERIFY(!digest.ok());
        QCOMPARE(digest.error().code, QStringLiteral("Vault.WriteFailed"));
        QVERIFY(digest.error().message.contains(QStringLiteral("roles.sql.zst")));
    }

    void levelOutsideZstdRangeIsRefused()
    {
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        const auto writer = CompressedFileWriter::create(&sink, QStringLiteral("x"), {99, 0});
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, QStringLiteral("Compression.BadLevel"));
        QCOMPARE(writer.error().field, QStringLiteral("compressionLevel"));
    }

    void defaultsAreLevelThreeAndAtMostTwoWorkers()
    {
        const CompressionOptions options;
        QCOMPARE(options.level, 3);
        QVERIFY(options.workers >= 1 && options.workers <= 2);
    }
};

QTEST_GUILESS_MAIN(TestCompressedFileWriter)
#include "TestCompressedFileWriter.moc"
