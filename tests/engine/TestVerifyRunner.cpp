#include "engine/restore/ScratchCluster.h"
#include "models/points/PointRepository.h"
#include "tests/engine/RestoreFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace PgVault;
using PgVault::Test::RestoreFixture;

/// Verify with real parts: every stored file re-read and checked; a restore drill into a
/// scratch cluster compares row counts with the manifest; tampered counts and a flipped byte are
/// reported by name, and the point's verified state follows.
class TestVerifyRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intactPointPasses();
    void testRestoreOfIntactPointPasses();
    void testRestoreOnGivenServerLeavesNoDatabase();
    void alteredCountsAreReported();
    void flippedByteNamesTheFile();

private:
    VerifyRequest request(bool testRestore) const;
    QString verifyState() const;

    RestoreFixture m_fixture;
};

void TestVerifyRunner::initTestCase()
{
    QVERIFY_RESULT(m_fixture.prepare(false)); // no pgbench: the drill restores every database twice here
}

VerifyRequest TestVerifyRunner::request(bool testRestore) const
{
    VerifyRequest request;
    request.pointId = m_fixture.pointId;
    request.testRestore = testRestore;
    return request;
}

QString TestVerifyRunner::verifyState() const
{
    QSqlQuery query(m_fixture.catalog->database());
    query.prepare(QStringLiteral("SELECT verify_state FROM points WHERE id = ?"));
    query.addBindValue(m_fixture.pointId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestVerifyRunner::intactPointPasses()
{
    const Job job = m_fixture.run(request(false));
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QCOMPARE(job.operation, JobTypes::Operation::Verify);
    QCOMPARE(job.subTasks.size(), 4 + 3);
    QCOMPARE(verifyState(), QStringLiteral("Passed"));
    QVERIFY(PointRepository(m_fixture.catalog->database()).find(m_fixture.pointId)->value().verified.isValid());
}

void TestVerifyRunner::testRestoreOfIntactPointPasses()
{
    // scripts/setup.sh installs the server programs; their absence is a failure, not a skip.
    QVERIFY2(ScratchCluster::available(), "no PostgreSQL server programs for a scratch cluster");
    const Job job = m_fixture.run(request(true));
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QVERIFY2(job.output.contains(QStringLiteral("Test restore passed")), qPrintable(job.output));
}

void TestVerifyRunner::testRestoreOnGivenServerLeavesNoDatabase()
{
    VerifyRequest given = request(true);
    given.scratchServer = m_fixture.pg.connection();
    const Job job = m_fixture.run(given);
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QCOMPARE(m_fixture.pg
                 .psql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'pgvault_drill_%';"))
                 .value()
                 .trimmed(),
        QStringLiteral("0"));
}

void TestVerifyRunner::alteredCountsAreReported()
{
    // Rewrite the manifest through the class, so its checksum is right and only the counts lie.
    const QString path = QDir(m_fixture.pointFolder()).filePath(QStringLiteral("manifest.json"));
    Result<PointManifest> manifest = PointManifest::fromJson(Test::readFile(path));
    QVERIFY_RESULT(manifest);
    const PointManifest original = manifest.value();
    auto counts = original.tableRowCounts();
    counts[QStringLiteral("shop")][QStringLiteral("public.orders")] = 2499;
    counts[RestoreFixture::oddName()][QStringLiteral("public.t")] = 78;
    PointManifest altered = original;
    altered.setTableRowCounts(counts);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(altered.toJson());
    }
    VerifyRequest given = request(true);
    given.scratchServer = m_fixture.pg.connection(); // fast: no second cluster
    const Job job = m_fixture.run(given);
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QCOMPARE(job.error->code, QStringLiteral("Verify.RowCountMismatch"));
    QVERIFY2(job.error->message.contains(QStringLiteral("shop.public.orders: expected 2499, found 2500")),
        qPrintable(job.error->message));
    QVERIFY2(
        job.error->message.contains(RestoreFixture::oddName() + QStringLiteral(".public.t: expected 78, found 77")),
        qPrintable(job.error->message));
    QCOMPARE(verifyState(), QStringLiteral("Failed"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(original.toJson());
}

void TestVerifyRunner::flippedByteNamesTheFile()
{
    const QString damaged = PointManifest::fileName(PointFile::Kind::Roles);
    QVERIFY(m_fixture.flipByte(damaged));
    const Job job = m_fixture.run(request(false));
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QCOMPARE(job.error->code, QStringLiteral("Verify.FilesDiffer"));
    QVERIFY2(job.error->message.contains(damaged), qPrintable(job.error->message));
    QVERIFY(!job.error->message.contains(PointManifest::databaseFileName(QStringLiteral("shop"))));
    QCOMPARE(verifyState(), QStringLiteral("Failed"));
}

QTEST_GUILESS_MAIN(TestVerifyRunner)
#include "TestVerifyRunner.moc"
