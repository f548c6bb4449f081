#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "tests/support/SeedJobs.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/instances/BackupNowDialog.h"
#include "ui/instances/ConfigureBackupWizard.h"
#include "ui/instances/ConfigureDatasourcesPage.h"
#include "ui/instances/InstanceController.h"
#include "ui/instances/RecoveryPointsPanel.h"
#include "ui/instances/StopProtectionDialog.h"
#include "ui/jobs/JobDetailsDialog.h"
#include "ui/jobs/JobNotifier.h"
#include "ui/jobs/JobsPage.h"
#include "ui/policies/AddRetentionDialog.h"
#include "ui/policies/PolicyController.h"
#include "ui/policies/PolicyWizard.h"
#include "ui/restore/RestoreValidatePage.h"
#include "ui/restore/RestoreWizard.h"
#include "ui/vaults/CreateVaultDialog.h"
#include "ui/vaults/VaultController.h"
#include "ui/vaults/VaultsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <tuple>

using namespace PgVault;

/// Renders the policy screens to PNGs for review: $PGVAULT_SCREENSHOT_DIR (else a temporary
/// folder), in $PGVAULT_SCREENSHOT_LANG (default en). scripts/screenshots.sh runs it per language.
class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowWithTwoPolicies();
    void wizardPages();
    void addRetentionDialog();
    void configureBackupDatasources();
    void backupNowDialog();
    void stopProtectionDialog();
    void jobsPageAndDetails();
    void recoveryPointsAndRestoreWizard();
    void vaultsPageAndCreateDialog();
    void mainWindowWithAlerts();

private:
    void save(QWidget *widget, const QString &name);
    BackupPolicy samplePolicy(const QString &name, int weeklyWeeks) const;

    QTemporaryDir m_tmp;
    QString m_outDir;
    QString m_lang;
    QTranslator m_translator;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_outDir = qEnvironmentVariable("PGVAULT_SCREENSHOT_DIR", m_tmp.filePath(QStringLiteral("shots")));
    m_lang = qEnvironmentVariable("PGVAULT_SCREENSHOT_LANG", QStringLiteral("en"));
    QVERIFY(QDir().mkpath(m_outDir));
    QLocale::setDefault(QLocale(m_lang));
    if (!m_translator.load(QLocale(m_lang), QStringLiteral("pgvault"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        qWarning("no translation for %s", qPrintable(m_lang));
    QApplication::installTranslator(&m_translator);
    qputenv("PGVAULT_HOME", m_tmp.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toUtf8());
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(m_outDir).filePath(QStringLiteral("%1-%2.png").arg(name, m_lang));
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY2(pixmap.save(path), qPrintable(path));
}

BackupPolicy TestScreenshots::samplePolicy(const QString &name, int weeklyWeeks) const
{
    BackupPolicy policy;
    policy.setName(name);
    policy.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    policy.setRules({RetentionRule(RetentionRule::Kind::Default, Duration::months(3)),
        RetentionRule(RetentionRule::Kind::Weekly, Duration::weeks(weeklyWeeks)),
        RetentionRule(RetentionRule::Kind::Monthly, Duration::years(5)),
        RetentionRule(RetentionRule::Kind::Yearly, Duration::years(10))});
    return policy;
}

void TestScreenshots::mainWindowWithTwoPolicies()
{
    const Home home;
    QVERIFY(home.ensureExists());
    auto catalog = Catalog::open(home.catalogPath());
    QVERIFY(catalog.ok());
    PolicyRepository policies = catalog.value()->policies();
    if (!policies.exists(QStringLiteral("weekly-pg"))) {
        QVERIFY(policies.create(samplePolicy(QStringLiteral("weekly-pg"), 12)).ok());
        BackupPolicy nightly;
        nightly.setName(QStringLiteral("archive-orders"));
        nightly.setSchedule(WeeklySchedule({Qt::Saturday}, QTime(2, 30), QTimeZone("UTC")));
        QVERIFY(policies.create(nightly).ok());
    }
    // An agent that stopped answering three hours ago: the status bar's longest text.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(AgentHeartbeatRepository(catalog.value()->database())
                .beat({QStringLiteral("backup-host"), 4242, now.addDays(-1), now.addSecs(-3 * 3600 - 60)})
                .ok());
    MainWindow window(catalog.value().get());
    window.resize(1100, 520);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(&window, QStringLiteral("main-window"));
    window.showPage(MainWindow::InstancesPage);
    save(&window, QStringLiteral("main-window-instances"));
}

void TestScreenshots::mainWindowWithAlerts()
{
    // Its own catalog: a failed backup of one instance, another never backed up in 9 days.
    Test::TempCatalogAndVault env;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(env.create(now.addYears(-1)).ok());
    const QString orders = env.addInstance(QStringLiteral("orders-db"), now.addSecs(-3600));
    QVERIFY(!env.addInstance(QStringLiteral("crm"), now.addDays(-9)).isEmpty());
    QVERIFY(AgentHeartbeatRepository(env.catalog->database())
                .beat({QStringLiteral("backup-host"), 4242, now.addDays(-1), now})
                .ok());
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.activityId = job.id;
    job.status = JobTypes::Status::Failed;
    job.start = now.addSecs(-1800);
    job.end = now.addSecs(-1700);
    job.heartbeat = job.end;
    job.instanceId = orders;
    job.instanceName = QStringLiteral("orders-db");
    job.error = Error{QStringLiteral("Backup.DumpFailed"),
        QStringLiteral("pg_dump of database \"shop\" failed: connection refused."),
        QStringLiteral("Check that the server is running and reachable."),
        {}};
    QVERIFY(JobRepository(env.catalog->database()).create(job).ok());
    MainWindow window(env.catalog.get());
    window.resize(1100, 560);
    window.showPage(MainWindow::InstancesPage);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(&window, QStringLiteral("main-window-alerts"));
}

void TestScreenshots::wizardPages()
{
    PolicyWizard wizard;
    wizard.setToday(QDate(2025, 3, 1));
    wizard.setExistingNames({QStringLiteral("weekly-pg")});
    BackupPolicy draft = samplePolicy(QStringLiteral("weekly-postgres"), 12);
    wizard.setPolicy(draft);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    save(&wizard, QStringLiteral("wizard-1-basics"));
    wizard.next();
    save(&wizard, QStringLiteral("wizard-2-schedule"));
    wizard.next();
    save(&wizard, QStringLiteral("wizard-3-review"));
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("showJsonButton")), Qt::LeftButton);
    save(&wizard, QStringLiteral("wizard-3-review-json"));
    wizard.back();
    wizard.back();
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("policyNameEdit"));
    name->setText(QStringLiteral("weekly pg"));
    save(&wizard, QStringLiteral("wizard-1-basics-error"));
}

void TestScreenshots::addRetentionDialog()
{
    AddRetentionDialog dialog;
    dialog.setUsedKinds({RetentionRule::Kind::Default, RetentionRule::Kind::Monthly});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("add-retention"));
    dialog.findChild<QComboBox *>(QStringLiteral("unitCombo"))->setCurrentIndex(0);
    save(&dialog, QStringLiteral("add-retention-error"));
}

void TestScreenshots::configureBackupDatasources()
{
    Test::TempPostgres postgres;
    QVERIFY(postgres.start().ok());
    const Home home;
    QVERIFY(home.ensureExists());
    auto catalog = Catalog::open(home.catalogPath());
    QVERIFY(catalog.ok());
    if (!catalog.value()->policies().exists(QStringLiteral("weekly-pg")))
        QVERIFY(catalog.value()->policies().create(samplePolicy(QStringLiteral("weekly-pg"), 12)).ok());
    PolicyController policies(catalog.value().get());
    QVERIFY(policies.refresh().ok());
    InstanceController instances(catalog.value().get());
    ConfigureBackupWizard wizard(&policies);
    wizard.setVaultOptions(instances.vaultOptions());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    const auto edit = [&](const char *name) {
        return wizard.findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    edit("instanceNameEdit")->setText(QStringLiteral("orders-db"));
    edit("hostEdit")->setText(postgres.host());
    wizard.findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(postgres.port());
    edit("userEdit")->setText(postgres.superuser());
    edit("passwordEdit")->setText(QStringLiteral("wrong-password"));
    auto *page = wizard.findChild<ConfigureDatasourcesPage *>();
    QSignalSpy finished(page, &ConfigureDatasourcesPage::validationFinished);
    page->validate();
    QVERIFY(finished.wait(60000));
    save(&wizard, QStringLiteral("configure-backup-3-datasources-failed"));
    edit("passwordEdit")->setText(postgres.superuserPassword());
    page->validate();
    QVERIFY(finished.wait(60000));
    save(&wizard, QStringLiteral("configure-backup-3-datasources-passed"));
    wizard.next();
    save(&wizard, QStringLiteral("configure-backup-4-review"));
}

void TestScreenshots::backupNowDialog()
{
    BackupInstance instance;
    instance.name = QStringLiteral("orders-db");
    instance.host = QStringLiteral("db.example.org");
    instance.user = QStringLiteral("backup");
    BackupNowDialog dialog(instance, samplePolicy(QStringLiteral("weekly-pg"), 12));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("backup-now"));
    dialog.accept();
    dialog.startFailed(Error{QStringLiteral("Job.InstanceBusy"),
        QStringLiteral("\"orders-db\" is busy: job 5f2c… (Backup) is running."),
        QStringLiteral("Wait for it to finish, or cancel it."),
        {}});
    save(&dialog, QStringLiteral("backup-now-error"));
}

void TestScreenshots::stopProtectionDialog()
{
    BackupInstance instance;
    instance.name = QStringLiteral("orders-db");
    instance.host = QStringLiteral("db.example.org");
    instance.user = QStringLiteral("backup");
    instance.vaultName = QStringLiteral("local");
    StopProtectionDialog dialog(instance);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("stop-protection"));
    dialog.findChild<QRadioButton *>(QStringLiteral("deleteDataRadio"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"))->setText(QStringLiteral("orders"));
    save(&dialog, QStringLiteral("stop-protection-delete"));
}

void TestScreenshots::jobsPageAndDetails()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY_RESULT(catalog);
    JobRepository repository((*catalog)->database());
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    const Result<QList<Job>> jobs = Test::SeedJobs::seed(repository, now);
    QVERIFY_RESULT(jobs);
    {
        JobsPage page((*catalog)->database(), nullptr, nullptr, [now] { return now; });
        page.notifier()->setTrayAvailable(false);
        page.resize(1180, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        save(&page, QStringLiteral("jobs-page"));
    }
    for (const Job &job : *jobs) {
        if (job.status == JobTypes::Status::Failed && job.operation == JobTypes::Operation::Backup) {
            JobDetailsDialog dialog((*catalog)->database(), job, nullptr);
            dialog.setClock([now] { return now; });
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, QStringLiteral("job-details-failed"));
            break;
        }
    }
    JobDetailsDialog running((*catalog)->database(), jobs->constFirst(), nullptr);
    running.setClock([now] { return now; });
    running.show();
    QVERIFY(QTest::qWaitForWindowExposed(&running));
    save(&running, QStringLiteral("job-details-running"));
}

void TestScreenshots::recoveryPointsAndRestoreWizard()
{
    BackupInstance instance;
    instance.id = QStringLiteral("i1");
    instance.name = QStringLiteral("orders-db");
    instance.host = QStringLiteral("db.example.org");
    instance.vaultName = QStringLiteral("local");
    // A Sunday/Wednesday 22:00 policy: 1 November 2026 is a Sunday, first of its month and week.
    using Kind = RetentionRule::Kind;
    struct Sample
    {
        QDate date;
        Kind tag;
        QList<Kind> matched;
        bool chosen;
        QString verifyState;
    };
    const QList<Sample> samples{{QDate(2026, 11, 25), Kind::Default, {}, false, {}},
        {QDate(2026, 11, 22), Kind::Weekly, {Kind::Weekly}, false, QStringLiteral("Passed")},
        {QDate(2026, 11, 18), Kind::Yearly, {}, true, {}},
        {QDate(2026, 11, 1), Kind::Monthly, {Kind::Monthly, Kind::Weekly}, false, QStringLiteral("Failed")},
        {QDate(2026, 10, 4), Kind::Monthly, {Kind::Monthly, Kind::Weekly}, false, {}}};
    QList<RecoveryPoint> points;
    for (const Sample &sample : samples) {
        RecoveryPoint point;
        point.id = QStringLiteral("%1").arg(points.size() + 1, 32, 16, QLatin1Char('0'));
        point.instanceId = instance.id;
        point.time = QDateTime(sample.date, QTime(22, 0), Qt::UTC);
        point.tag = sample.tag;
        point.matched = sample.matched;
        point.userChosenTag = sample.chosen;
        // The same durations as the policy on screen: Default 3 months, Weekly 12 weeks, Monthly 5 years,
        // Yearly 10 years.
        const QMap<Kind, Duration> retention{{Kind::Default, Duration::months(3)},
            {Kind::Weekly, Duration::weeks(12)},
            {Kind::Monthly, Duration::years(5)},
            {Kind::Yearly, Duration::years(10)}};
        point.expiry = retention.value(sample.tag).addTo(point.time);
        point.sizeBytes = 48'300'000 + points.size() * 1'220'000;
        point.databases = {QStringLiteral("orders"), QStringLiteral("crm"), QStringLiteral("billing")};
        point.verifyState = sample.verifyState;
        if (!sample.verifyState.isEmpty())
            point.verified = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
        points << point;
    }
    {
        RecoveryPointsPanel panel;
        panel.resize(1100, 330);
        panel.setPoints(instance, points);
        QVERIFY(panel.selectPoint(points.at(3).id));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        save(&panel, QStringLiteral("recovery-points"));
        QVERIFY(panel.selectPoint(points.at(2).id));
        save(&panel, QStringLiteral("recovery-points-on-demand"));
        // "Show deleted": an expired point moved to deleted, greyed, with Undelete.
        RecoveryPoint deleted = points.constLast();
        deleted.id = QStringLiteral("%1").arg(points.size() + 1, 32, 16, QLatin1Char('0'));
        deleted.time = QDateTime(QDate(2026, 8, 2), QTime(22, 0), Qt::UTC);
        deleted.tag = Kind::Default;
        deleted.matched = {};
        deleted.expiry = Duration::months(3).addTo(deleted.time);
        deleted.deleted = deleted.expiry.addSecs(3600);
        deleted.purgeAfter = deleted.deleted.addDays(14);
        panel.findChild<QCheckBox *>(QStringLiteral("showDeletedCheckBox"))->setChecked(true);
        panel.setPoints(instance, points + QList<RecoveryPoint>{deleted});
        QVERIFY(panel.selectPoint(deleted.id));
        save(&panel, QStringLiteral("recovery-points-deleted"));
    }
    RestoreWizard wizard({instance}, [points](const QString &) { return Result<QList<RecoveryPoint>>(points); });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.findChild<QDateEdit *>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 10, 28));
    wizard.findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(QDate(2026, 11, 27));
    save(&wizard, QStringLiteral("restore-2-point"));
    wizard.next();
    wizard.next(); // restore as files
    QTemporaryDir folder;
    QFile existing(folder.filePath(QStringLiteral("orders-db-roles.sql")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    wizard.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(folder.path());
    wizard.findChild<QLineEdit *>(QStringLiteral("filePrefixEdit"))->setText(QStringLiteral("orders-db-"));
    save(&wizard, QStringLiteral("restore-4-files"));
    auto *validatePage = wizard.findChild<RestoreValidatePage *>();
    QSignalSpy validated(validatePage, &RestoreValidatePage::validationFinished);
    wizard.next();
    QVERIFY(validated.wait(20000));
    save(&wizard, QStringLiteral("restore-6-validate-files-failed"));
    wizard.back();
    wizard.back();
    wizard.findChild<QRadioButton *>(QStringLiteral("restoreToServerRadio"))->setChecked(true);
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("targetHostEdit"))->setText(QStringLiteral("pg-restore.example.org"));
    wizard.findChild<QLineEdit *>(QStringLiteral("targetUserEdit"))->setText(QStringLiteral("admin"));
    wizard.findChild<QLineEdit *>(QStringLiteral("targetPasswordEdit"))->setText(QStringLiteral("secret"));
    auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("databaseMappingTable"));
    mapping->item(0, 1)->setText(QStringLiteral("orders_restored"));
    save(&wizard, QStringLiteral("restore-5-server"));
    mapping->item(1, 1)->setText(QStringLiteral("orders_restored"));
    save(&wizard, QStringLiteral("restore-5-server-error"));
}

void TestScreenshots::vaultsPageAndCreateDialog()
{
    // Before first use: the default vault is a row that says so.
    {
        auto empty = Catalog::open(m_tmp.filePath(QStringLiteral("vaults-empty.sqlite")));
        QVERIFY(empty.ok());
        VaultController controller(empty.value().get());
        VaultsPage page(&controller);
        page.refresh();
        page.resize(1000, 260);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        save(&page, QStringLiteral("vaults-page-first-use"));
    }

    auto catalog = Catalog::open(m_tmp.filePath(QStringLiteral("vaults.sqlite")));
    QVERIFY(catalog.ok());
    QSqlDatabase database = catalog.value()->database();
    const Result<Vault> local = VaultRegistry::ensure(database, Home());
    QVERIFY(local.ok());
    const Result<Vault> nas = VaultRegistry::createLocal(
        database, QStringLiteral("nas-archive"), m_tmp.filePath(QStringLiteral("nas/pgvault")));
    QVERIFY(nas.ok());
    const Result<QString> policyId = catalog.value()->policies().create(samplePolicy(QStringLiteral("weekly-pg"), 12));
    QVERIFY(policyId.ok());
    const QDateTime t0(QDate(2026, 11, 1), QTime(22, 0), Qt::UTC);
    const QList<std::tuple<QString, QString, int>> instances{{QStringLiteral("orders-db"), local->id, 14},
        {QStringLiteral("crm-db"), local->id, 9},
        {QStringLiteral("billing-db"), nas->id, 52}};
    for (const auto &[name, vaultId, pointCount] : instances) {
        BackupInstance instance;
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        instance.name = name;
        instance.host = QStringLiteral("db.example.org");
        instance.user = QStringLiteral("backup");
        instance.policyId = policyId.value();
        instance.vaultId = vaultId;
        instance.created = t0;
        QVERIFY(InstanceRepository(database).create(instance).ok());
        for (int i = 0; i < pointCount; ++i) {
            RecoveryPoint point;
            point.id = QUuid::createUuid().toString(QUuid::Id128);
            point.instanceId = instance.id;
            point.time = t0.addDays(-3 * i);
            point.expiry = point.time.addYears(1);
            point.sizeBytes = 1'480'000'000 + i * 3'100'000;
            QVERIFY(PointRepository(database).put(point).ok());
        }
    }
    MainWindow window(catalog.value().get());
    window.resize(1100, 520);
    window.showPage(MainWindow::VaultsPage);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(&window, QStringLiteral("main-window-vaults"));

    CreateVaultDialog *dialog = window.vaultsPage()->createVault();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    save(dialog, QStringLiteral("create-vault-empty"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("vaultNameEdit"));
    QTest::keyClicks(name, QStringLiteral("usb disk"));
    QTemporaryDir used;
    QFile stray(used.filePath(QStringLiteral("photos.zip")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("vaultPathEdit"));
    path->setText(used.path());
    QTest::keyClick(path, Qt::Key_End);
    save(dialog, QStringLiteral("create-vault-error"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("usb-disk"));
    path->setText(m_tmp.filePath(QStringLiteral("media/usb/pgvault")));
    save(dialog, QStringLiteral("create-vault"));
    dialog->reject();
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
