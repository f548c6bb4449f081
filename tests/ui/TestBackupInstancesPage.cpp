#include "engine/instances/Credentials.h"
#include "engine/jobs/DeletedPoints.h"
#include "engine/jobs/JobRunner.h"
#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceLeases.h"
#include "models/instances/InstanceRepository.h"
#include "models/instances/InstanceTableModel.h"
#include "models/points/PointRepository.h"
#include "models/points/RecoveryPointTableModel.h"
#include "models/policies/PolicyRepository.h"
#include "tests/support/CommittedPoint.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"
#include "ui/instances/BackupInstancesPage.h"
#include "ui/instances/BackupNowDialog.h"
#include "ui/instances/InstanceController.h"
#include "ui/instances/RecoveryPointsPanel.h"
#include "ui/instances/StopProtectionDialog.h"
#include "ui/policies/PolicyController.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;

/// The Backup instances page over a temporary catalog and the real keychain: empty state, the
/// table and recovery points, Remove (with the keychain entry) and Backup now's start and progress.
class TestBackupInstancesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateWhenNoInstances();
    void listsInstancesAndPointsOfSelection();
    void stopProtectionRetainsForeverThenResumes();
    void stopProtectionRefusedWhileAJobRuns();
    void deleteDataNeedsTheNameTyped();
    void changePolicyKeepsPoints();
    void showDeletedListsDeletedPointsAndUndeleteBringsOneBack();
    void backupNowStartsJobAndShowsProgress();
    void backupNowStartFailureShowsRemedy();
    void backupNowWithRealJobRunnerAddsPoint();

private:
    void addInstance(const QString &name, int points);
    void clickBackupNow(RetentionRule::Kind rule);
    CredentialResult keychain(const std::function<void(Credentials &, Credentials::Callback)> &call);
    template <typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<PolicyController> m_policies;
    std::unique_ptr<InstanceController> m_instances;
    std::unique_ptr<BackupInstancesPage> m_page;
    QString m_policyId;
    QString m_vaultId;
};

void TestBackupInstancesPage::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("PGVAULT_HOME", m_home->path().toUtf8());
    const Home home;
    QVERIFY(home.ensureExists());
    auto catalog = Catalog::open(home.catalogPath());
    QVERIFY_RESULT(catalog);
    m_catalog = std::move(catalog.value());
    BackupPolicy policy;
    policy.setName(QStringLiteral("weekly-pg"));
    policy.putRule(RetentionRule(RetentionRule::Kind::Weekly, Duration::weeks(12)));
    auto id = m_catalog->policies().create(policy);
    QVERIFY_RESULT(id);
    m_policyId = id.value();
    const Result<Vault> vault = VaultRegistry::ensure(m_catalog->database(), home);
    QVERIFY_RESULT(vault);
    m_vaultId = vault->id;
    m_policies = std::make_unique<PolicyController>(m_catalog.get());
    QVERIFY_RESULT(m_policies->refresh());
    m_instances = std::make_unique<InstanceController>(m_catalog.get());
    QVERIFY_RESULT(m_instances->refresh());
    m_page = std::make_unique<BackupInstancesPage>(m_instances.get(), m_policies.get());
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestBackupInstancesPage::cleanup()
{
    m_page.reset();
    m_instances.reset();
    m_policies.reset();
    m_catalog.reset();
    m_home.reset();
}

void TestBackupInstancesPage::showDeletedListsDeletedPointsAndUndeleteBringsOneBack()
{
    addInstance(QStringLiteral("orders"), 0);
    const QSqlDatabase database = m_catalog->database();
    const BackupInstance instance = InstanceRepository(database).find(QStringLiteral("orders"))->value();
    Result<std::unique_ptr<VaultStore>> store = VaultRegistry::openFor(database, instance);
    QVERIFY_RESULT(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString live = Test::commitPoint(
        **store, database, instance.id, now.addDays(-7), now.addYears(1), RetentionRule::Kind::Default);
    const QString gone = Test::commitPoint(
        **store, database, instance.id, now.addDays(-40), now.addDays(-2), RetentionRule::Kind::Default);
    QVERIFY(!live.isEmpty() && !gone.isEmpty());
    const RecoveryPoint expired = PointRepository(database).find(gone)->value();
    QVERIFY_RESULT(DeletedPoints(database, QStringLiteral("test:1")).softDelete(**store, expired, now, 14));
    QVERIFY_RESULT(m_instances->refresh());
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));

    // Deleted points are hidden until "Show deleted" is on.
    auto *pointsView = child<QTableView>("recoveryPointsView");
    QAbstractItemModel *points = pointsView->model();
    QCOMPARE(points->rowCount(), 1);
    auto *showDeleted = child<QCheckBox>("showDeletedCheckBox");
    QVERIFY(!showDeleted->isChecked());
    QTest::mouseClick(showDeleted, Qt::LeftButton);
    QVERIFY(showDeleted->isChecked());
    QCOMPARE(points->rowCount(), 2);
    auto *panel = m_page->pointsPanel();
    QVERIFY(panel->selectPoint(gone));
    const int row = panel->model()->rowOfId(gone);
    const QModelIndex expiryCell = panel->model()->index(row, RecoveryPointTableModel::ExpiryColumn);
    QVERIFY2(expiryCell.data().toString().startsWith(QStringLiteral("Deleted — purged on ")),
        qPrintable(expiryCell.data().toString()));
    QVERIFY(expiryCell.data(RecoveryPointTableModel::DeletedRole).toBool());

    // A deleted point cannot be restored or verified; Undelete is its action.
    auto *undelete = child<QPushButton>("undeletePointButton");
    QVERIFY(undelete->isVisible());
    QVERIFY(undelete->isEnabled());
    QVERIFY(!child<QPushButton>("restorePointButton")->isEnabled());
    QVERIFY(!child<QPushButton>("verifyPointButton")->isEnabled());
    QVERIFY(!child<QPushButton>("testRestorePointButton")->isEnabled());
    QVERIFY(child<QLabel>("pointExplanationLabel")->text().contains(QStringLiteral("purged on")));
    QSignalSpy status(m_page.get(), &BackupInstancesPage::statusMessage);
    QTest::mouseClick(undelete, Qt::LeftButton);
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.first().first().toString().startsWith(QStringLiteral("Undeleted")),
        qPrintable(status.first().first().toString()));

    const RecoveryPoint back = PointRepository(database).find(gone)->value();
    QVERIFY(!back.isDeleted());
    QVERIFY(back.expiry >= now.addDays(DeletedPoints::UndeleteGraceDays));
    QCOMPARE(points->rowCount(), 2);
    QCOMPARE(panel->selectedPoint()->id, gone);
    QVERIFY(!panel->selectedPoint()->isDeleted());
    QVERIFY(child<QPushButton>("restorePointButton")->isEnabled());
    QVERIFY(!undelete->isVisible());
    QTest::mouseClick(showDeleted, Qt::LeftButton);
    QCOMPARE(points->rowCount(), 2); // both live now
}

void TestBackupInstancesPage::addInstance(const QString &name, int points)
{
    BackupInstance instance;
    instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    instance.name = name;
    instance.host = QStringLiteral("db.example.org");
    instance.user = QStringLiteral("backup");
    instance.policyId = m_policyId;
    instance.vaultId = m_vaultId;
    instance.created = QDateTime::currentDateTimeUtc();
    QVERIFY_RESULT(InstanceRepository(m_catalog->database()).create(instance));
    for (int i = 0; i < points; ++i) {
        RecoveryPoint point;
        point.id = QStringLiteral("%1").arg(i + 1, 32, 16, QLatin1Char('0'));
        point.instanceId = instance.id;
        point.time = QDateTime(QDate(2025, 3, 2 + 7 * i), QTime(21, 0), Qt::UTC);
        point.tag = i == 0 ? RetentionRule::Kind::Weekly : RetentionRule::Kind::Default;
        point.expiry = point.time.addYears(1);
        point.sizeBytes = 2048 * (i + 1);
        QVERIFY_RESULT(PointRepository(m_catalog->database()).put(point));
    }
    QVERIFY_RESULT(m_instances->refresh());
}

CredentialResult TestBackupInstancesPage::keychain(
    const std::function<void(Credentials &, Credentials::Callback)> &call)
{
    Credentials credentials;
    std::optional<CredentialResult> result;
    call(credentials, [&result](const CredentialResult &r) { result = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    }();
    return result.value_or(CredentialResult{CredentialResult::Code::Other, {}, {}, {}, {}});
}

void TestBackupInstancesPage::emptyStateWhenNoInstances()
{
    auto *empty = child<QWidget>("instancesEmptyState");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->findChild<QLabel *>(QStringLiteral("emptyStateTextLabel"))->text(),
        QStringLiteral("Configure backup to protect a PostgreSQL server."));
    QVERIFY(child<QPushButton>("configureBackupButton")->isEnabled());
    QVERIFY(!child<QPushButton>("backupNowButton")->isEnabled());
    QVERIFY(!child<QPushButton>("removeInstanceButton")->isEnabled());
    addInstance(QStringLiteral("orders"), 0);
    QVERIFY(!empty->isVisible());
    QVERIFY(child<QTableView>("instancesView")->isVisible());
}

void TestBackupInstancesPage::listsInstancesAndPointsOfSelection()
{
    addInstance(QStringLiteral("orders"), 2);
    addInstance(QStringLiteral("crm"), 0);
    auto *view = child<QTableView>("instancesView");
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, InstanceTableModel::NameColumn).data().toString(), QStringLiteral("crm"));
    QCOMPARE(view->model()->index(1, InstanceTableModel::StateColumn).data().toString(), QStringLiteral("Protected"));
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QVERIFY(child<QPushButton>("backupNowButton")->isEnabled());
    QAbstractItemModel *points = child<QTableView>("recoveryPointsView")->model();
    const auto cell = [points](int row, int column) {
        return points->index(row, column).data().toString();
    };
    QCOMPARE(points->rowCount(), 2);
    QCOMPARE(cell(0, RecoveryPointTableModel::TagColumn), QStringLiteral("Default")); // newest first
    QCOMPARE(cell(1, RecoveryPointTableModel::TagColumn), QStringLiteral("Weekly"));
    QCOMPARE(cell(1, RecoveryPointTableModel::SizeColumn), QLocale().formattedDataSize(2048));
    QVERIFY(m_page->selectInstance(QStringLiteral("crm")));
    QCOMPARE(points->rowCount(), 0);
    QVERIFY(child<QLabel>("pointsLabel")->text().contains(QStringLiteral("none yet")));
}

void TestBackupInstancesPage::stopProtectionRetainsForeverThenResumes()
{
    addInstance(QStringLiteral("orders"), 2);
    const BackupInstance instance = m_instances->model()->rowAt(0).instance;
    const QString key = Credentials::serverPasswordKey(instance.id);
    QVERIFY(keychain([&](Credentials &c, Credentials::Callback done) {
        c.write(key, QStringLiteral("s3cret"), this, done);
    }).ok());
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QTest::mouseClick(child<QPushButton>("removeInstanceButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<StopProtectionDialog *>(QStringLiteral("stopProtectionDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Azure's three choices, the harmless one first and chosen.
    auto *asPerPolicy = dialog->findChild<QRadioButton *>(QStringLiteral("retainAsPerPolicyRadio"));
    auto *forever = dialog->findChild<QRadioButton *>(QStringLiteral("retainForeverRadio"));
    auto *deleteData = dialog->findChild<QRadioButton *>(QStringLiteral("deleteDataRadio"));
    QCOMPARE(asPerPolicy->text(), QStringLiteral("Retain as per policy"));
    QCOMPARE(forever->text(), QStringLiteral("Retain forever"));
    QCOMPARE(deleteData->text(), QStringLiteral("Delete backup data"));
    QVERIFY(asPerPolicy->isChecked());
    // On its indicator: a wide radio button takes clicks only on its indicator and text.
    QTest::mouseClick(forever, Qt::LeftButton, {}, QPoint(6, forever->height() / 2));
    QCOMPARE(dialog->mode(), InstanceProtection::StopMode::RetainForever);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stopProtectionButton")), Qt::LeftButton);

    // Still listed, stopped, not backed up any more, its points shown as kept forever.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_instances->model()->rowAt(0).instance.protection, BackupInstance::Protection::StoppedRetainForever, 15000);
    QCOMPARE(m_instances->model()->rowCount(), 1);
    QCOMPARE(m_instances->model()->index(0, InstanceTableModel::StateColumn).data().toString(),
        QStringLiteral("Protection stopped (retained forever)"));
    QCOMPARE(m_instances->model()->index(0, InstanceTableModel::NextRunColumn).data().toString(),
        QStringLiteral("Not scheduled"));
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QVERIFY(!child<QPushButton>("backupNowButton")->isEnabled());
    QAbstractItemModel *points = child<QTableView>("recoveryPointsView")->model();
    QCOMPARE(points->rowCount(), 2);
    QCOMPARE(
        points->index(0, RecoveryPointTableModel::ExpiryColumn).data().toString(), QStringLiteral("Retained forever"));
    QCOMPARE(keychain([&](Credentials &c, Credentials::Callback done) { c.read(key, this, done); }).code,
        CredentialResult::Code::NotFound);

    // Resume protection asks for the password again, puts it back into the keychain and protects.
    auto *resume = child<QPushButton>("resumeInstanceButton");
    QVERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    auto *ask = m_page->findChild<QInputDialog *>(QStringLiteral("resumeDialog"));
    QVERIFY(ask);
    QVERIFY(ask->isVisible());
    QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
    QVERIFY(ask->labelText().contains(instance.datasourceName()));
    ask->setTextValue(QStringLiteral("n3w-s3cret"));
    ask->accept();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_instances->model()->rowAt(0).instance.protection, BackupInstance::Protection::Protected, 15000);
    const CredentialResult read
        = keychain([&](Credentials &c, Credentials::Callback done) { c.read(key, this, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QStringLiteral("n3w-s3cret"));
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QVERIFY(child<QPushButton>("backupNowButton")->isEnabled());
    QVERIFY(!resume->isEnabled());
}

void TestBackupInstancesPage::stopProtectionRefusedWhileAJobRuns()
{
    // The same refusal as "pgvaultctl instance remove" gives (TestPgvaultctlBackup::
    // busyInstanceAndBadRuleAreRefused): both go through InstanceProtection::stop.
    addInstance(QStringLiteral("orders"), 1);
    const BackupInstance instance = m_instances->model()->rowAt(0).instance;
    InstanceLeases leases(m_catalog->database());
    QVERIFY_RESULT(leases.claim(
        instance.id, QStringLiteral("other-job"), QStringLiteral("elsewhere:1"), QDateTime::currentDateTimeUtc()));
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QTest::mouseClick(child<QPushButton>("removeInstanceButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<StopProtectionDialog *>(QStringLiteral("stopProtectionDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stopProtectionButton")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_page->findChild<QMessageBox *>(QStringLiteral("errorBox"))) != nullptr, 15000);
    QVERIFY2(box->text().contains(QStringLiteral("other-job")), qPrintable(box->text()));
    box->close();
    QCOMPARE(m_instances->model()->rowAt(0).instance.protection, BackupInstance::Protection::Protected);
    QVERIFY_RESULT(leases.release(instance.id, QStringLiteral("other-job")));
}

void TestBackupInstancesPage::deleteDataNeedsTheNameTyped()
{
    addInstance(QStringLiteral("orders"), 1);
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QTest::mouseClick(child<QPushButton>("removeInstanceButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<StopProtectionDialog *>(QStringLiteral("stopProtectionDialog"));
    QVERIFY(dialog);
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("stopProtectionButton"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QVERIFY(stop->isEnabled());
    QVERIFY(!name->isEnabled());
    auto *deleteData = dialog->findChild<QRadioButton *>(QStringLiteral("deleteDataRadio"));
    QTest::mouseClick(deleteData, Qt::LeftButton, {}, QPoint(6, deleteData->height() / 2));
    QVERIFY(!stop->isEnabled());
    QTest::keyClicks(name, QStringLiteral("order"));
    QVERIFY(!stop->isEnabled());
    QTest::keyClicks(name, QStringLiteral("s"));
    QVERIFY(stop->isEnabled());
    QCOMPARE(dialog->mode(), InstanceProtection::StopMode::DeleteData);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_instances->model()->rowCount(), 0, 15000);
    QVERIFY(child<QWidget>("instancesEmptyState")->isVisible());
    QVERIFY(PointRepository(m_catalog->database()).expiredAt(QDateTime::currentDateTimeUtc().addYears(5))->isEmpty());
}

void TestBackupInstancesPage::changePolicyKeepsPoints()
{
    BackupPolicy monthly;
    monthly.setName(QStringLiteral("monthly-pg"));
    QVERIFY_RESULT(m_catalog->policies().create(monthly));
    QVERIFY_RESULT(m_policies->refresh());
    addInstance(QStringLiteral("orders"), 2);
    const QList<RecoveryPoint> before
        = PointRepository(m_catalog->database()).listForInstance(m_instances->model()->rowAt(0).instance.id).value();
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QTest::mouseClick(child<QPushButton>("changePolicyButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<QInputDialog *>(QStringLiteral("changePolicyDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->labelText().contains(QStringLiteral("existing points keep their expiry")));
    QCOMPARE(dialog->comboBoxItems(), (QStringList{QStringLiteral("monthly-pg"), QStringLiteral("weekly-pg")}));
    QCOMPARE(dialog->textValue(), QStringLiteral("weekly-pg"));
    QSignalSpy status(m_page.get(), &BackupInstancesPage::statusMessage);
    dialog->setTextValue(QStringLiteral("monthly-pg"));
    dialog->accept();
    QCOMPARE(m_instances->model()->index(0, InstanceTableModel::PolicyColumn).data().toString(),
        QStringLiteral("monthly-pg"));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("existing points keep their expiry")));
    QCOMPARE(PointRepository(m_catalog->database()).listForInstance(m_instances->model()->rowAt(0).instance.id).value(),
        before);
}

void TestBackupInstancesPage::clickBackupNow(RetentionRule::Kind rule)
{
    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QTest::mouseClick(child<QPushButton>("backupNowButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<BackupNowDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->offeredRules(),
        (QList<RetentionRule::Kind>{RetentionRule::Kind::Weekly, RetentionRule::Kind::Default}));
    dialog->setChosenRule(rule);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
}

void TestBackupInstancesPage::backupNowStartsJobAndShowsProgress()
{
    addInstance(QStringLiteral("orders"), 0);
    QString startedFor;
    std::optional<RetentionRule::Kind> startedRule;
    m_page->setBackupStarter([&](const BackupInstance &instance,
                                 RetentionRule::Kind rule,
                                 const QObject *,
                                 BackupInstancesPage::StartCallback callback) {
        startedFor = instance.name;
        startedRule = rule;
        callback(QStringLiteral("job-1"));
    });
    clickBackupNow(RetentionRule::Kind::Weekly);
    QCOMPARE(startedFor, QStringLiteral("orders"));
    QCOMPARE(startedRule, RetentionRule::Kind::Weekly);
    QTRY_VERIFY(!m_page->findChild<BackupNowDialog *>() || !m_page->findChild<BackupNowDialog *>()->isVisible());
    auto *progress = child<QProgressBar>("jobProgressBar");
    QVERIFY(progress->isVisible());
    QCOMPARE(m_instances->model()->index(0, InstanceTableModel::StateColumn).data().toString(),
        QStringLiteral("Backup in progress"));
    m_page->showJobProgress(QStringLiteral("job-1"), 0.5, 4096);
    QCOMPARE(progress->value(), 50);
    QVERIFY(child<QLabel>("jobStatusLabel")->text().contains(QStringLiteral("orders")));
    m_page->showJobProgress(QStringLiteral("someone-elses-job"), 0.9, 1);
    QCOMPARE(progress->value(), 50);
    m_page->showJobFinished(QStringLiteral("job-1"), JobTypes::Status::Completed);
    QVERIFY(!progress->isVisible());
    QVERIFY(child<QLabel>("jobStatusLabel")->text().contains(JobTypes::statusDisplayName(JobTypes::Status::Completed)));
}

void TestBackupInstancesPage::backupNowStartFailureShowsRemedy()
{
    addInstance(QStringLiteral("orders"), 0);
    m_page->setBackupStarter(
        [](const BackupInstance &, RetentionRule::Kind, const QObject *, BackupInstancesPage::StartCallback callback) {
            callback(Error{QStringLiteral("Job.InstanceBusy"),
                QStringLiteral("\"orders\" is busy with job 42."),
                QStringLiteral("Wait for it to finish."),
                {}});
        });
    clickBackupNow(RetentionRule::Kind::Default);
    auto *dialog = m_page->findChild<BackupNowDialog *>();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("startErrorLabel"))->text().contains(QStringLiteral("job 42")));
    QVERIFY(!child<QProgressBar>("jobProgressBar")->isVisible());
}

void TestBackupInstancesPage::backupNowWithRealJobRunnerAddsPoint()
{
    Test::TempPostgres postgres;
    QVERIFY_RESULT(postgres.start());
    QVERIFY_RESULT(postgres.createDatabase(QStringLiteral("shop")));
    QVERIFY_RESULT(postgres.pgbenchInit(QStringLiteral("shop")));

    BackupInstance instance;
    instance.name = QStringLiteral("orders");
    instance.host = postgres.host();
    instance.port = postgres.port();
    instance.user = postgres.superuser();
    instance.policyId = m_policyId;
    instance.vaultName = QStringLiteral("local");
    std::optional<Result<void>> configured;
    m_instances->configure(
        instance, postgres.superuserPassword(), this, [&configured](const Result<void> &r) { configured = r; });
    QTRY_VERIFY_WITH_TIMEOUT(configured.has_value(), 15000);
    QVERIFY_RESULT(*configured);

    JobRunner runner(m_catalog->path());
    m_page->setBackupStarter([&runner](const BackupInstance &chosen,
                                 RetentionRule::Kind rule,
                                 const QObject *context,
                                 BackupInstancesPage::StartCallback callback) {
        runner.startBackup(chosen, rule, true, context, std::move(callback));
    });
    connect(&runner, &JobRunner::jobProgressed, m_page.get(), &BackupInstancesPage::showJobProgress);
    connect(&runner, &JobRunner::jobFinished, m_page.get(), &BackupInstancesPage::showJobFinished);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy started(&runner, &JobRunner::jobStarted);

    clickBackupNow(RetentionRule::Kind::Weekly);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20000);
    QVERIFY(child<QProgressBar>("jobProgressBar")->isVisible()); // visible at once
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.first().at(1).value<JobTypes::Status>(), JobTypes::Status::Completed);
    QVERIFY(child<QLabel>("jobStatusLabel")->text().contains(JobTypes::statusDisplayName(JobTypes::Status::Completed)));

    QVERIFY(m_page->selectInstance(QStringLiteral("orders")));
    QAbstractItemModel *points = child<QTableView>("recoveryPointsView")->model();
    QCOMPARE(points->rowCount(), 1);
    QCOMPARE(points->index(0, RecoveryPointTableModel::TagColumn).data().toString(), QStringLiteral("Weekly"));
    QCOMPARE(
        m_instances->model()->index(0, InstanceTableModel::StateColumn).data().toString(), QStringLiteral("Protected"));
}

QTEST_MAIN(TestBackupInstancesPage)
#include "TestBackupInstancesPage.moc"
