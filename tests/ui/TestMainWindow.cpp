#include "models/Catalog.h"
#include "models/Home.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/policies/PolicyJson.h"
#include "models/policies/PolicyRepository.h"
#include "models/policies/PolicyTableModel.h"
#include "tests/support/TestSupport.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/jobs/AgentStatusLabel.h"
#include "ui/policies/PolicyController.h"
#include "ui/policies/PolicyViewDialog.h"
#include "ui/policies/PolicyWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;

/// The main window over a temporary catalog (PGVAULT_HOME in a QTemporaryDir).
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsPoliciesFromCatalog();
    void deleteAsksAndRemoves();
    void deleteRefusedForPolicyInUse();
    void importsReferenceTemplateThroughFileDialogSeam();
    void importNameClashAsksForNewName();
    void importShowsJsonPathOfError();
    void exportWritesPolicyJson();
    void cloneOpensPrefilledWizard();
    void unbuiltFeaturesAreHonest();
    void statusBarSaysWhetherTheAgentRuns();

private:
    BackupPolicy policy(const QString &name) const;
    void select(const QString &name);
    void click(const char *button);
    QMessageBox *messageBox(const char *name);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

BackupPolicy TestMainWindow::policy(const QString &name) const
{
    BackupPolicy p;
    p.setName(name);
    p.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    p.putRule(RetentionRule(RetentionRule::Kind::Monthly, Duration::years(5)));
    return p;
}

void TestMainWindow::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("PGVAULT_HOME", m_home->path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    const Home home;
    QVERIFY(home.ensureExists());
    auto catalog = Catalog::open(home.catalogPath());
    QVERIFY_RESULT(catalog);
    m_catalog = std::move(catalog.value());
    QVERIFY_RESULT(m_catalog->policies().create(policy(QStringLiteral("weekly-pg"))));
    QVERIFY_RESULT(m_catalog->policies().create(policy(QStringLiteral("archive-pg"))));
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->policyController()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_catalog.reset();
    m_home.reset();
}

void TestMainWindow::select(const QString &name)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("policiesView"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, PolicyTableModel::NameColumn).data().toString() == name) {
            view->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(name)));
}

void TestMainWindow::click(const char *button)
{
    auto *widget = m_window->findChild<QPushButton *>(QString::fromLatin1(button));
    QVERIFY2(widget && widget->isEnabled(), button);
    QTest::mouseClick(widget, Qt::LeftButton);
}

QMessageBox *TestMainWindow::messageBox(const char *name)
{
    return m_window->findChild<QMessageBox *>(QString::fromLatin1(name));
}

void TestMainWindow::listsPoliciesFromCatalog()
{
    QCOMPARE(m_window->currentPage(), MainWindow::PoliciesPageIndex);
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("policiesView"));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, PolicyTableModel::NameColumn).data().toString(), QStringLiteral("archive-pg"));
    QCOMPARE(view->model()->index(1, PolicyTableModel::ScheduleColumn).data().toString(),
        QStringLiteral("Weekly on Sun, Wed at 22:00 Europe/Berlin"));
    QCOMPARE(view->model()->index(1, PolicyTableModel::InstancesColumn).data().toInt(), 0);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("deletePolicyButton"))->isEnabled());
}

void TestMainWindow::deleteAsksAndRemoves()
{
    select(QStringLiteral("weekly-pg"));
    click("deletePolicyButton");
    QMessageBox *box = messageBox("confirmDeleteBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("weekly-pg")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(m_window->policyController()->model()->rowCount(), 1);
    QVERIFY(!m_catalog->policies().exists(QStringLiteral("weekly-pg")));
}

void TestMainWindow::deleteRefusedForPolicyInUse()
{
    const auto stored = m_catalog->policies().find(QStringLiteral("weekly-pg"));
    QVERIFY_RESULT(stored);
    QSqlQuery query(m_catalog->database());
    query.prepare(QStringLiteral("INSERT INTO instances (id, name, policy_id) VALUES ('i1', 'orders-db', :policy)"));
    query.bindValue(QStringLiteral(":policy"), stored.value()->id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY_RESULT(m_window->policyController()->refresh());

    select(QStringLiteral("weekly-pg"));
    click("deletePolicyButton");
    QMessageBox *confirm = messageBox("confirmDeleteBox");
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QMessageBox *error = nullptr;
    QTRY_VERIFY((error = messageBox("errorBox")));
    QVERIFY2(error->text().contains(QLatin1String("orders-db")), qPrintable(error->text()));
    QVERIFY(m_catalog->policies().exists(QStringLiteral("weekly-pg")));
}

void TestMainWindow::importsReferenceTemplateThroughFileDialogSeam()
{
    FileDialog::setNextFileName(Test::testDataPath(QStringLiteral(
        "azure-examples/cli_get-default-policy-template_AzureDatabaseForPostgreSQLFlexibleServer.output.json")));
    click("importPolicyButton");
    QTRY_COMPARE(m_window->policyController()->model()->rowCount(), 3);
    const auto imported = m_catalog->policies().find(QStringLiteral("OssFlexiblePolicy1"));
    QVERIFY_RESULT(imported);
    QVERIFY(imported.value().has_value());
    QCOMPARE(imported.value()->policy.rule(RetentionRule::Kind::Default)->duration(), Duration::months(3));
}

void TestMainWindow::importNameClashAsksForNewName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PolicyJson::toJson(policy(QStringLiteral("weekly-pg"))));
    file.close();
    FileDialog::setNextFileName(path);
    click("importPolicyButton");
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(QStringLiteral("importNameDialog"))));
    QVERIFY(ask->labelText().contains(QLatin1String("already exists")));
    QCOMPARE(ask->textValue(), QStringLiteral("weekly-pg-imported"));
    ask->setTextValue(QStringLiteral("weekly-pg-2"));
    ask->accept();
    QTRY_VERIFY(m_catalog->policies().exists(QStringLiteral("weekly-pg-2")));
    QCOMPARE(m_window->policyController()->model()->rowCount(), 3);
}

void TestMainWindow::importShowsJsonPathOfError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QByteArray json = PolicyJson::toJson(policy(QStringLiteral("bad-duration")));
    json.replace("P5Y", "P5X");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    FileDialog::setNextFileName(path);
    click("importPolicyButton");
    QMessageBox *error = nullptr;
    QTRY_VERIFY((error = messageBox("errorBox")));
    const auto expected = PolicyJson::fromJson(json);
    QVERIFY(!expected.ok());
    QVERIFY2(error->text().contains(expected.error().message), qPrintable(error->text()));
    QVERIFY(error->text().contains(QLatin1String("deleteAfter.duration")));
    QCOMPARE(m_window->policyController()->model()->rowCount(), 2);
}

void TestMainWindow::exportWritesPolicyJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    select(QStringLiteral("weekly-pg"));
    FileDialog::setNextFileName(path);
    click("exportPolicyButton");
    const auto read = PolicyJson::fromJson(Test::readFile(path));
    QVERIFY_RESULT(read);
    QCOMPARE(read.value(), policy(QStringLiteral("weekly-pg")));
}

void TestMainWindow::cloneOpensPrefilledWizard()
{
    select(QStringLiteral("weekly-pg"));
    click("clonePolicyButton");
    PolicyWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->findChild<PolicyWizard *>()));
    QCOMPARE(
        wizard->findChild<QLineEdit *>(QStringLiteral("policyNameEdit"))->text(), QStringLiteral("weekly-pg-copy"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(m_window->policyController()->model()->rowCount(), 3);
    const auto copy = m_catalog->policies().find(QStringLiteral("weekly-pg-copy"));
    QVERIFY_RESULT(copy);
    QCOMPARE(copy.value()->policy.schedule(), policy(QStringLiteral("x")).schedule());
}

void TestMainWindow::unbuiltFeaturesAreHonest()
{
    auto *restore = m_window->findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(restore);
    QVERIFY(restore->isEnabled()); // the Restore wizard lists the instances itself
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("createPolicyAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("configureBackupAction"))->isEnabled());
    // Backup now needs a selected backup instance; there is none in this catalog.
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("backupNowAction"))->isEnabled());
    m_window->findChild<QListWidget *>(QStringLiteral("navigationList"))->setCurrentRow(MainWindow::InstancesPage);
    QCOMPARE(m_window->currentPage(), MainWindow::InstancesPage);
    m_window->close();
    // The last page comes back with the next window.
    m_tester.reset();
    m_window = std::make_unique<MainWindow>(m_catalog.get());
    QCOMPARE(m_window->currentPage(), MainWindow::InstancesPage);
}

void TestMainWindow::statusBarSaysWhetherTheAgentRuns()
{
    auto *label = m_window->statusBar()->findChild<AgentStatusLabel *>(QStringLiteral("agentStatusLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(),
        QStringLiteral("Scheduled backups need \"pgvaultctl agent\" running (systemd user unit pgvault-agent.service); "
                       "none is running."));

    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY_RESULT(AgentHeartbeatRepository(m_catalog->database())
                       .beat({QStringLiteral("backup-host"), 4242, started, QDateTime::currentDateTimeUtc()}));
    label->refresh();
    QCOMPARE(label->text(),
        QStringLiteral("Scheduled backups: agent running on backup-host since %1.")
            .arg(QLocale().toString(started.toLocalTime(), QLocale::ShortFormat)));
    // The whole text fits: the status bar gives the label at least what it asks for.
    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(QString::number(label->width())));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
