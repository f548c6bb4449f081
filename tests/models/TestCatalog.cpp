#include "models/Catalog.h"
#include "models/policies/PolicyRepository.h"
#include "tests/support/TestSupport.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace PgVault;

/// The catalog file: migrations, pragmas, shared use, the errors a bad path gives, and its
/// private mode.
class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newCatalogIsMigratedToCurrentVersion();
    void version2CatalogGainsAgentHeartbeats();
    void version3LeasesGainTheirHolder();
    void version5CatalogGainsClockTrust();
    void version6CatalogGainsAlertTables();
    void version7InstancesStayProtected();
    void version8CatalogGainsSoftDelete();
    void reopeningKeepsVersionAndData();
    void pragmasAreSet_data();
    void pragmasAreSet();
    void foreignKeysAreEnforced();
    void twoCatalogsShareOneFile();
    void connectionIsRemovedWithTheCatalog();
    void newerSchemaIsRefused();
    void unusablePathIsReported_data();
    void unusablePathIsReported();
    void catalogIsPrivateWhateverTheUmask();
    void existingReadableCatalogIsMadePrivate();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    static QVariant scalar(const Catalog &catalog, const QString &sql);
    /// Puts instance_leases back as schema version 3 had it, before the holder columns.
    static bool asVersion3(QSqlQuery &query);
    /// Drops the alerts' tables, as schema version 6 had none.
    static bool asVersion6(QSqlQuery &query);
    /// Undoes migration 8 (instances.protection, instances.stopped_ms) on a current catalog.
    static bool asVersion7(QSqlQuery &query);
    /// Undoes migration 9 (soft delete) on a current catalog.
    static bool asVersion8(QSqlQuery &query);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalog::cleanup()
{
    m_dir.reset();
}

QVariant TestCatalog::scalar(const Catalog &catalog, const QString &sql)
{
    QSqlQuery query(catalog.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool TestCatalog::asVersion8(QSqlQuery &query)
{
    return query.exec(QStringLiteral("DROP INDEX points_purge"))
        && query.exec(QStringLiteral("ALTER TABLE points DROP COLUMN purge_ms"))
        && query.exec(QStringLiteral("ALTER TABLE points DROP COLUMN deleted_ms"))
        && query.exec(QStringLiteral("ALTER TABLE vaults DROP COLUMN soft_delete_days"));
}

/// Undoes migrations 8 and 9 on a current catalog.
bool TestCatalog::asVersion7(QSqlQuery &query)
{
    return asVersion8(query) && query.exec(QStringLiteral("ALTER TABLE instances DROP COLUMN protection"))
        && query.exec(QStringLiteral("ALTER TABLE instances DROP COLUMN stopped_ms"));
}

/// Undoes migrations 7 (the alerts' tables), 8 and 9 on a current catalog.
bool TestCatalog::asVersion6(QSqlQuery &query)
{
    return asVersion7(query) && query.exec(QStringLiteral("DROP TABLE alert_deliveries"))
        && query.exec(QStringLiteral("DROP TABLE alert_settings"));
}

/// Undoes migrations 4 (jobs.error_kind), 5 (lease holders), 6 (clock trust), 7 (alerts), 8 and 9
/// on a current catalog.
bool TestCatalog::asVersion3(QSqlQuery &query)
{
    return asVersion6(query) && query.exec(QStringLiteral("DROP TABLE clock_trust"))
        && query.exec(QStringLiteral("ALTER TABLE jobs DROP COLUMN error_kind"))
        && query.exec(QStringLiteral("DROP TABLE instance_leases"))
        && query.exec(
            QStringLiteral("CREATE TABLE instance_leases ("
                           " instance_id TEXT PRIMARY KEY NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                           " job_id TEXT NOT NULL,"
                           " owner TEXT NOT NULL,"
                           " expires_ms INTEGER NOT NULL)"));
}

void TestCatalog::newCatalogIsMigratedToCurrentVersion()
{
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE(Catalog::currentSchemaVersion(), 9);
    QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
    const QStringList tables = (*catalog)->database().tables();
    QVERIFY2(tables.contains(QStringLiteral("policies")), qPrintable(tables.join(u',')));
    QVERIFY2(tables.contains(QStringLiteral("instances")), qPrintable(tables.join(u',')));
    QVERIFY2(tables.contains(QStringLiteral("agent_heartbeats")), qPrintable(tables.join(u',')));
    QVERIFY2(tables.contains(QStringLiteral("clock_trust")), qPrintable(tables.join(u',')));
    QCOMPARE((*catalog)->path(), catalogPath());
}

void TestCatalog::version2CatalogGainsAgentHeartbeats()
{
    {
        // A catalog as the release before migration 3 left it, with a policy in it.
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery query((*catalog)->database());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE agent_heartbeats")));
        QVERIFY(asVersion3(query));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO policies VALUES ('p1', 'kept', '{}', '2024-01-01T00:00:00Z')")));
    }
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
    QVERIFY((*catalog)->database().tables().contains(QStringLiteral("agent_heartbeats")));
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT name FROM policies WHERE id = 'p1'")).toString(),
        QStringLiteral("kept"));
}

void TestCatalog::version3LeasesGainTheirHolder()
{
    {
        // A catalog as the release before migrations 4 and 5 left it, with a lease held at the time.
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery query((*catalog)->database());
        QVERIFY(asVersion3(query));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO instances (id, name) VALUES ('i1', 'prod')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO instance_leases VALUES ('i1', 'job-1', 'host:1', 42)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
    QCOMPARE(scalar(**catalog,
                 QStringLiteral("SELECT job_id || '|' || holder_host || '|' || holder_system || '|' || holder_pid "
                                "|| '|' || holder_start FROM instance_leases"))
                 .toString(),
        QStringLiteral("job-1|||0|0"));
}

void TestCatalog::version5CatalogGainsClockTrust()
{
    {
        // A catalog as the release before migration 6 left it, with a policy in it.
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery query((*catalog)->database());
        QVERIFY(asVersion6(query));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE clock_trust")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO policies VALUES ('p1', 'kept', '{}', '2024-01-01T00:00:00Z')")));
    }
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
    QVERIFY((*catalog)->database().tables().contains(QStringLiteral("clock_trust")));
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT count(*) FROM clock_trust")).toInt(), 0);
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT name FROM policies WHERE id = 'p1'")).toString(),
        QStringLiteral("kept"));
}

void TestCatalog::version6CatalogGainsAlertTables()
{
    {
        // A catalog as the release before the alerts left it, with a policy in it.
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery query((*catalog)->database());
        QVERIFY(asVersion6(query));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 6")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO policies VALUES ('p1', 'kept', '{}', '2024-01-01T00:00:00Z')")));
    }
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT count(*) FROM alert_deliveries")).toInt(), 0);
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT count(*) FROM alert_settings")).toInt(), 0);
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT name FROM policies WHERE id = 'p1'")).toString(),
        QStringLiteral("kept"));
}

void TestCatalog::version7InstancesStayProtected()
{
    {
        // A catalog as the release before stop protection left it, with an instance in it.
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery query((*catalog)->database());
        QVERIFY(asVersion7(query));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO instances (id, name) VALUES ('i1', 'prod')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT protection || '|' || ifnull(stopped_ms, 'none') FROM instances"))
                 .toString(),
        QStringLiteral("Protected|none"));
}

void TestCatalog::version8CatalogGainsSoftDelete()
{
    {
        // A catalog as the release before soft delete left it, with a vault and a point in it.
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery query((*catalog)->database());
        QVERIFY(asVersion8(query));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 8")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO vaults VALUES ('v1', 'local', 'local', '/v', 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO instances (id, name, vault_id) VALUES ('i1', 'prod', 'v1')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO points (id, instance_id, time_ms, tag, expiry_ms) "
                                          "VALUES ('p1', 'i1', 1, 'Default', 2)")));
    }
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
    // Existing vaults keep deleted points the default 14 days; existing points are live.
    QCOMPARE(scalar(**catalog, QStringLiteral("SELECT soft_delete_days FROM vaults WHERE id = 'v1'")).toInt(), 14);
    QVERIFY(scalar(**catalog, QStringLiteral("SELECT deleted_ms FROM points WHERE id = 'p1'")).isNull());
    QVERIFY(scalar(**catalog, QStringLiteral("SELECT purge_ms FROM points WHERE id = 'p1'")).isNull());
}

void TestCatalog::reopeningKeepsVersionAndData()
{
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery insert((*catalog)->database());
        QVERIFY2(
            insert.exec(QStringLiteral("INSERT INTO policies VALUES ('p1', 'kept', '{}', '2024-01-01T00:00:00Z')")),
            qPrintable(insert.lastError().text()));
    }
    for (int round = 0; round < 2; ++round) {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QCOMPARE((*catalog)->schemaVersion(), Catalog::currentSchemaVersion());
        QCOMPARE(scalar(**catalog, QStringLiteral("SELECT name FROM policies WHERE id = 'p1'")).toString(),
            QStringLiteral("kept"));
    }
}

void TestCatalog::pragmasAreSet_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WAL journal so readers never wait for the writer") << "journal_mode"
                                                                      << "wal";
    QTest::newRow("foreign keys enforced") << "foreign_keys"
                                           << "1";
    QTest::newRow("busy timeout for processes sharing the file")
        << "busy_timeout" << QString::number(Catalog::BusyTimeoutMs);
}

void TestCatalog::pragmasAreSet()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE(scalar(**catalog, QStringLiteral("PRAGMA ") + pragma).toString().toLower(), expected);
}

void TestCatalog::foreignKeysAreEnforced()
{
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QSqlQuery query((*catalog)->database());
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO instances (id, name, policy_id) VALUES ('i1', 'server-a', 'no-such-policy')")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
        qPrintable(query.lastError().text()));
}

void TestCatalog::twoCatalogsShareOneFile()
{
    auto first = Catalog::open(catalogPath());
    QVERIFY_RESULT(first);
    auto second = Catalog::open(catalogPath());
    QVERIFY_RESULT(second);
    QVERIFY((*first)->connectionName() != (*second)->connectionName());

    QSqlQuery insert((*first)->database());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO policies VALUES ('p1', 'shared', '{}', '2024-01-01T00:00:00Z')")));
    QCOMPARE(scalar(**second, QStringLiteral("SELECT COUNT(*) FROM policies")).toInt(), 1);
    QCOMPARE((*second)->schemaVersion(), Catalog::currentSchemaVersion());
}

void TestCatalog::connectionIsRemovedWithTheCatalog()
{
    QString name;
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        name = (*catalog)->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
    }
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestCatalog::newerSchemaIsRefused()
{
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
        QSqlQuery((*catalog)->database()).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    auto catalog = Catalog::open(catalogPath());
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, QStringLiteral("Catalog.TooNew"));
    QVERIFY2(catalog.error().message.contains(QLatin1String("99")), qPrintable(catalog.error().message));
    QVERIFY(!catalog.error().remedy.isEmpty());
}

void TestCatalog::unusablePathIsReported_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("code");
    QTest::newRow("folder missing") << "missing/catalog.sqlite"
                                    << "Catalog.FolderMissing";
    QTest::newRow("folder is a file") << "plain-file/catalog.sqlite"
                                      << "Catalog.FolderMissing";
    QTest::newRow("catalog is a folder") << "folder-catalog"
                                         << "Catalog.OpenFailed";
}

void TestCatalog::unusablePathIsReported()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, code);
    QFile plain(m_dir->filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder-catalog")));

    const QString path = m_dir->filePath(relativePath);
    auto catalog = Catalog::open(path);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, code);
    QVERIFY2(catalog.error().message.contains(QFileInfo(path).absolutePath()), qPrintable(catalog.error().message));
    QVERIFY2(catalog.error().remedy.contains(QLatin1String("PGVAULT_HOME"))
            || catalog.error().remedy.contains(QLatin1String("write")),
        qPrintable(catalog.error().remedy));
}

void TestCatalog::catalogIsPrivateWhateverTheUmask()
{
    // The catalog names servers, users and vault paths: only its owner may read it.
    const mode_t previous = ::umask(022);
    const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QSqlQuery insert((*catalog)->database());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO policies VALUES ('p1', 'kept', '{}', '2024-01-01T00:00:00Z')")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = catalogPath() + suffix;
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY2(
            Test::modeOf(path) == 0600, qPrintable(QStringLiteral("%1: %2").arg(path).arg(Test::modeOf(path), 0, 8)));
    }
}

void TestCatalog::existingReadableCatalogIsMadePrivate()
{
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY_RESULT(catalog);
    }
    QVERIFY(QFile::setPermissions(
        catalogPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    auto catalog = Catalog::open(catalogPath());
    QVERIFY_RESULT(catalog);
    QCOMPARE(Test::modeOf(catalogPath()), 0600);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
