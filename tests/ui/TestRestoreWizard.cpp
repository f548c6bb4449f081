#include "engine/jobs/JobRunner.h"
#include "engine/restore/RestorePlan.h"
#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceTableModel.h"
#include "models/points/RecoveryPointTableModel.h"
#include "models/policies/PolicyRepository.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/instances/InstanceController.h"
#include "ui/restore/RestoreValidatePage.h"
#include "ui/restore/RestoreWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;

/// The restore wizard: the point's time-period filter, the files target and its validation.
class TestRestoreWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointListFiltersByTimePeriod();
    void validationRefusesExistingFileWithoutOverwrite();
    void validationRefusesMissingFolder();
    void validationRefusesFolderWithoutWriteAccess();
    void targetFileNamesFollowThePrefix();
    void serverPageNeedsHostUserAndDistinctTargets();
    void serverValidationRefusesExistingDatabaseUnlessCleanOrMapped();
    void realBackupRestoredAsFilesThroughTheWizard();

private:
    static QList<RecoveryPoint> points();
    static BackupInstance instance();
    std::unique_ptr<RestoreWizard> makeWizard();
    void goToFilesPage(RestoreWizard &wizard, const QString &folder);
    QString validateAndCollect(RestoreWizard &wizard);
};

BackupInstance TestRestoreWizard::instance()
{
    BackupInstance i;
    i.id = QStringLiteral("i1");
    i.name = QStringLiteral("orders");
    i.host = QStringLiteral("localhost");
    i.vaultName = QStringLiteral("local");
    return i;
}

QList<RecoveryPoint> TestRestoreWizard::points()
{
    QList<RecoveryPoint> list;
    const QList<QDate> dates{QDate(2026, 11, 20), QDate(2026, 11, 1), QDate(2026, 10, 1)};
    for (int n = 0; n < dates.size(); ++n) {
        RecoveryPoint p;
        p.id = QStringLiteral("%1").arg(n, 32, 10, QLatin1Char('0'));
        p.instanceId = QStringLiteral("i1");
        p.time = QDateTime(dates.at(n), QTime(12, 0), Qt::UTC);
        p.expiry = p.time.addYears(1);
        p.sizeBytes = 1000;
        p.databases = {QStringLiteral("sales"), QStringLiteral("crm")};
        list << p;
    }
    return list;
}

std::unique_ptr<RestoreWizard> TestRestoreWizard::makeWizard()
{
    auto wizard = std::make_unique<RestoreWizard>(
        QList<BackupInstance>{instance()}, [](const QString &) { return Result<QList<RecoveryPoint>>(points()); });
    wizard->show();
    return wizard;
}

void TestRestoreWizard::pointListFiltersByTimePeriod()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled()); // the only instance is selected
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RestoreWizard::PointPageId));
    auto *from = wizard->currentPage()->findChild<QDateEdit *>(QStringLiteral("fromDateEdit"));
    auto *to = wizard->currentPage()->findChild<QDateEdit *>(QStringLiteral("toDateEdit"));
    auto *view = wizard->currentPage()->findChild<QTableView *>(QStringLiteral("restorePointsView"));
    from->setDate(QDate(2026, 9, 1));
    to->setDate(QDate(2026, 12, 31));
    QCOMPARE(view->model()->rowCount(), 3);
    from->setDate(QDate(2026, 10, 15));
    QCOMPARE(view->model()->rowCount(), 2);
    to->setDate(QDate(2026, 11, 10));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(RecoveryPointTableModel::IdRole).toString(), points().at(1).id);
    view->selectRow(0);
    QVERIFY(next->isEnabled());
    from->setDate(QDate(2026, 11, 15)); // after "to"
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->currentPage()->findChild<QLabel *>(QStringLiteral("periodErrorLabel"))->isVisible());
}

void TestRestoreWizard::goToFilesPage(RestoreWizard &wizard, const QString &folder)
{
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next(); // instance
    wizard.next(); // point: the newest in the last 30 days is selected
    QCOMPARE(wizard.currentId(), int(RestoreWizard::TargetPageId));
    wizard.next(); // restore as files is the default
    QCOMPARE(wizard.currentId(), int(RestoreWizard::FilesPageId));
    auto *prefix = wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("filePrefixEdit"));
    prefix->setText(QStringLiteral("t-"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no folder yet
    FileDialog::setNextFileName(folder);
    QTest::mouseClick(
        wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("browseFolderButton")), Qt::LeftButton);
    QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->text(),
        QDir::toNativeSeparators(folder));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

QString TestRestoreWizard::validateAndCollect(RestoreWizard &wizard)
{
    auto *page = wizard.findChild<RestoreValidatePage *>(QStringLiteral("restoreValidatePage"));
    QSignalSpy done(page, &RestoreValidatePage::validationFinished);
    wizard.next();
    if (wizard.currentId() != RestoreWizard::ValidatePageId)
        return QStringLiteral("not on the validate page");
    if (!done.wait(20000))
        return QStringLiteral("validation did not finish");
    QStringList rows;
    for (const QLabel *label : page->findChildren<QLabel *>(QStringLiteral("restoreCheckText")))
        rows << label->text();
    return rows.join(QLatin1Char('\n'));
}

void TestRestoreWizard::validationRefusesExistingFileWithoutOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile existing(dir.filePath(QStringLiteral("t-roles.sql")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    auto wizard = makeWizard();
    goToFilesPage(*wizard, dir.path());
    QString results = validateAndCollect(*wizard);
    QVERIFY2(results.contains(QStringLiteral("exist already: t-roles.sql")), qPrintable(results));
    QVERIFY(results.contains(QStringLiteral("allow overwriting")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    wizard->back();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::FilesPageId));
    auto *overwrite = wizard->currentPage()->findChild<QCheckBox *>(QStringLiteral("overwriteCheckBox"));
    // On the box itself: the form stretches the check box far beyond its label.
    QTest::mouseClick(overwrite, Qt::LeftButton, {}, QPoint(8, overwrite->height() / 2));
    QVERIFY(overwrite->isChecked());
    results = validateAndCollect(*wizard);
    QVERIFY2(results.contains(QStringLiteral("will be overwritten: t-roles.sql")), qPrintable(results));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPageId));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

    QSignalSpy requested(wizard.get(), &RestoreWizard::restoreRequested);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto request = requested.first().at(1).value<RestoreRequest>();
    QCOMPARE(request.folder, dir.path());
    QCOMPARE(request.filePrefix, QStringLiteral("t-"));
    QVERIFY(request.overwrite);
    QCOMPARE(request.pointId, points().first().id);
    wizard->startFailed(Error{QStringLiteral("Instance.Busy"), QStringLiteral("Busy."), QStringLiteral("Wait."), {}});
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->currentPage()
                ->findChild<QLabel *>(QStringLiteral("restoreStartErrorLabel"))
                ->text()
                .contains(QStringLiteral("Wait.")));
}

void TestRestoreWizard::validationRefusesMissingFolder()
{
    QTemporaryDir dir;
    auto wizard = makeWizard();
    goToFilesPage(*wizard, dir.filePath(QStringLiteral("missing")));
    const QString results = validateAndCollect(*wizard);
    QVERIFY2(results.contains(QStringLiteral("does not exist")), qPrintable(results));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestRestoreWizard::validationRefusesFolderWithoutWriteAccess()
{
    // /proc refuses new files even to root, which a chmod'ed folder would not.
    RestoreRequest request;
    request.folder = QStringLiteral("/proc");
    const RestoreValidation validation = RestorePlan::validate(request, points().first());
    QVERIFY(!validation.passed());
    QCOMPARE(validation.checks.first().status, RestoreValidation::Status::Failed);
    QVERIFY2(validation.checks.first().message.contains(QStringLiteral("does not accept writes")),
        qPrintable(validation.checks.first().message));
}

void TestRestoreWizard::targetFileNamesFollowThePrefix()
{
    const QStringList names = RestorePlan::targetFileNames(QStringLiteral("p-"), points().first());
    QCOMPARE(names,
        (QStringList{QStringLiteral("p-db-sales.dump"),
            QStringLiteral("p-db-crm.dump"),
            QStringLiteral("p-roles.sql"),
            QStringLiteral("p-tablespace.sql"),
            QStringLiteral("p-schema.sql"),
            QStringLiteral("p-RESTORE.txt")}));
}

void TestRestoreWizard::serverPageNeedsHostUserAndDistinctTargets()
{
    auto wizard = makeWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    wizard->next();
    wizard->next();
    QTest::mouseClick(wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("restoreToServerRadio")),
        Qt::LeftButton,
        {},
        QPoint(8, 8));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::ServerPageId));
    QWizardPage *page = wizard->currentPage();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("targetHostErrorLabel"))->isVisible());
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("targetHostEdit")), QStringLiteral("db2"));
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("targetUserEdit")), QStringLiteral("admin"));
    QVERIFY(next->isEnabled());
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("targetPasswordEdit"))->echoMode(), QLineEdit::Password);
    auto *mapping = page->findChild<QTableWidget *>(QStringLiteral("databaseMappingTable"));
    QCOMPARE(mapping->rowCount(), 2);
    mapping->item(1, 1)->setText(QStringLiteral("sales"));
    QVERIFY(!next->isEnabled());
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("mappingErrorLabel"))->text().contains(QStringLiteral("\"sales\"")));
    mapping->item(1, 1)->setText(QStringLiteral("crm_copy"));
    QVERIFY(next->isEnabled());
}

void TestRestoreWizard::serverValidationRefusesExistingDatabaseUnlessCleanOrMapped()
{
    Test::TempPostgres postgres;
    QVERIFY_RESULT(postgres.start());
    QVERIFY_RESULT(postgres.createDatabase(QStringLiteral("sales")));
    RestoreRequest request;
    request.target = RestoreRequest::Target::Server;
    request.server = postgres.connection();
    const RecoveryPoint point = points().first(); // databases sales and crm

    RestoreValidation validation = RestorePlan::validate(request, point);
    QVERIFY(!validation.passed());
    QCOMPARE(validation.checks.size(), 2);
    QCOMPARE(validation.checks.at(0).status, RestoreValidation::Status::Passed);
    QVERIFY2(validation.checks.at(1).message.contains(QStringLiteral("exist already: sales")),
        qPrintable(validation.checks.at(1).message));

    request.clean = true;
    validation = RestorePlan::validate(request, point);
    QVERIFY(validation.passed());
    QCOMPARE(validation.checks.at(1).status, RestoreValidation::Status::Warning);

    // Two databases into one new name: refused even with clean, naming the name.
    request.databaseMap.insert(QStringLiteral("sales"), QStringLiteral("merged"));
    request.databaseMap.insert(QStringLiteral("crm"), QStringLiteral("merged"));
    validation = RestorePlan::validate(request, point);
    QVERIFY(!validation.passed());
    QCOMPARE(validation.checks.at(1).status, RestoreValidation::Status::Failed);
    QVERIFY2(validation.checks.at(1).message.contains(QStringLiteral("\"merged\"")),
        qPrintable(validation.checks.at(1).message));
    QVERIFY(!validation.checks.at(1).remedy.isEmpty());

    request.clean = false;
    request.databaseMap.clear();
    request.databaseMap.insert(QStringLiteral("sales"), QStringLiteral("sales_copy"));
    validation = RestorePlan::validate(request, point);
    QVERIFY(validation.passed());
    QCOMPARE(validation.checks.at(1).status, RestoreValidation::Status::Passed);

    request.server.password = QStringLiteral("wrong");
    validation = RestorePlan::validate(request, point);
    QVERIFY(!validation.passed());
    QCOMPARE(validation.checks.size(), 1);
    QVERIFY(!validation.checks.first().remedy.isEmpty());
}

void TestRestoreWizard::realBackupRestoredAsFilesThroughTheWizard()
{
    Test::TempPostgres postgres;
    QVERIFY_RESULT(postgres.start());
    QVERIFY_RESULT(postgres.createDatabase(QStringLiteral("shop")));
    QVERIFY_RESULT(postgres.pgbenchInit(QStringLiteral("shop")));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("PGVAULT_HOME", home.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    const Home pgvaultHome;
    QVERIFY(pgvaultHome.ensureExists());
    auto catalog = Catalog::open(pgvaultHome.catalogPath());
    QVERIFY_RESULT(catalog);
    BackupPolicy policy;
    policy.setName(QStringLiteral("weekly-pg"));
    const auto policyId = catalog.value()->policies().create(policy);
    QVERIFY_RESULT(policyId);
    QVERIFY_RESULT(VaultRegistry::ensure(catalog.value()->database(), pgvaultHome));

    MainWindow window(catalog.value().get());
    window.show();
    BackupInstance instance;
    instance.name = QStringLiteral("orders");
    instance.host = postgres.host();
    instance.port = postgres.port();
    instance.user = postgres.superuser();
    instance.policyId = policyId.value();
    instance.vaultName = QStringLiteral("local");
    std::optional<Result<void>> configured;
    window.instanceController()->configure(
        instance, postgres.superuserPassword(), this, [&configured](const Result<void> &r) { configured = r; });
    QTRY_VERIFY_WITH_TIMEOUT(configured.has_value(), 15000);
    QVERIFY_RESULT(*configured);
    QCOMPARE(window.instanceController()->model()->rowCount(), 1);
    const BackupInstance saved = window.instanceController()->model()->rowAt(0).instance;

    QSignalSpy finished(window.jobRunner(), &JobRunner::jobFinished);
    std::optional<Result<QString>> backup;
    window.jobRunner()->startBackup(
        saved, RetentionRule::Kind::Default, true, this, [&backup](const Result<QString> &r) { backup = r; });
    QTRY_VERIFY_WITH_TIMEOUT(backup.has_value(), 20000);
    QVERIFY_RESULT(*backup);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(1).value<JobTypes::Status>(), JobTypes::Status::Completed);

    window.openRestore(saved.id);
    auto *wizard = window.findChild<RestoreWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::PointPageId));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // today's point is selected
    wizard->next();
    wizard->next(); // restore as files
    QCOMPARE(wizard->currentId(), int(RestoreWizard::FilesPageId));
    QTemporaryDir target;
    wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("filePrefixEdit"))->setText(QStringLiteral("r-"));
    FileDialog::setNextFileName(target.path());
    QTest::mouseClick(
        wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("browseFolderButton")), Qt::LeftButton);
    const QString results = validateAndCollect(*wizard);
    QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(results));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::ReviewPageId));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
    QCOMPARE(finished.at(1).at(1).value<JobTypes::Status>(), JobTypes::Status::Completed);
    QTRY_VERIFY(window.findChild<RestoreWizard *>() == nullptr); // closed once the job started

    for (const char *name : {"r-db-shop.dump", "r-roles.sql", "r-tablespace.sql", "r-schema.sql", "r-RESTORE.txt"})
        QVERIFY2(QFileInfo::exists(target.filePath(QString::fromLatin1(name))), name);
    QVERIFY(Test::readFile(target.filePath(QStringLiteral("r-db-shop.dump"))).startsWith("PGDMP"));
    QVERIFY(Test::readFile(target.filePath(QStringLiteral("r-schema.sql"))).contains("pgbench_accounts"));
}

QTEST_MAIN(TestRestoreWizard)
#include "TestRestoreWizard.moc"
