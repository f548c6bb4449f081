#include "engine/jobs/JobRecorder.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"
#include "engine/process/PgTools.h"
#include "engine/restore/DumpArchiveRewriter.h"
#include "engine/restore/RestoreTempFile.h"
#include "engine/restore/StreamingDatabaseRestore.h"
#include "engine/vault/CompressedFileWriter.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace PgVault;
using namespace PgVault::Test;

namespace {

// Tables, a large object and a sequence, with rows small (one chunk each with --compress=0)
// and one row larger than a joined chunk.
const char SourceSql[] = "CREATE TABLE small (id int PRIMARY KEY, note text); "
                         "INSERT INTO small SELECT g, 'note ' || g FROM generate_series(1, 50000) g; "
                         "CREATE TABLE wide (id int PRIMARY KEY, payload text); "
                         "INSERT INTO wide SELECT 1, repeat(md5('x'), 70000); "
                         "CREATE TABLE empty_one (id int); "
                         "CREATE SEQUENCE counter; SELECT setval('counter', 4242); "
                         "SELECT lo_from_bytea(777, convert_to(repeat('large object ', 200000), 'UTF8'));";

// What a user compares after a restore: every table's content, the large object, the sequence.
const char FingerprintSql[]
    = "SELECT (SELECT md5(string_agg(id || ':' || note, ',' ORDER BY id)) FROM small) || ' ' || "
      "(SELECT md5(string_agg(id || ':' || payload, ',' ORDER BY id)) FROM wide) || ' ' || "
      "(SELECT count(*) FROM empty_one) || ' ' || (SELECT last_value FROM counter) || ' ' || "
      "(SELECT md5(lo_get(777)));";

/// A stored file that arrives slowly (a 100th of it every 30 ms, so in about three seconds), as
/// from a busy disk or a network share: the restore is still unpacking while the schema is
/// created and tables stream.
class SlowSource : public QBuffer
{
public:
    SlowSource(const QByteArray &bytes, bool slow)
        : m_piece(slow ? std::max<qint64>(256, bytes.size() / 100) : bytes.size())
        , m_slow(slow)
    {
        setData(bytes);
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char *data, qint64 length) override
    {
        if (m_slow)
            QThread::msleep(30);
        return QBuffer::readData(data, std::min(length, m_piece));
    }

private:
    qint64 m_piece;
    bool m_slow;
};

struct Stored
{
    QByteArray bytes;
    FileDigest digest;
};

} // namespace

class TestArchiveStreaming : public QObject
{
    Q_OBJECT

private:
    TempPostgres m_pg;
    std::unique_ptr<ChildEnvironment> m_environment; // owns the password file while tools run
    ToolSet m_tools;
    QTemporaryDir m_dir;
    int m_restores = 0;

    /// pg_dump of database `source` into a pipe, as BackupRunner runs it.
    QByteArray dumpThroughPipe(const QStringList &extra, const QString &database = QStringLiteral("source"))
    {
        QProcess dump;
        dump.setProcessEnvironment(m_environment->forDatabase(database));
        ChildProcessGroup::separate(dump); // keeps the passfile open in the child
        dump.start(
            m_tools.pgDump, QStringList{QStringLiteral("--format=custom"), QStringLiteral("--no-password")} + extra);
        if (!dump.waitForFinished(120000) || dump.exitCode() != 0)
            qWarning() << dump.readAllStandardError();
        return dump.readAllStandardOutput();
    }

    /// Writes `archive` through a rewriting RestoreTempFile in pieces of random size.
    std::unique_ptr<RestoreTempFile> rewrite(const QByteArray &archive)
    {
        auto file = std::make_unique<RestoreTempFile>(m_dir.filePath(QStringLiteral("XXXXXX.dump")), nullptr);
        if (!file->open())
            return nullptr;
        file->rewriteDumpArchive();
        for (qsizetype at = 0; at < archive.size();) {
            const qsizetype piece
                = std::min<qsizetype>(archive.size() - at, 1 + QRandomGenerator::global()->bounded(200000));
            if (file->write(archive.constData() + at, piece) != piece)
                return nullptr;
            at += piece;
        }
        QString problem;
        if (!file->complete(&problem)) {
            qWarning() << problem;
            return nullptr;
        }
        return file;
    }

    /// pg_restore -j 2 of `path` into a new database; returns its fingerprint.
    QString restoreFingerprint(const QString &path)
    {
        const QString database = QStringLiteral("copy_%1").arg(++m_restores);
        if (!m_pg.createDatabase(database).ok())
            return QStringLiteral("createdb failed");
        QProcess restore;
        restore.setProcessEnvironment(m_environment->forDatabase(database));
        ChildProcessGroup::separate(restore);
        restore.start(m_tools.pgRestore,
            {QStringLiteral("--jobs=2"),
                QStringLiteral("--no-password"),
                QStringLiteral("--exit-on-error"),
                QStringLiteral("--dbname=") + database,
                path});
        if (!restore.waitForFinished(120000) || restore.exitCode() != 0)
            return QStringLiteral("pg_restore failed: ") + QString::fromUtf8(restore.readAllStandardError());
        return fingerprintOf(database);
    }

    /// Every patched offset points at a data block's first byte (BLK_DATA or BLK_BLOBS).
    static void verifyOffsets(const RestoreTempFile &file, const QList<DumpArchiveRewriter::Patch> &patches)
    {
        const QByteArray bytes = readFile(file.fileName());
        QVERIFY(!patches.isEmpty());
        for (const DumpArchiveRewriter::Patch &patch : patches) {
            QCOMPARE(bytes.mid(patch.position, patch.bytes.size()), patch.bytes);
            QCOMPARE(patch.bytes.at(0), char(2)); // K_OFFSET_POS_SET
            qint64 position = 0;
            for (int i = patch.bytes.size() - 1; i >= 1; --i)
                position = (position << 8) | uchar(patch.bytes.at(i));
            QVERIFY(position > patch.position && position < bytes.size());
            QVERIFY2(bytes.at(position) == 1 || bytes.at(position) == 3, qPrintable(QString::number(position)));
        }
    }

    /// The dump compressed the way the vault stores it.
    static Stored store(const QByteArray &archive)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto writer = CompressedFileWriter::create(&buffer, QStringLiteral("db-source.dump.zst"));
        if (!writer)
            return {};
        for (qsizetype at = 0; at < archive.size(); at += 1 << 16)
            (void)writer.value()->write(archive.constData() + at, std::min<qsizetype>(1 << 16, archive.size() - at));
        const Result<FileDigest> digest = writer.value()->finish();
        return {buffer.data(), digest ? digest.value() : FileDigest{}};
    }

    struct Streamed
    {
        Result<QList<ToolOutcome>> outcomes;
        QString output;
        bool created = false;
    };

    /// StreamingDatabaseRestore of `stored` into the new database `database`.
    Streamed streamInto(const Stored &stored, const QString &database, bool stream, const FileDigest &expected)
    {
        StreamingDatabaseRestore::Settings settings;
        settings.pgRestore = m_tools.pgRestore;
        settings.environment = m_environment->forDatabase(database);
        settings.arguments = {QStringLiteral("--no-password"), QStringLiteral("--dbname=") + database};
        settings.jobs = 2;
        settings.tempTemplate = m_dir.filePath(QStringLiteral("restore-XXXXXX.dump"));
        settings.stream = stream;
        Streamed streamed{QList<ToolOutcome>{}, {}, false};
        StreamingDatabaseRestore restore(
            settings, nullptr, [&streamed](const QString &text) { streamed.output += text; });
        // Slow only where it matters: to stream, the file must still be unpacking.
        const auto open = [&]() -> Result<std::unique_ptr<QIODevice>> {
            return std::unique_ptr<QIODevice>(std::make_unique<SlowSource>(stored.bytes, stream));
        };
        streamed.outcomes = restore.run(open, expected, QStringLiteral("db-source.dump.zst"), [&]() -> Result<void> {
            streamed.created = true;
            return m_pg.createDatabase(database);
        });
        return streamed;
    }

    QString fingerprintOf(const QString &database) const
    {
        Result<QString> fingerprint = m_pg.psql(database, QString::fromLatin1(FingerprintSql));
        return fingerprint ? fingerprint->trimmed() : fingerprint.error().text();
    }

    static DumpArchiveRewriter rewriterOver(const QByteArray &archive, QByteArray *output)
    {
        DumpArchiveRewriter rewriter([output](const char *data, qint64 length) {
            output->append(data, length);
            return true;
        });
        for (qsizetype at = 0; at < archive.size(); at += 4096)
            rewriter.write(archive.constData() + at, std::min<qsizetype>(4096, archive.size() - at));
        rewriter.finish();
        return rewriter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY_RESULT(m_pg.start());
        m_environment = std::make_unique<ChildEnvironment>(m_pg.connection());
        Result<ToolSet> tools = PgTools::discover().newest();
        QVERIFY_RESULT(tools);
        m_tools = tools.value();
        QVERIFY_RESULT(m_pg.createDatabase(QStringLiteral("source")));
        QVERIFY_RESULT(m_pg.psql(QStringLiteral("source"), QString::fromLatin1(SourceSql)));
    }

    void uncompressedArchiveIsIndexedAndJoined()
    {
        const QByteArray archive = dumpThroughPipe({QStringLiteral("--compress=0")});
        QVERIFY(archive.size() > 3 * DumpArchiveRewriter::ChunkSize);
        std::unique_ptr<RestoreTempFile> file = rewrite(archive);
        QVERIFY(file);
        QVERIFY2(file->rewriteSummary().contains(QLatin1String("indexed")), qPrintable(file->rewriteSummary()));

        QByteArray output;
        DumpArchiveRewriter rewriter = rewriterOver(archive, &output);
        QVERIFY(rewriter.passThroughReason().isEmpty());
        QCOMPARE(rewriter.dataBlocks(), 4); // small, wide, empty_one and the large objects
        QVERIFY2(rewriter.chunksRead() > 50000, qPrintable(QString::number(rewriter.chunksRead())));
        QVERIFY2(rewriter.chunksWritten() < 30, qPrintable(QString::number(rewriter.chunksWritten())));
        QVERIFY(output.size() < archive.size()); // fewer chunk headers
        verifyOffsets(*file, rewriter.patches());

        // The pieces' sizes do not matter: the file and the in-memory rewrite hold the same bytes
        // up to the offsets (which only the file has).
        QByteArray patched = output;
        for (const DumpArchiveRewriter::Patch &patch : rewriter.patches())
            patched.replace(patch.position, patch.bytes.size(), patch.bytes);
        QCOMPARE(readFile(file->fileName()), patched);

        const QString expected = m_pg.psql(QStringLiteral("source"), QString::fromLatin1(FingerprintSql))->trimmed();
        QCOMPARE(restoreFingerprint(file->fileName()), expected);
    }

    void compressedArchiveKeepsItsChunks()
    {
        const QByteArray archive = dumpThroughPipe({});
        QByteArray output;
        DumpArchiveRewriter rewriter = rewriterOver(archive, &output);
        QVERIFY(rewriter.passThroughReason().isEmpty());
        QCOMPARE(rewriter.chunksWritten(), rewriter.chunksRead());
        QCOMPARE(output.size(), archive.size());

        std::unique_ptr<RestoreTempFile> file = rewrite(archive);
        QVERIFY(file);
        verifyOffsets(*file, rewriter.patches());
        const QString expected = m_pg.psql(QStringLiteral("source"), QString::fromLatin1(FingerprintSql))->trimmed();
        QCOMPARE(restoreFingerprint(file->fileName()), expected);
    }

    void unknownInputPassesThroughUnchanged_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        const QByteArray archive = dumpThroughPipe({QStringLiteral("--compress=0")});
        QTest::newRow("not an archive") << QByteArray("-- PostgreSQL database dump\nSELECT 1;\n")
                                        << QStringLiteral("not a pg_dump custom-format archive");
        QByteArray future = archive;
        future[6] = char(99); // archive version 1.99
        QTest::newRow("unknown version") << future << QStringLiteral("archive version 1.99");
        QTest::newRow("ends in the table of contents")
            << archive.left(200) << QStringLiteral("ends inside its table of contents");
    }

    void unknownInputPassesThroughUnchanged()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        QByteArray output;
        DumpArchiveRewriter rewriter = rewriterOver(input, &output);
        QCOMPARE(output, input);
        QVERIFY2(rewriter.passThroughReason().contains(reason), qPrintable(rewriter.passThroughReason()));
        QVERIFY(rewriter.patches().isEmpty());
    }

    void tablesStreamWhileTheFileUnpacks()
    {
        const Stored stored = store(dumpThroughPipe({QStringLiteral("--compress=0")}));
        const Streamed streamed = streamInto(stored, QStringLiteral("streamed"), true, stored.digest);
        QVERIFY_RESULT(streamed.outcomes);
        for (const ToolOutcome &outcome : streamed.outcomes.value())
            QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        // The first table streams from the vault; a later one only if the unpacking had not reached
        // it when the first was done.
        const QRegularExpressionMatch count
            = QRegularExpression(QStringLiteral("Streaming (\\d+) table")).match(streamed.output);
        QVERIFY2(count.hasMatch() && count.captured(1).toInt() >= 1, qPrintable(streamed.output));
        // pre-data, one run per streamed block, the rest of the data, post-data
        QCOMPARE(streamed.outcomes->size(), 3 + count.captured(1).toInt());
        QCOMPARE(fingerprintOf(QStringLiteral("streamed")), fingerprintOf(QStringLiteral("source")));
        // The indexes and constraints came with the post-data section.
        QCOMPARE(m_pg.psql(QStringLiteral("streamed"),
                         QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename IN ('small', 'wide');"))
                     ->trimmed(),
            QStringLiteral("2"));
    }

    void databaseWithoutTableDataRestores()
    {
        // Nothing to stream: only a schema, a view and a function, no table data block at all.
        QVERIFY_RESULT(m_pg.createDatabase(QStringLiteral("no_data")));
        QVERIFY_RESULT(m_pg.psql(QStringLiteral("no_data"),
            QStringLiteral("CREATE SCHEMA reports; CREATE VIEW reports.today AS SELECT current_date AS day; "
                           "CREATE FUNCTION reports.answer() RETURNS int LANGUAGE sql AS 'SELECT 42';")));
        const Stored stored = store(dumpThroughPipe({QStringLiteral("--compress=0")}, QStringLiteral("no_data")));
        const Streamed streamed = streamInto(stored, QStringLiteral("no_data_copy"), true, stored.digest);
        QVERIFY_RESULT(streamed.outcomes);
        for (const ToolOutcome &outcome : streamed.outcomes.value())
            QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        QVERIFY2(streamed.output.contains(QLatin1String("Streaming 0 table")), qPrintable(streamed.output));
        QCOMPARE(m_pg.psql(QStringLiteral("no_data_copy"), QStringLiteral("SELECT reports.answer();"))->trimmed(),
            QStringLiteral("42"));
    }

    void unpackedWholeWhenNotStreamed()
    {
        const Stored stored = store(dumpThroughPipe({QStringLiteral("--compress=0")}));
        const Streamed streamed = streamInto(stored, QStringLiteral("whole"), false, stored.digest);
        QVERIFY_RESULT(streamed.outcomes);
        QCOMPARE(streamed.outcomes->size(), 1); // one pg_restore -j of the checked file
        QVERIFY(!streamed.output.contains(QLatin1String("Streamed")));
        QCOMPARE(fingerprintOf(QStringLiteral("whole")), fingerprintOf(QStringLiteral("source")));
    }

    void damagedFileFailsNamingIt_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("streamed") << true;
        QTest::newRow("unpacked whole") << false;
    }

    void damagedFileFailsNamingIt()
    {
        QFETCH(bool, stream);
        Stored stored = store(dumpThroughPipe({QStringLiteral("--compress=0")}));
        stored.bytes[stored.bytes.size() / 2] = char(stored.bytes.at(stored.bytes.size() / 2) ^ 0x20);
        const QString database = stream ? QStringLiteral("damaged_streamed") : QStringLiteral("damaged_whole");
        const Streamed streamed = streamInto(stored, database, stream, stored.digest);
        QVERIFY(!streamed.outcomes);
        QVERIFY2(streamed.outcomes.error().code.startsWith(QLatin1String("Vault.File")),
            qPrintable(streamed.outcomes.error().text()));
        QVERIFY(streamed.outcomes.error().message.contains(QLatin1String("db-source.dump.zst")));
        // Unpacked whole, the damage is found before the database is created; streamed, the caller
        // drops the database it created (RestoreToServer::rollback, covered by TestRestoreRunner).
        QCOMPARE(streamed.created, stream);
    }

    void writeFailureIsReported()
    {
        const QByteArray archive = dumpThroughPipe({QStringLiteral("--compress=0")});
        qint64 accepted = 0;
        DumpArchiveRewriter rewriter([&accepted](const char *, qint64 length) {
            if (accepted > 1024 * 1024)
                return false;
            accepted += length;
            return true;
        });
        bool failed = false;
        for (qsizetype at = 0; at < archive.size() && !failed; at += 65536)
            failed = !rewriter.write(archive.constData() + at, std::min<qsizetype>(65536, archive.size() - at));
        QVERIFY(failed || !rewriter.finish());
    }
};

QTEST_GUILESS_MAIN(TestArchiveStreaming)
#include "TestArchiveStreaming.moc"
