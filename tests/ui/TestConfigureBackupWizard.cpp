#include "engine/instances/Credentials.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"
#include "ui/instances/ConfigureBackupWizard.h"
#include "ui/instances/ConfigureDatasourcesPage.h"
#include "ui/instances/InstanceController.h"
#include "ui/policies/PolicyController.h"
#include "ui/policies/PolicyWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;
using PgVault::Test::TempPostgres;

/// The Configure Backup wizard driven like a user against a real throwaway PostgreSQL server and
/// the real keychain (run under scripts/with-keyring.sh).
class TestConfigureBackupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordFailsValidationWithRemedy();
    void fieldErrorsShowBesideFieldsAndSkipValidation();
    void serverProtectedAlreadyIsRefusedBesideHost();
    void rightPasswordPassesAndConfigureSavesInstanceAndKeychain();
    void editingAfterValidationDisablesNext();
    void createNewPolicySelectsIt();

private:
    void goToDatasources();
    void fill(const QString &name, const QString &password);
    void validateAndWait();
    template <typename T>
    T *child(const char *name) const
    {
        return m_wizard->findChild<T *>(QString::fromLatin1(name));
    }
    CredentialResult readKeychain(const QString &key);

    TempPostgres m_postgres;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<PolicyController> m_policies;
    std::unique_ptr<InstanceController> m_instances;
    std::unique_ptr<ConfigureBackupWizard> m_wizard;
};

void TestConfigureBackupWizard::initTestCase()
{
    QVERIFY_RESULT(m_postgres.start());
}

void TestConfigureBackupWizard::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("PGVAULT_HOME", m_home->path().toUtf8());
    const Home home;
    QVERIFY(home.ensureExists());
    auto catalog = Catalog::open(home.catalogPath());
    QVERIFY_RESULT(catalog);
    m_catalog = std::move(catalog.value());
    BackupPolicy policy;
    policy.setName(QStringLiteral("weekly-pg"));
    policy.setSchedule(WeeklySchedule({Qt::Sunday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    QVERIFY_RESULT(m_catalog->policies().create(policy));
    m_policies = std::make_unique<PolicyController>(m_catalog.get());
    QVERIFY_RESULT(m_policies->refresh());
    m_instances = std::make_unique<InstanceController>(m_catalog.get());
    QVERIFY_RESULT(m_instances->refresh());
    m_wizard = std::make_unique<ConfigureBackupWizard>(m_policies.get());
    m_wizard->setVaultOptions(m_instances->vaultOptions());
    m_wizard->setExistingInstanceNames({QStringLiteral("taken")});
    connect(m_wizard.get(),
        &ConfigureBackupWizard::configureRequested,
        this,
        [this](const BackupInstance &instance, const QString &password) {
            m_instances->configure(instance, password, m_wizard.get(), [this](const Result<void> &saved) {
                if (saved)
                    m_wizard->saveSucceeded();
                else
                    m_wizard->saveFailed(saved.error());
            });
        });
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestConfigureBackupWizard::cleanup()
{
    m_wizard.reset();
    m_instances.reset();
    m_policies.reset();
    m_catalog.reset();
    m_home.reset();
}

void TestConfigureBackupWizard::goToDatasources()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(ConfigureBackupWizard::BasicsPageId));
    QVERIFY(child<QComboBox>("vaultCombo")->currentText().startsWith(QStringLiteral("local")));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ConfigureBackupWizard::PolicyPageId));
    QVERIFY(next->isEnabled()); // the only policy is preselected
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ConfigureBackupWizard::DatasourcesPageId));
    QCOMPARE(m_wizard->draft().instance.policyName, QStringLiteral("weekly-pg"));
    QVERIFY(!next->isEnabled());
}

void TestConfigureBackupWizard::fill(const QString &name, const QString &password)
{
    QTest::keyClicks(child<QLineEdit>("instanceNameEdit"), name);
    QTest::keyClicks(child<QLineEdit>("hostEdit"), m_postgres.host());
    child<QSpinBox>("portSpinBox")->setValue(m_postgres.port());
    QTest::keyClicks(child<QLineEdit>("userEdit"), m_postgres.superuser());
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), password);
}

void TestConfigureBackupWizard::validateAndWait()
{
    auto *page = child<ConfigureDatasourcesPage>("datasourcesPage");
    QSignalSpy finished(page, &ConfigureDatasourcesPage::validationFinished);
    QTest::mouseClick(child<QAbstractButton>("validateButton"), Qt::LeftButton);
    QVERIFY(page->isValidating());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(finished.wait(60000));
}

CredentialResult TestConfigureBackupWizard::readKeychain(const QString &key)
{
    Credentials credentials;
    std::optional<CredentialResult> result;
    credentials.read(key, this, [&result](const CredentialResult &r) { result = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    }();
    return result.value_or(CredentialResult{CredentialResult::Code::Other, {}, {}, {}, {}});
}

void TestConfigureBackupWizard::wrongPasswordFailsValidationWithRemedy()
{
    goToDatasources();
    fill(QStringLiteral("orders"), QStringLiteral("not-the-password"));
    QCOMPARE(child<QLineEdit>("passwordEdit")->echoMode(), QLineEdit::Password);
    validateAndWait();
    const ReadinessReport report = m_wizard->draft().report.value();
    const ReadinessReport::Check connection = report.check(ReadinessReport::CheckKind::Connection);
    QCOMPARE(connection.status, ReadinessReport::Status::Failed);
    QCOMPARE(connection.field, QStringLiteral("password"));
    QVERIFY(!connection.remedy.isEmpty());
    const QString shown = child<QLabel>("connectionCheckLabel")->text();
    QVERIFY2(shown.contains(connection.message) && shown.contains(connection.remedy), qPrintable(shown));
    QCOMPARE(child<QLabel>("connectionStatusIcon")->accessibleName(), QStringLiteral("Failed"));
    QCOMPARE(report.check(ReadinessReport::CheckKind::Version).status, ReadinessReport::Status::NotRun);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(child<QAbstractButton>("validateButton")->text(), QStringLiteral("&Revalidate"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ConfigureBackupWizard::DatasourcesPageId));
}

void TestConfigureBackupWizard::fieldErrorsShowBesideFieldsAndSkipValidation()
{
    goToDatasources();
    QTest::keyClicks(child<QLineEdit>("instanceNameEdit"), QStringLiteral("taken"));
    QTest::mouseClick(child<QAbstractButton>("validateButton"), Qt::LeftButton);
    QVERIFY(!child<ConfigureDatasourcesPage>("datasourcesPage")->isValidating());
    QVERIFY(child<QLabel>("nameErrorLabel")->isVisible());
    QVERIFY(child<QLabel>("nameErrorLabel")->text().contains(QStringLiteral("already exists")));
    QVERIFY(child<QLabel>("hostErrorLabel")->isVisible());
    QVERIFY(child<QLabel>("userErrorLabel")->text().contains(QStringLiteral("user name is empty")));
    QVERIFY(!m_wizard->draft().report.has_value());
}

void TestConfigureBackupWizard::serverProtectedAlreadyIsRefusedBesideHost()
{
    BackupInstance existing;
    existing.id = QStringLiteral("existing-id");
    existing.name = QStringLiteral("orders-prod");
    existing.host = QStringLiteral("localhost"); // the same loopback server as 127.0.0.1
    existing.port = m_postgres.port();
    existing.user = QStringLiteral("backup");
    m_wizard->setExistingInstances({existing});
    goToDatasources();
    fill(QStringLiteral("orders"), m_postgres.superuserPassword());
    QTest::mouseClick(child<QAbstractButton>("validateButton"), Qt::LeftButton);
    QVERIFY(!child<ConfigureDatasourcesPage>("datasourcesPage")->isValidating());
    QVERIFY(child<QLabel>("hostErrorLabel")->isVisible());
    const QString shown = child<QLabel>("hostErrorLabel")->text();
    QVERIFY2(
        shown.contains(QStringLiteral("already protected by the backup instance \"orders-prod\"")), qPrintable(shown));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // Once that instance's protection stopped, the server can be protected again.
    existing.protection = BackupInstance::Protection::StoppedRetainAsPerPolicy;
    m_wizard->setExistingInstances({existing});
    validateAndWait();
    QVERIFY(!child<QLabel>("hostErrorLabel")->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestConfigureBackupWizard::rightPasswordPassesAndConfigureSavesInstanceAndKeychain()
{
    goToDatasources();
    fill(QStringLiteral("orders"), m_postgres.superuserPassword());
    validateAndWait();
    const ReadinessReport report = m_wizard->draft().report.value();
    for (const ReadinessReport::Check &check : report.checks)
        QVERIFY2(check.status == ReadinessReport::Status::Passed, qPrintable(check.message + check.remedy));
    QVERIFY(report.passed());
    QVERIFY(child<QListWidget>("databasesList")->count() >= 1);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ConfigureBackupWizard::ReviewPageId));
    const QString summary = child<QLabel>("configureSummaryLabel")->text();
    QVERIFY(summary.contains(QStringLiteral("orders")) && summary.contains(QStringLiteral("weekly-pg")));
    QVERIFY(!summary.contains(m_postgres.superuserPassword()));

    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(accepted.wait(20000));

    const auto saved = InstanceRepository(m_catalog->database()).find(QStringLiteral("orders"));
    QVERIFY_RESULT(saved);
    QVERIFY(saved->has_value());
    const BackupInstance instance = saved->value();
    QCOMPARE(instance.host, m_postgres.host());
    QCOMPARE(instance.port, m_postgres.port());
    QCOMPARE(instance.user, m_postgres.superuser());
    QCOMPARE(instance.policyName, QStringLiteral("weekly-pg"));
    QCOMPARE(instance.vaultName, QStringLiteral("local"));
    const auto vault = VaultRepository(m_catalog->database()).find(QStringLiteral("local"));
    QVERIFY_RESULT(vault);
    QVERIFY(vault->has_value());
    QCOMPARE(m_instances->names(), QStringList{QStringLiteral("orders")});

    const CredentialResult secret = readKeychain(Credentials::serverPasswordKey(instance.id));
    QVERIFY2(secret.ok(), qPrintable(secret.message + QLatin1Char(' ') + secret.remedy));
    QCOMPARE(secret.secret, m_postgres.superuserPassword());
    // The catalog file never holds the password.
    QVERIFY(!Test::readFile(m_catalog->path()).contains(m_postgres.superuserPassword().toUtf8()));
}

void TestConfigureBackupWizard::editingAfterValidationDisablesNext()
{
    goToDatasources();
    fill(QStringLiteral("crm"), m_postgres.superuserPassword());
    validateAndWait();
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("x"));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>("validationStatusLabel")->text().contains(QStringLiteral("revalidate")));
    QTest::keyClick(child<QLineEdit>("passwordEdit"), Qt::Key_Backspace);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    // Revalidating the same input passes again (the default vault's folder exists by now).
    validateAndWait();
    QVERIFY2(m_wizard->draft().report->passed(), qPrintable(child<QLabel>("vaultCheckLabel")->text()));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestConfigureBackupWizard::createNewPolicySelectsIt()
{
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(child<QAbstractButton>("createPolicyButton"), Qt::LeftButton);
    auto *policyWizard = m_wizard->findChild<PolicyWizard *>();
    QVERIFY(policyWizard);
    QTRY_VERIFY(policyWizard->isVisible());
    QTest::keyClicks(policyWizard->findChild<QLineEdit *>(QStringLiteral("policyNameEdit")), QStringLiteral("new-pg"));
    policyWizard->next();
    policyWizard->next();
    QTest::mouseClick(policyWizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(m_catalog->policies().exists(QStringLiteral("new-pg")));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->draft().instance.policyName, QStringLiteral("new-pg"));
}

QTEST_MAIN(TestConfigureBackupWizard)
#include "TestConfigureBackupWizard.moc"
