#include "models/jobs/JobTableModel.h"
#include "models/points/PointRepository.h"
#include "tests/engine/BackupFixture.h"
#include "ui/jobs/JobDetailsDialog.h"
#include "ui/jobs/JobNotifier.h"
#include "ui/jobs/JobsPage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PgVault;
using PgVault::Test::BackupFixture;

/// The Jobs page with real backups of a throwaway server: live progress up to Completed, and
/// Cancel in the job's details stopping a running backup without leaving a recovery point.
class TestJobsPageLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupShowsLiveProgressAndCompletes();
    void cancelInDetailsLeavesNoRecoveryPoint();

private:
    int pointCount() const;

    BackupFixture m_fixture;
    QString m_password = QStringLiteral("jobs-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    BackupInstance m_instance;
};

void TestJobsPageLive::initTestCase()
{
    QVERIFY_RESULT(m_fixture.start());
    QVERIFY_RESULT(m_fixture.pg.createRole(QStringLiteral("backup_admin"), m_password, QStringLiteral("SUPERUSER")));
    QVERIFY_RESULT(m_fixture.pg.createDatabase(QStringLiteral("shop")));
    QVERIFY_RESULT(m_fixture.pg.pgbenchInit(QStringLiteral("shop"), 1));
    Result<BackupInstance> instance
        = m_fixture.addInstance(QStringLiteral("jobs-server"), QStringLiteral("backup_admin"), m_password);
    QVERIFY_RESULT(instance);
    m_instance = instance.value();
}

int TestJobsPageLive::pointCount() const
{
    return int(PointRepository(m_fixture.catalog->database()).listForInstance(m_instance.id)->size());
}

void TestJobsPageLive::backupShowsLiveProgressAndCompletes()
{
    JobRunner runner(m_fixture.catalog->path());
    JobsPage page(m_fixture.catalog->database(), &runner);
    page.notifier()->setTrayAvailable(false);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy progressed(&runner, &JobRunner::jobProgressed);
    QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);

    const Result<QString> started = BackupFixture::start(runner, m_instance);
    QVERIFY_RESULT(started);
    // The row appears as soon as the runner reports the start, running.
    QTRY_VERIFY(page.model()->rowOfJob(started.value()) >= 0);
    const Job job = m_fixture.waitFor(runner, started.value());
    QCOMPARE(job.status, JobTypes::Status::Completed);
    QVERIFY(progressed.count() > 0);
    QVERIFY(changed.count() > 0);
    const int row = page.model()->rowOfJob(started.value());
    QTRY_COMPARE(page.model()->jobAt(row).status, JobTypes::Status::Completed);
    QCOMPARE(page.model()->index(row, JobTableModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
    QVERIFY(page.model()->jobAt(row).bytesTransferred > 0);
    QTRY_COMPARE(page.statusCounts().value(JobTypes::Status::Completed), 1);
}

void TestJobsPageLive::cancelInDetailsLeavesNoRecoveryPoint()
{
    const int pointsBefore = pointCount();
    // A session holding an exclusive lock makes pg_dump of "shop" wait: a backup that stays
    // running as long as the test needs, without a big database.
    QProcess holder;
    const ChildEnvironment environment(m_fixture.pg.connection());
    holder.setProcessEnvironment(environment.forDatabase(QStringLiteral("shop")));
    ChildProcessGroup::separate(holder); // keeps the passfile open in the child
    holder.start(m_fixture.pg.serverTools().binDir + QStringLiteral("/psql"),
        {QStringLiteral("-X"),
            QStringLiteral("-w"),
            QStringLiteral("-c"),
            QStringLiteral("BEGIN; LOCK TABLE pgbench_accounts IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60);")});
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.pg
                                 .psql(QStringLiteral("postgres"),
                                     QStringLiteral("SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' "
                                                    "AND relation IS NOT NULL AND granted;"))
                                 .value()
                                 .toInt()
            > 0,
        10000);

    JobRunner runner(m_fixture.catalog->path());
    JobsPage page(m_fixture.catalog->database(), &runner);
    page.notifier()->setTrayAvailable(false);
    page.show();
    const Result<QString> started = BackupFixture::start(runner, m_instance);
    QVERIFY_RESULT(started);
    QTRY_VERIFY(page.model()->rowOfJob(started.value()) >= 0);
    // Cancel while pg_dump really runs: it waits for the lock the holder keeps.
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.pg
                                 .psql(QStringLiteral("postgres"),
                                     QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                                    "'pgvault' AND wait_event_type = 'Lock';"))
                                 .value()
                                 .toInt()
            > 0,
        20000);
    JobDetailsDialog *details = page.openDetails(started.value());
    QVERIFY(details);
    auto *cancel = details->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    const Job job = m_fixture.waitFor(runner, started.value(), 30000);
    QCOMPARE(job.status, JobTypes::Status::Cancelled);
    QVERIFY(job.pointId.isEmpty());
    QCOMPARE(pointCount(), pointsBefore);
    QTRY_COMPARE(page.model()->jobAt(page.model()->rowOfJob(started.value())).status, JobTypes::Status::Cancelled);
    QTRY_VERIFY(!cancel->isVisible());

    QVERIFY_RESULT(m_fixture.pg.psql(QStringLiteral("postgres"),
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'shop' "
                       "AND pid <> pg_backend_pid();")));
    holder.waitForFinished(10000);
}

QTEST_MAIN(TestJobsPageLive)
#include "TestJobsPageLive.moc"
