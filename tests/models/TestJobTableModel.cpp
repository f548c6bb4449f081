#include "models/Catalog.h"
#include "models/jobs/JobTableModel.h"
#include "tests/support/SeedJobs.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;

/// JobTableModel: paging through the catalog, filtering and sorting in SQL, live updates.
class TestJobTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesThroughEveryJobUnderTheTester();
    void filtersAndSortsInSql();
    void pollRefreshesRunningRowsAndInsertsNewJobs();
    void progressUpdatesTheRow();

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestJobTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY_RESULT(opened);
    m_catalog = std::move(opened).value();
}

void TestJobTableModel::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestJobTableModel::pagesThroughEveryJobUnderTheTester()
{
    // 600 jobs: three pages of 256.
    JobRepository repository(m_catalog->database());
    const QList<Job> kinds = Test::SeedJobs::make(m_now);
    for (int i = 0; i < 600; ++i) {
        Job job = kinds.at(i % kinds.size());
        job.id = QStringLiteral("job-%1").arg(i, 4, 10, QLatin1Char('0'));
        job.start = m_now.addSecs(-i * 60);
        job.subTasks.clear();
        QVERIFY_RESULT(repository.create(job));
    }

    JobTableModel model(m_catalog->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_now; });
    model.setFilter({});
    QCOMPARE(model.rowCount(), JobTableModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * JobTableModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 600);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 2);
    // Newest first, no row twice across the pages.
    QCOMPARE(model.jobAt(0).id, QStringLiteral("job-0000"));
    QCOMPARE(model.jobAt(599).id, QStringLiteral("job-0599"));
    QCOMPARE(model.index(0, JobTableModel::StartColumn).data(JobTableModel::SortRole).toDateTime(), m_now);
}

void TestJobTableModel::filtersAndSortsInSql()
{
    JobRepository repository(m_catalog->database());
    QVERIFY_RESULT(Test::SeedJobs::seed(repository, m_now));
    JobTableModel model(m_catalog->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_now; });

    JobFilter filter;
    filter.since = m_now.addDays(-1);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), Test::SeedJobs::PerDay);

    filter.status = JobTypes::Status::Failed;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, JobTableModel::StatusColumn).data(JobTableModel::StatusRole).toInt(),
            int(JobTypes::Status::Failed));

    filter.status.reset();
    filter.operation = JobTypes::Operation::Backup;
    filter.userTriggered = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, JobTableModel::OperationColumn).data().toString(), QStringLiteral("On-demand backup"));

    filter = JobFilter{};
    filter.since = m_now.addDays(-1);
    model.setFilter(filter);
    model.sort(JobTableModel::DataColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), Test::SeedJobs::PerDay);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.jobAt(row - 1).bytesTransferred <= model.jobAt(row).bytesTransferred);
    model.sort(JobTableModel::InstanceColumn, Qt::DescendingOrder);
    QCOMPARE(model.jobAt(0).instanceName, QStringLiteral("beta"));
    QCOMPARE(model.jobAt(model.rowCount() - 1).instanceName, QStringLiteral("alpha"));
}

void TestJobTableModel::pollRefreshesRunningRowsAndInsertsNewJobs()
{
    JobRepository repository(m_catalog->database());
    const QList<Job> seeded = Test::SeedJobs::seed(repository, m_now).value();
    JobTableModel model(m_catalog->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_now; });
    JobFilter filter;
    filter.since = m_now.addDays(-1);
    model.setFilter(filter);

    // Another process finishes a running job and starts a new one.
    Job running = seeded.constFirst();
    QCOMPARE(running.status, JobTypes::Status::InProgress);
    running.status = JobTypes::Status::Failed;
    running.end = m_now;
    running.error = Error{QStringLiteral("X"), QStringLiteral("broke"), {}, {}};
    QVERIFY_RESULT(repository.update(running));
    Job fresh = seeded.at(1);
    fresh.id = QStringLiteral("fresh");
    fresh.start = m_now.addSecs(-5);
    QVERIFY_RESULT(repository.create(fresh));

    QSignalSpy finished(&model, &JobTableModel::jobFinished);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QList<Job> ended = model.poll();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.constFirst().id, running.id);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), Test::SeedJobs::PerDay + 1);
    QCOMPARE(model.jobAt(0).id, QStringLiteral("fresh"));
    QCOMPARE(model.jobAt(model.rowOfJob(running.id)).status, JobTypes::Status::Failed);
    // A second poll finds nothing new.
    QVERIFY(model.poll().isEmpty());
    QCOMPARE(inserted.count(), 1);
}

void TestJobTableModel::progressUpdatesTheRow()
{
    JobRepository repository(m_catalog->database());
    const QList<Job> seeded = Test::SeedJobs::seed(repository, m_now).value();
    JobTableModel model(m_catalog->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_now; });
    model.setFilter({});
    const QString id = seeded.constFirst().id;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateProgress(id, 0.5, 4096);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOfJob(id);
    QCOMPARE(model.index(row, JobTableModel::ProgressColumn).data(JobTableModel::ProgressRole).toDouble(), 0.5);
    QCOMPARE(model.index(row, JobTableModel::DataColumn).data().toString(), QLocale().formattedDataSize(4096));
    // Half done after 10 minutes: about 10 minutes left.
    QCOMPARE(model.index(row, JobTableModel::ProgressColumn).data(JobTableModel::EtaRole).toLongLong(), 600);
    QCOMPARE(model.index(row, JobTableModel::DurationColumn).data().toString(), QStringLiteral("10 min 0 s"));
    // A finished job has no progress bar.
    const int done = model.rowOfJob(seeded.at(1).id);
    QCOMPARE(model.index(done, JobTableModel::ProgressColumn).data(JobTableModel::ProgressRole).toDouble(), -1.0);
}

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "TestJobTableModel.moc"
