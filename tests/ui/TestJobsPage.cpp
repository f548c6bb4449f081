#include "engine/jobs/JobRunner.h"
#include "models/Catalog.h"
#include "models/jobs/JobTableModel.h"
#include "tests/support/SeedJobs.h"
#include "tests/support/TestSupport.h"
#include "ui/FileDialog.h"
#include "ui/jobs/JobDetailsDialog.h"
#include "ui/jobs/JobNotifier.h"
#include "ui/jobs/JobsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace PgVault;

/// The Jobs page on a seeded catalog: the last 24 hours by default, tiles that count and filter,
/// the operation and instance filters, and the details of a job on Enter.
class TestJobsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultViewHoldsExactlyTheLast24Hours();
    void tilesCountAndFilter();
    void operationAndInstanceFilters();
    void longerRangeShowsOlderJobs();
    void enterOpensDetailsWithErrorAndSubTasks();
    void emptyRangeShowsTheEmptyState();
    void onlyFailuresAndCancellationsNotify_data();
    void onlyFailuresAndCancellationsNotify();
    void abandonedJobIsMarkedFailedWhenThePageOpens();

private:
    std::unique_ptr<JobsPage> makePage();
    int visibleRows(JobsPage &page) const;

    QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QList<Job> m_jobs;
};

void TestJobsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY_RESULT(opened);
    m_catalog = std::move(opened).value();
    JobRepository repository(m_catalog->database());
    Result<QList<Job>> seeded = Test::SeedJobs::seed(repository, m_now);
    QVERIFY_RESULT(seeded);
    m_jobs = seeded.value();
}

void TestJobsPage::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

std::unique_ptr<JobsPage> TestJobsPage::makePage()
{
    auto page = std::make_unique<JobsPage>(m_catalog->database(), nullptr, nullptr, [this] { return m_now; });
    page->notifier()->setTrayAvailable(false);
    page->resize(1000, 600);
    return page;
}

int TestJobsPage::visibleRows(JobsPage &page) const
{
    return page.model()->rowCount();
}

void TestJobsPage::defaultViewHoldsExactlyTheLast24Hours()
{
    auto page = makePage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QCOMPARE(
        page->findChild<QComboBox *>(QStringLiteral("rangeCombo"))->currentText(), QStringLiteral("Last 24 hours"));
    QCOMPARE(visibleRows(*page), Test::SeedJobs::PerDay);
    for (int row = 0; row < visibleRows(*page); ++row)
        QVERIFY(page->model()->jobAt(row).start >= m_now.addDays(-1));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("jobsSummaryLabel"))->text(), QStringLiteral("Jobs shown: 25"));
    // Columns in the portal's order, status as text with an icon from the delegate.
    const QAbstractItemModel *model = page->view()->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Backup instance"));
    QCOMPARE(model->headerData(JobTableModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void TestJobsPage::tilesCountAndFilter()
{
    auto page = makePage();
    page->show();
    auto *failed = page->findChild<QToolButton *>(QStringLiteral("tileFailed"));
    auto *all = page->findChild<QToolButton *>(QStringLiteral("tileAll"));
    QVERIFY(failed && all);
    QCOMPARE(failed->text(), QStringLiteral("Failed: 5"));
    QCOMPARE(all->text(), QStringLiteral("All: 25"));
    QCOMPARE(page->statusCounts().value(JobTypes::Status::InProgress), 5);

    QTest::mouseClick(failed, Qt::LeftButton);
    QCOMPARE(visibleRows(*page), 5);
    for (int row = 0; row < visibleRows(*page); ++row)
        QCOMPARE(page->model()->jobAt(row).status, JobTypes::Status::Failed);
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("statusCombo"))->currentText(), QStringLiteral("Failed"));
    // The counts ignore the status filter, so the other tiles stay useful.
    QCOMPARE(all->text(), QStringLiteral("All: 25"));
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(visibleRows(*page), Test::SeedJobs::PerDay);
}

void TestJobsPage::operationAndInstanceFilters()
{
    auto page = makePage();
    page->show();
    auto *operation = page->findChild<QComboBox *>(QStringLiteral("operationCombo"));
    operation->setCurrentIndex(operation->findText(QStringLiteral("Scheduled backup")));
    QCOMPARE(visibleRows(*page), 5);
    for (int row = 0; row < visibleRows(*page); ++row) {
        QCOMPARE(page->model()->jobAt(row).operation, JobTypes::Operation::Backup);
        QVERIFY(!page->model()->jobAt(row).userTriggered);
    }
    operation->setCurrentIndex(operation->findText(QStringLiteral("Restore")));
    QCOMPARE(visibleRows(*page), 5);
    QCOMPARE(page->findChild<QToolButton *>(QStringLiteral("tileAll"))->text(), QStringLiteral("All: 5"));
    operation->setCurrentIndex(0);

    // The instances come from the catalog's instances; none here, so add the job's name by hand.
    auto *instance = page->findChild<QComboBox *>(QStringLiteral("instanceCombo"));
    instance->addItem(QStringLiteral("alpha"));
    instance->setCurrentIndex(instance->findText(QStringLiteral("alpha")));
    QCOMPARE(visibleRows(*page), 13);
    for (int row = 0; row < visibleRows(*page); ++row)
        QCOMPARE(page->model()->jobAt(row).instanceName, QStringLiteral("alpha"));
}

void TestJobsPage::longerRangeShowsOlderJobs()
{
    auto page = makePage();
    page->show();
    auto *range = page->findChild<QComboBox *>(QStringLiteral("rangeCombo"));
    range->setCurrentIndex(int(JobsPage::Range::Last7Days));
    QCOMPARE(visibleRows(*page), 3 * Test::SeedJobs::PerDay);
    range->setCurrentIndex(int(JobsPage::Range::Custom));
    auto *from = page->findChild<QDateTimeEdit *>(QStringLiteral("fromEdit"));
    auto *to = page->findChild<QDateTimeEdit *>(QStringLiteral("toEdit"));
    QVERIFY(from->isVisible() && to->isVisible());
    to->setDateTime(m_now.addDays(-1).toLocalTime());
    from->setDateTime(m_now.addDays(-2).toLocalTime());
    QCOMPARE(visibleRows(*page), Test::SeedJobs::PerDay);
    for (int row = 0; row < visibleRows(*page); ++row)
        QVERIFY(page->model()->jobAt(row).start < m_now.addDays(-1));
}

void TestJobsPage::enterOpensDetailsWithErrorAndSubTasks()
{
    auto page = makePage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findText(QStringLiteral("Failed")));
    QTableView *view = page->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = page->findChild<JobDetailsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const Job &job = dialog->job();
    QCOMPARE(job.id, page->model()->jobAt(0).id);
    QVERIFY(dialog->findChild<QGroupBox *>(QStringLiteral("errorBox"))->isVisible());
    QCOMPARE(
        dialog->findChild<QLabel *>(QStringLiteral("errorCodeLabel"))->text(), QStringLiteral("Backup.DumpFailed"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("errorActionLabel"))->text(),
        QStringLiteral("Check that the server is running and reachable."));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("jobIdLabel"))->text(), job.id);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("retentionTagLabel"))->text(), QStringLiteral("Default"));
    auto *tasks = dialog->findChild<QTableWidget *>(QStringLiteral("subTasksTable"));
    QCOMPARE(tasks->rowCount(), 2);
    QCOMPARE(tasks->item(0, 0)->text(), QStringLiteral("Dump database shop"));
    QCOMPARE(tasks->item(0, 1)->text(), QStringLiteral("Failed"));
    QCOMPARE(tasks->item(1, 2)->text(), QStringLiteral("100%"));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("outputText"))
                ->toPlainText()
                .contains(QStringLiteral("pg_dump")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("cancelJobButton"))->isVisible());
    // Save… writes the captured output where the (stubbed) file dialog says.
    const QString saved = m_dir->filePath(QStringLiteral("job.log"));
    FileDialog::setNextFileName(saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveOutputButton")), Qt::LeftButton);
    QCOMPARE(Test::readFile(saved), QByteArray("pg_dump: error: connection to server failed\n"));
    dialog->close();

    // A running job offers Cancel; with no runner here the request goes through the catalog.
    status->setCurrentIndex(status->findText(QStringLiteral("In progress")));
    auto *running = page->openDetails(page->model()->jobAt(0).id);
    QVERIFY(running);
    auto *cancel = running->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(JobRepository(m_catalog->database()).isCancelRequested(running->job().id).value());
}

void TestJobsPage::emptyRangeShowsTheEmptyState()
{
    m_now = m_now.addDays(30);
    auto page = makePage();
    page->show();
    QCOMPARE(visibleRows(*page), 0);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("jobsEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No jobs in this time range.")));
}

void TestJobsPage::onlyFailuresAndCancellationsNotify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("notifies");
    QTest::newRow("failed notifies") << int(JobTypes::Status::Failed) << true;
    QTest::newRow("cancelled notifies") << int(JobTypes::Status::Cancelled) << true;
    QTest::newRow("completed is quiet") << int(JobTypes::Status::Completed) << false;
    QTest::newRow("completed with warnings is quiet") << int(JobTypes::Status::CompletedWithWarnings) << false;
    QTest::newRow("running is quiet") << int(JobTypes::Status::InProgress) << false;
}

void TestJobsPage::onlyFailuresAndCancellationsNotify()
{
    QFETCH(int, status);
    QFETCH(bool, notifies);
    QCOMPARE(JobNotifier::shouldNotify(JobTypes::Status(status)), notifies);
    // Without a tray nothing is shown, and nothing breaks.
    JobNotifier notifier;
    notifier.setTrayAvailable(false);
    Job job = m_jobs.constFirst();
    job.status = JobTypes::Status(status);
    QVERIFY(!notifier.notify(job));
}

void TestJobsPage::abandonedJobIsMarkedFailedWhenThePageOpens()
{
    Job stale = m_jobs.constFirst();
    stale.heartbeat = m_now.addSecs(-3600);
    QVERIFY_RESULT(JobRepository(m_catalog->database()).update(stale));
    // The page asks this process's runner to sweep, which writes on its own thread.
    JobRunner runner(m_catalog->path());
    QSignalSpy swept(&runner, &JobRunner::abandonedSwept);
    JobsPage page(m_catalog->database(), &runner, nullptr, [this] { return m_now; });
    QTRY_COMPARE(swept.size(), 1);
    QCOMPARE(swept.first().first().toInt(), 1);
    const int row = page.model()->rowOfJob(stale.id);
    QVERIFY(row >= 0);
    QTRY_COMPARE(page.model()->jobAt(row).status, JobTypes::Status::Failed);
    QCOMPARE(page.model()->jobAt(row).error->code, QStringLiteral("Job.Abandoned"));
}

QTEST_MAIN(TestJobsPage)
#include "TestJobsPage.moc"
