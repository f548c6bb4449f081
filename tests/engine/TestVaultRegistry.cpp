#include "engine/vault/LocalVaultStore.h"
#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;

/// The default "local" vault appears on first use and only once; user vaults are checked before
/// anything is written; a registered vault's folder must still be the same vault.
class TestVaultRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultVaultIsCreatedOnFirstUseOnly();
    void createLocalChecksNameAndFolder();
    void openNoticesASwappedFolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestVaultRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(Home(m_dir->path()).catalogPath());
    QVERIFY_RESULT(catalog);
    m_catalog = std::move(catalog).value();
}

void TestVaultRegistry::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestVaultRegistry::defaultVaultIsCreatedOnFirstUseOnly()
{
    const Home home(m_dir->path());
    QVERIFY(VaultRepository(m_catalog->database()).list()->isEmpty());
    const Result<Vault> first = VaultRegistry::ensure(m_catalog->database(), home);
    QVERIFY_RESULT(first);
    QCOMPARE(first->name, QStringLiteral("local"));
    QCOMPARE(first->location, QDir(home.vaultsPath()).filePath(QStringLiteral("local")));
    const QJsonObject vaultJson
        = QJsonDocument::fromJson(Test::readFile(QDir(first->location).filePath(QStringLiteral("vault.json"))))
              .object();
    QCOMPARE(vaultJson.value(QLatin1String("id")).toString(), first->id);
    QCOMPARE(vaultJson.value(QLatin1String("formatVersion")).toInt(), 1);

    const Result<Vault> again = VaultRegistry::resolve(m_catalog->database(), home, QString());
    QVERIFY_RESULT(again);
    QCOMPARE(again->id, first->id);
    QCOMPARE(VaultRepository(m_catalog->database()).list()->size(), 1);
    const Result<Vault> unknown = VaultRegistry::resolve(m_catalog->database(), home, QStringLiteral("nowhere"));
    QCOMPARE(unknown.error().code, QStringLiteral("Vault.NotFound"));
}

void TestVaultRegistry::createLocalChecksNameAndFolder()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("offsite"));
    QCOMPARE(VaultRegistry::createLocal(m_catalog->database(), QStringLiteral("bad name"), path).error().code,
        QStringLiteral("Vault.Name"));
    QVERIFY(!QFileInfo::exists(path));
    const Result<Vault> created = VaultRegistry::createLocal(m_catalog->database(), QStringLiteral("offsite"), path);
    QVERIFY_RESULT(created);
    QCOMPARE(VaultRegistry::createLocal(m_catalog->database(), QStringLiteral("OFFSITE"), path + QStringLiteral("2"))
                 .error()
                 .code,
        QStringLiteral("Vault.DuplicateName"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("2")));
    QCOMPARE(VaultRegistry::createLocal(m_catalog->database(), QStringLiteral("same-folder"), path).error().code,
        QStringLiteral("Vault.AlreadyRegistered"));

    const QString foreign = QDir(m_dir->path()).filePath(QStringLiteral("foreign"));
    QVERIFY(QDir().mkpath(foreign));
    QFile someoneElses(QDir(foreign).filePath(QStringLiteral("notes.txt")));
    QVERIFY(someoneElses.open(QIODevice::WriteOnly));
    someoneElses.close();
    QCOMPARE(VaultRegistry::createLocal(m_catalog->database(), QStringLiteral("foreign"), foreign).error().code,
        QStringLiteral("Vault.NotAVault"));
}

void TestVaultRegistry::openNoticesASwappedFolder()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("swapped"));
    const Result<Vault> created = VaultRegistry::createLocal(m_catalog->database(), QStringLiteral("swapped"), path);
    QVERIFY_RESULT(created);
    QVERIFY_RESULT(VaultRegistry::open(created.value()));
    QVERIFY(QDir(path).removeRecursively());
    QVERIFY_RESULT(LocalVaultStore::openOrCreate(path, QStringLiteral("swapped"))); // a new vault, a new id
    const Result<std::unique_ptr<VaultStore>> reopened = VaultRegistry::open(created.value());
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code, QStringLiteral("Vault.IdMismatch"));
    QVERIFY(!reopened.error().remedy.isEmpty());
}

QTEST_GUILESS_MAIN(TestVaultRegistry)
#include "TestVaultRegistry.moc"
