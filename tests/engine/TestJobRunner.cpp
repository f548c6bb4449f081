#include "engine/vault/LocalVaultStore.h"
#include "models/instances/InstanceLeases.h"
#include "models/points/PointRepository.h"
#include "tests/engine/BackupFixture.h"
#include "tests/support/TableLockHolder.h"

#include <QDir>
#include <QTest>

using namespace PgVault;
using PgVault::Test::BackupFixture;

/// JobRunner's promises around a backup: one operation per instance, cancellation from another
/// process, cleanup of a crashed run's leftovers, and failures recorded with their cause.
class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondBackupIsRefusedAndCancelStopsTheFirst();
    void crashedPartialIsRemovedByTheNextRun();
    void wrongPasswordFailsWithoutPoint();
    void missingPasswordDoesNotStart();

private:
    QString pointsFolder(const BackupInstance &instance) const;
    int pointCount(const BackupInstance &instance) const;

    BackupFixture m_fixture;
    QString m_password = QStringLiteral("runner-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    BackupInstance m_instance;
};

void TestJobRunner::initTestCase()
{
    QVERIFY_RESULT(m_fixture.start());
    QVERIFY_RESULT(m_fixture.pg.createRole(QStringLiteral("backup_admin"), m_password, QStringLiteral("SUPERUSER")));
    for (const QString &database : {QStringLiteral("alpha"), QStringLiteral("locked")})
        QVERIFY_RESULT(m_fixture.pg.createDatabase(database));
    QVERIFY_RESULT(m_fixture.pg.psql(QStringLiteral("locked"),
        QStringLiteral("CREATE TABLE held (id int); INSERT INTO held SELECT generate_series(1, 1000);")));
    Result<BackupInstance> instance
        = m_fixture.addInstance(QStringLiteral("runner-server"), QStringLiteral("backup_admin"), m_password);
    QVERIFY_RESULT(instance);
    m_instance = instance.value();
}

QString TestJobRunner::pointsFolder(const BackupInstance &instance) const
{
    return QDir(m_fixture.vault.location).filePath(QStringLiteral("instances/%1/points").arg(instance.id));
}

int TestJobRunner::pointCount(const BackupInstance &instance) const
{
    return int(PointRepository(m_fixture.catalog->database()).listForInstance(instance.id)->size());
}

void TestJobRunner::secondBackupIsRefusedAndCancelStopsTheFirst()
{
    // A transaction holding an exclusive lock makes pg_dump of "locked" wait: a backup that
    // stays running as long as the test needs, without a big database.
    Test::TableLockHolder lock(m_fixture.pg, QStringLiteral("locked"));
    QProcess &holder = lock.process();
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(lock.isHeld(), 10000);

    JobRunner runner(m_fixture.catalog->path());
    const Result<QString> first = BackupFixture::start(runner, m_instance);
    QVERIFY_RESULT(first);

    // Another runner (as another process would) is refused at once, naming the running job.
    JobRunner other(m_fixture.catalog->path());
    const Result<QString> second = BackupFixture::start(other, m_instance);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("Instance.Busy"));
    QVERIFY2(second.error().message.contains(first.value()), qPrintable(second.error().message));
    QVERIFY(second.error().remedy.contains(QStringLiteral("pgvaultctl job cancel %1").arg(first.value())));

    // Wait until the dump of "locked" is blocked, then cancel through the catalog.
    QTRY_VERIFY_WITH_TIMEOUT(
        QDir(pointsFolder(m_instance)).entryList({QStringLiteral("*.partial")}, QDir::Dirs).size() == 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(lock.isSomeoneWaiting(), 20000);
    Result<std::unique_ptr<Catalog>> elsewhere = Catalog::open(m_fixture.catalog->path());
    QVERIFY_RESULT(elsewhere);
    QVERIFY_RESULT(JobRepository(elsewhere.value()->database()).requestCancel(first.value()));
    // The runner sees the request at its next heartbeat (about a second); the generous bound
    // only keeps a broken cancel from hanging the suite on a loaded machine.
    const Job job = m_fixture.waitFor(runner, first.value(), 60000);
    QCOMPARE(job.status, JobTypes::Status::Cancelled);
    QVERIFY(job.end.isValid());
    QVERIFY(job.pointId.isEmpty());
    QCOMPARE(pointCount(m_instance), 0);
    QVERIFY(QDir(pointsFolder(m_instance)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    bool someCancelled = false;
    for (const SubTask &task : job.subTasks) {
        QVERIFY(task.status != JobTypes::Status::InProgress);
        someCancelled = someCancelled || task.status == JobTypes::Status::Cancelled;
    }
    QVERIFY(someCancelled);
    // End the lock holder's session on the server too (killing psql alone leaves pg_sleep running).
    QVERIFY_RESULT(m_fixture.pg.psql(QStringLiteral("postgres"),
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'locked' "
                       "AND pid <> pg_backend_pid();")));
    holder.waitForFinished(10000);

    // The lease was released: the next backup starts.
    const Result<QString> again = BackupFixture::start(runner, m_instance);
    QVERIFY_RESULT(again);
    QCOMPARE(m_fixture.waitFor(runner, again.value()).status, JobTypes::Status::Completed);
}

void TestJobRunner::crashedPartialIsRemovedByTheNextRun()
{
    const QString crashed
        = QDir(pointsFolder(m_instance)).filePath(QStringLiteral("0123456789abcdef0123456789abcdef.partial"));
    QVERIFY(QDir().mkpath(crashed));
    QFile leftover(QDir(crashed).filePath(QStringLiteral("db-alpha.dump.zst")));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("half a dump");
    leftover.close();

    JobRunner runner(m_fixture.catalog->path());
    const Result<QString> started = BackupFixture::start(runner, m_instance);
    QVERIFY_RESULT(started);
    const Job job = m_fixture.waitFor(runner, started.value());
    QCOMPARE(job.status, JobTypes::Status::Completed);
    QVERIFY(!QFileInfo::exists(crashed));
    QVERIFY(job.output.contains(QStringLiteral("leftover")));
    QVERIFY(QDir(pointsFolder(m_instance)).entryList({QStringLiteral("*.partial")}, QDir::Dirs).isEmpty());
}

void TestJobRunner::wrongPasswordFailsWithoutPoint()
{
    Result<BackupInstance> instance = m_fixture.addInstance(
        QStringLiteral("wrong-password"), QStringLiteral("backup_admin"), QStringLiteral("nope"));
    QVERIFY_RESULT(instance);
    JobRunner runner(m_fixture.catalog->path());
    const Result<QString> started = BackupFixture::start(runner, instance.value());
    QVERIFY_RESULT(started);
    const Job job = m_fixture.waitFor(runner, started.value());
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY(job.error.has_value());
    QCOMPARE(job.error->code, QStringLiteral("Server.AuthenticationFailed"));
    QVERIFY(!job.error->remedy.isEmpty());
    QCOMPARE(pointCount(instance.value()), 0);
    QVERIFY(!QDir(pointsFolder(instance.value())).exists()
        || QDir(pointsFolder(instance.value())).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    // The lease is free again.
    QVERIFY_RESULT(
        InstanceLeases(m_fixture.catalog->database())
            .claim(
                instance.value().id, QStringLiteral("probe"), QStringLiteral("test"), QDateTime::currentDateTimeUtc()));
    QVERIFY_RESULT(InstanceLeases(m_fixture.catalog->database()).release(instance.value().id, QStringLiteral("probe")));
}

void TestJobRunner::missingPasswordDoesNotStart()
{
    BackupInstance instance = m_instance;
    instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // nothing in the keychain under this id
    JobRunner runner(m_fixture.catalog->path());
    const int jobsBefore = JobRepository(m_fixture.catalog->database()).count(JobFilter{}).value();
    const Result<QString> started = BackupFixture::start(runner, instance);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, QStringLiteral("Credentials.NotFound"));
    QCOMPARE(JobRepository(m_fixture.catalog->database()).count(JobFilter{}).value(), jobsBefore);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "TestJobRunner.moc"
