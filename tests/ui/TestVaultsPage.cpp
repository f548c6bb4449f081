#include "engine/vault/VaultRegistry.h"
#include "models/Home.h"
#include "models/vaults/VaultRepository.h"
#include "models/vaults/VaultTableModel.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"
#include "ui/FileDialog.h"
#include "ui/vaults/CreateVaultDialog.h"
#include "ui/vaults/VaultController.h"
#include "ui/vaults/VaultsPage.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;

/// The Vaults page over a real temporary catalog and vault folders: the default vault before its
/// first use, counts and sizes from the catalog, and the Create vault dialog's field messages and
/// the vault it creates (the same rules and vault.json as `pgvaultctl vault create`).
class TestVaultsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultVaultShownBeforeFirstUse();
    void showsVaultsWithCountsAndSizes();
    void sortsBySize();
    void createDialogRefusesBadInputNamingField();
    void createDialogCreatesVaultFolder();
    void browseFillsFolder();
    void softDeleteDaysChangeAndRefuseBadValues();

private:
    void openPage(Catalog *catalog);
    QString cell(int row, int column) const;
    int rowOf(const QString &name) const;
    CreateVaultDialog *openDialog();
    static void setText(QLineEdit *edit, const QString &text);

    QTemporaryDir m_home;
    Test::TempCatalogAndVault m_fixture;
    std::unique_ptr<VaultController> m_controller;
    std::unique_ptr<VaultsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestVaultsPage::init()
{
    QVERIFY(m_home.isValid());
    qputenv("PGVAULT_HOME", m_home.path().toUtf8());
    QVERIFY_RESULT(m_fixture.create(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)));
}

void TestVaultsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_controller.reset();
    m_fixture.store.reset();
    m_fixture.catalog.reset();
    m_fixture.dir.reset();
}

void TestVaultsPage::openPage(Catalog *catalog)
{
    m_controller = std::make_unique<VaultController>(catalog);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_controller->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page = std::make_unique<VaultsPage>(m_controller.get());
    m_page->refresh();
    m_page->resize(900, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString TestVaultsPage::cell(int row, int column) const
{
    return m_page->view()->model()->index(row, column).data().toString();
}

int TestVaultsPage::rowOf(const QString &name) const
{
    const QAbstractItemModel *model = m_page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(VaultTableModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

CreateVaultDialog *TestVaultsPage::openDialog()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("createVaultButton"));
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_page->findChild<CreateVaultDialog *>(QStringLiteral("createVaultDialog"));
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestVaultsPage::setText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestVaultsPage::defaultVaultShownBeforeFirstUse()
{
    QTemporaryDir dir;
    auto catalog = Catalog::open(dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY_RESULT(catalog);
    openPage(catalog.value().get());
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    QCOMPARE(m_page->view()->model()->index(0, 0).data(VaultTableModel::CreatedRole).toBool(), false);
    QVERIFY2(cell(0, VaultTableModel::NameColumn).contains(QLatin1String("created on first use")),
        qPrintable(cell(0, VaultTableModel::NameColumn)));
    QCOMPARE(cell(0, VaultTableModel::TypeColumn), QStringLiteral("Local folder"));
    QCOMPARE(cell(0, VaultTableModel::LocationColumn),
        QDir::toNativeSeparators(QDir(Home().vaultsPath()).filePath(QStringLiteral("local"))));
    QCOMPARE(cell(0, VaultTableModel::PointsColumn), QStringLiteral("0"));
    // Nothing was written: the default vault is still created on first use only.
    QVERIFY(!QFileInfo::exists(QDir(Home().vaultsPath()).filePath(QStringLiteral("local"))));
    m_page.reset();
    m_tester.reset();
    m_controller.reset();
}

void TestVaultsPage::showsVaultsWithCountsAndSizes()
{
    const QDateTime t0(QDate(2026, 2, 1), QTime(22, 0), Qt::UTC);
    const QString prod = m_fixture.addInstance(QStringLiteral("prod"), t0);
    const QString staging = m_fixture.addInstance(QStringLiteral("staging"), t0);
    QStringList points;
    points << m_fixture.addPoint(prod, t0.addDays(1), t0.addYears(1), RetentionRule::Kind::Default)
           << m_fixture.addPoint(prod, t0.addDays(2), t0.addYears(1), RetentionRule::Kind::Weekly)
           << m_fixture.addPoint(staging, t0.addDays(1), t0.addYears(1), RetentionRule::Kind::Default);
    QVERIFY(!points.contains(QString()));
    // A point left in the vault but not in the catalog is not counted: the catalog is what is shown.
    QVERIFY(!m_fixture.addPoint(staging, t0.addDays(3), t0.addYears(1), RetentionRule::Kind::Default, false).isEmpty());
    qint64 expectedSize = 0;
    const PointRepository repository(m_fixture.catalog->database());
    for (const QString &id : std::as_const(points))
        expectedSize += repository.find(id).value()->sizeBytes;
    QVERIFY(expectedSize > 0);
    QVERIFY_RESULT(VaultRegistry::createLocal(
        m_fixture.catalog->database(), QStringLiteral("nas"), m_fixture.dir->filePath(QStringLiteral("nas"))));

    openPage(m_fixture.catalog.get());
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
    const int local = rowOf(QStringLiteral("local"));
    QVERIFY(local >= 0);
    QCOMPARE(cell(local, VaultTableModel::NameColumn), QStringLiteral("local"));
    QCOMPARE(cell(local, VaultTableModel::TypeColumn), QStringLiteral("Local folder"));
    QCOMPARE(cell(local, VaultTableModel::LocationColumn), QDir::toNativeSeparators(m_fixture.store->location()));
    QCOMPARE(cell(local, VaultTableModel::InstancesColumn), QStringLiteral("2"));
    QCOMPARE(cell(local, VaultTableModel::PointsColumn), QStringLiteral("3"));
    QCOMPARE(cell(local, VaultTableModel::SizeColumn), QLocale().formattedDataSize(expectedSize));
    QCOMPARE(m_page->view()->model()->index(local, VaultTableModel::SizeColumn).data(VaultTableModel::SortRole),
        QVariant(expectedSize));
    const int nas = rowOf(QStringLiteral("nas"));
    QVERIFY(nas >= 0);
    QCOMPARE(cell(nas, VaultTableModel::InstancesColumn), QStringLiteral("0"));
    QCOMPARE(cell(nas, VaultTableModel::PointsColumn), QStringLiteral("0"));
    QCOMPARE(m_page->view()->model()->index(nas, VaultTableModel::SizeColumn).data(VaultTableModel::SortRole),
        QVariant(qint64(0)));
}

void TestVaultsPage::sortsBySize()
{
    const QDateTime t0(QDate(2026, 2, 1), QTime(22, 0), Qt::UTC);
    const QString prod = m_fixture.addInstance(QStringLiteral("prod"), t0);
    QVERIFY(!m_fixture.addPoint(prod, t0, t0.addYears(1), RetentionRule::Kind::Default).isEmpty());
    QVERIFY_RESULT(VaultRegistry::createLocal(
        m_fixture.catalog->database(), QStringLiteral("aaa-empty"), m_fixture.dir->filePath(QStringLiteral("a"))));
    openPage(m_fixture.catalog.get());
    m_page->view()->sortByColumn(VaultTableModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->view()->model()->index(0, 0).data(VaultTableModel::NameRole).toString(), QStringLiteral("local"));
    m_page->view()->sortByColumn(VaultTableModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(
        m_page->view()->model()->index(0, 0).data(VaultTableModel::NameRole).toString(), QStringLiteral("aaa-empty"));
}

void TestVaultsPage::createDialogRefusesBadInputNamingField()
{
    openPage(m_fixture.catalog.get());
    CreateVaultDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("vaultNameEdit"));
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("vaultPathEdit"));
    auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("vaultNameErrorLabel"));
    auto *pathError = dialog->findChild<QLabel *>(QStringLiteral("vaultPathErrorLabel"));
    auto *reason = dialog->findChild<QLabel *>(QStringLiteral("createReasonLabel"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createVaultButton"));
    QVERIFY(name && path && nameError && pathError && reason && create);

    // On opening: nothing red yet, Create disabled with the reason.
    QVERIFY(!create->isEnabled());
    QVERIFY(nameError->isHidden());
    QVERIFY(!reason->isHidden());
    QVERIFY2(reason->text().contains(QLatin1String("Enter a name")), qPrintable(reason->text()));
    QVERIFY2(create->toolTip().contains(QLatin1String("Enter a name")), qPrintable(create->toolTip()));

    setText(name, QStringLiteral("bad name!"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!nameError->isHidden());
    QVERIFY2(nameError->text().contains(QLatin1String("letters, digits, hyphens or underscores")),
        qPrintable(nameError->text()));

    setText(name, QStringLiteral("local"));
    QVERIFY(!create->isEnabled());
    QVERIFY2(nameError->text().contains(QLatin1String("already exists")), qPrintable(nameError->text()));

    setText(name, QStringLiteral("nas"));
    QVERIFY(nameError->isHidden());
    // The folder follows the name until the user picks one: beside the default vault.
    QCOMPARE(path->text(), QDir::toNativeSeparators(QDir(Home().vaultsPath()).filePath(QStringLiteral("nas"))));

    QTemporaryDir other;
    QFile stray(other.filePath(QStringLiteral("notes.txt")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("hello");
    stray.close();
    setText(path, other.path());
    QVERIFY(!create->isEnabled());
    QVERIFY(nameError->isHidden());
    QVERIFY(!pathError->isHidden());
    QVERIFY2(pathError->text().contains(QLatin1String("not empty")), qPrintable(pathError->text()));

    setText(path, stray.fileName());
    QVERIFY2(pathError->text().contains(QLatin1String("is a file")), qPrintable(pathError->text()));

    setText(path, m_fixture.store->location());
    QVERIFY2(pathError->text().contains(QLatin1String("already registered as vault \"local\"")),
        qPrintable(pathError->text()));

    setText(path, QStringLiteral("relative/folder"));
    QVERIFY2(pathError->text().contains(QLatin1String("full path")), qPrintable(pathError->text()));

    setText(path, QString());
    QVERIFY2(pathError->text().contains(QLatin1String("Choose a folder")), qPrintable(pathError->text()));
    QVERIFY(!create->isEnabled());

    // The CLI's rules are the same ones: VaultRegistry refuses what the dialog refuses.
    const QList<Error> cli
        = VaultRegistry::checkLocal(m_fixture.catalog->database(), QStringLiteral("bad name!"), other.path());
    QCOMPARE(cli.size(), 2);
    QCOMPARE(cli.at(0).field, QStringLiteral("name"));
    QCOMPARE(cli.at(1).field, QStringLiteral("path"));
    QVERIFY(!VaultRegistry::createLocal(m_fixture.catalog->database(), QStringLiteral("nas"), other.path()).ok());
    QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral("vault.json"))));
    dialog->reject();
}

void TestVaultsPage::createDialogCreatesVaultFolder()
{
    openPage(m_fixture.catalog.get());
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    CreateVaultDialog *dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &QDialog::finished);
    QSignalSpy status(m_page.get(), &VaultsPage::statusMessage);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("vaultNameEdit"));
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("vaultPathEdit"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createVaultButton"));
    const QString folder = m_fixture.dir->filePath(QStringLiteral("offsite/pg"));
    setText(name, QStringLiteral("offsite"));
    setText(path, folder);
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QCOMPARE(status.size(), 1);

    const QByteArray json = Test::readFile(QDir(folder).filePath(QStringLiteral("vault.json")));
    QVERIFY(!json.isEmpty());
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("offsite"));
    const auto registered = VaultRepository(m_fixture.catalog->database()).find(QStringLiteral("offsite"));
    QVERIFY_RESULT(registered);
    QVERIFY(registered->has_value());
    QCOMPARE(registered->value().id, object.value(QStringLiteral("id")).toString());
    QCOMPARE(registered->value().location, QFileInfo(folder).absoluteFilePath());

    QCOMPARE(m_page->view()->model()->rowCount(), 2);
    const int row = rowOf(QStringLiteral("offsite"));
    QVERIFY(row >= 0);
    QCOMPARE(
        cell(row, VaultTableModel::LocationColumn), QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath()));
    QCOMPARE(cell(row, VaultTableModel::PointsColumn), QStringLiteral("0"));
}

void TestVaultsPage::browseFillsFolder()
{
    openPage(m_fixture.catalog.get());
    CreateVaultDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTemporaryDir empty;
    FileDialog::setNextFileName(empty.path());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("browseVaultFolderButton")), Qt::LeftButton);
    QCOMPARE(dialog->path(), empty.path());
    // A chosen folder stays when the name changes.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("vaultNameEdit")), QStringLiteral("usb"));
    QCOMPARE(dialog->path(), empty.path());
    QVERIFY(dialog->problems().isEmpty());
    dialog->reject();
}

void TestVaultsPage::softDeleteDaysChangeAndRefuseBadValues()
{
    openPage(m_fixture.catalog.get());
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("softDeleteButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing selected
    const int row = rowOf(QStringLiteral("local"));
    QVERIFY(row >= 0);
    // Without the English plural forms loaded (the app loads them), "%n day(s)" stays as written.
    QVERIFY(cell(row, VaultTableModel::SoftDeleteColumn).startsWith(QLatin1String("14 day")));
    m_page->view()->selectRow(row);
    QVERIFY(button->isEnabled());

    QSignalSpy status(m_page.get(), &VaultsPage::statusMessage);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_page->findChild<QInputDialog *>(QStringLiteral("softDeleteDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->intValue(), 14);
    QCOMPARE(dialog->intMaximum(), Vault::MaxSoftDeleteDays);
    dialog->setIntValue(30);
    dialog->accept();
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().startsWith(
        QLatin1String("Vault \"local\" keeps deleted recovery points for 30 day")));
    const auto stored = VaultRepository(m_fixture.catalog->database()).find(QStringLiteral("local"));
    QVERIFY_RESULT(stored);
    QCOMPARE(stored->value().softDeleteDays, 30);
    QVERIFY(
        cell(rowOf(QStringLiteral("local")), VaultTableModel::SoftDeleteColumn).startsWith(QLatin1String("30 day")));

    // The spin box cannot go past the range the catalog accepts; 0 turns soft delete off.
    m_page->view()->selectRow(rowOf(QStringLiteral("local")));
    QTest::mouseClick(button, Qt::LeftButton);
    dialog = m_page->findChild<QInputDialog *>(QStringLiteral("softDeleteDialog"));
    QVERIFY(dialog);
    dialog->setIntValue(Vault::MaxSoftDeleteDays + 20);
    QCOMPARE(dialog->intValue(), Vault::MaxSoftDeleteDays);
    dialog->setIntValue(0);
    dialog->accept();
    QCOMPARE(cell(rowOf(QStringLiteral("local")), VaultTableModel::SoftDeleteColumn), QStringLiteral("Off"));
}

QTEST_MAIN(TestVaultsPage)
#include "TestVaultsPage.moc"
