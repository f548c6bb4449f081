#include "engine/jobs/DeletedPoints.h"
#include "engine/restore/RestoreToFolder.h"
#include "engine/restore/RoleScriptFilter.h"
#include "models/points/PointRepository.h"
#include "tests/engine/RestoreFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>

using namespace PgVault;
using PgVault::Test::RestoreFixture;
using PgVault::Test::TempPostgres;

/// Restore with real parts: a real server backed up by JobRunner, restored as files and brought
/// into a fresh server with pg_restore, restored straight into a server with a database mapping
/// and pg_restore -j 2, and the refusals: existing files and databases, two databases into one,
/// and a damaged stored file that must leave nothing behind at the target and, with clean, must not
/// cost an existing database.
class TestRestoreRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupRecordsRowCounts();
    void restoreAsFilesAndPgRestoreIntoFreshServer();
    void existingFileRefusedUnlessOverwrite();
    void restoreToServerWithMappingAndTwoJobs();
    void existingDatabaseRefusedUnlessClean();
    void cleanChecksEveryFileBeforeDroppingAny();
    void duplicateTargetsAreRefusedBeforeAnything();
    void deletedPointIsRefusedUntilUndeletedThenRestores();
    // Last: it leaves the shop dump damaged.
    void damagedFileIsRefusedAndLeavesNothing();

private:
    RestoreFixture m_fixture;
    QTemporaryDir m_out;
    QMap<QString, QString> m_copies;
};

void TestRestoreRunner::initTestCase()
{
    QVERIFY_RESULT(m_fixture.prepare());
    // The server's own "postgres" database is backed up too, so it needs a name on the same server.
    for (const QString &database : RestoreFixture::databases() + QStringList{QStringLiteral("postgres")})
        m_copies.insert(database, database + QStringLiteral("_copy"));
}

void TestRestoreRunner::backupRecordsRowCounts()
{
    Result<std::unique_ptr<LocalVaultStore>> store = LocalVaultStore::open(m_fixture.vault.location);
    QVERIFY_RESULT(store);
    Result<PointManifest> manifest = store.value()->readManifest(m_fixture.instance.id, m_fixture.pointId);
    QVERIFY_RESULT(manifest);
    const auto counts = manifest->tableRowCounts();
    QCOMPARE(counts.value(QStringLiteral("shop")).value(QStringLiteral("public.orders")), 2500);
    QCOMPARE(counts.value(QStringLiteral("shop")).value(QStringLiteral("Sales EU.Ünits")), 300);
    QCOMPARE(counts.value(QStringLiteral("bench")).value(QStringLiteral("public.pgbench_accounts")), 100000);
    QCOMPARE(counts.value(RestoreFixture::oddName()).value(QStringLiteral("public.t")), 77);
}

void TestRestoreRunner::restoreAsFilesAndPgRestoreIntoFreshServer()
{
    const QString folder = m_out.filePath(QStringLiteral("files"));
    const Job job = m_fixture.run(m_fixture.folderRequest(folder, QStringLiteral("p1-")));
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QCOMPARE(job.operation, JobTypes::Operation::Restore);
    QVERIFY(job.userTriggered);
    QCOMPARE(job.pointId, m_fixture.pointId);
    QCOMPARE(job.additionalDetails.value(QStringLiteral("Restore File Prefix")), QStringLiteral("p1-"));
    QCOMPARE(job.subTasks.size(), 4 + 3); // a file per database (postgres too), roles, tablespaces, schema
    const QDir dir(folder);
    for (const QString &name : {QStringLiteral("p1-roles.sql"),
             QStringLiteral("p1-tablespace.sql"),
             QStringLiteral("p1-schema.sql"),
             QStringLiteral("p1-RESTORE.txt"),
             QStringLiteral("p1-db-shop.dump")})
        QVERIFY2(dir.exists(name), qPrintable(name));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden).size(), 8); // no temporary leftovers
    const QString howTo = QString::fromUtf8(Test::readFile(dir.filePath(QStringLiteral("p1-RESTORE.txt"))));
    QVERIFY(howTo.contains(QStringLiteral("CREATE DATABASE \"Größe \"\"Ünï\"\" db\";")));
    QVERIFY(howTo.contains(QStringLiteral("/azure_pg_admin/d")));

    // Bring the files into a fresh server by hand, as RESTORE.txt says.
    TempPostgres fresh;
    QVERIFY_RESULT(fresh.start());
    const ToolSet tools = PgTools::discover().newest().value();
    const ChildEnvironment environment(fresh.connection());
    QProcess roles;
    roles.setProcessEnvironment(environment.forDatabase(QStringLiteral("postgres")));
    ChildProcessGroup::separate(roles); // keeps the passfile open in the child
    // Cleaned as RESTORE.txt says, and without the lines of the fresh server's own admin.
    const QString script = RoleScriptFilter::filter(
        QString::fromUtf8(Test::readFile(dir.filePath(QStringLiteral("p1-roles.sql")))), {fresh.superuser()});
    roles.start(tools.psql, {QStringLiteral("-X"), QStringLiteral("-q")});
    roles.write(script.toUtf8());
    roles.closeWriteChannel();
    QVERIFY(roles.waitForFinished(60000));
    for (const QString &database : RestoreFixture::databases()) {
        QVERIFY_RESULT(fresh.createDatabase(database));
        QProcess restore;
        restore.setProcessEnvironment(environment.forDatabase(database));
        ChildProcessGroup::separate(restore);
        restore.start(tools.pgRestore,
            {QStringLiteral("--dbname=dbname='%1'")
                    .arg(QString(database).replace(QLatin1Char('\''), QLatin1String("\\'"))),
                dir.filePath(
                    RestoreToFolder::targetName(QStringLiteral("p1-"), PointManifest::databaseFileName(database)))});
        QVERIFY(restore.waitForFinished(120000));
        QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());
        QCOMPARE(RestoreFixture::schemaOf(fresh.connection(), database),
            RestoreFixture::schemaOf(m_fixture.pg.connection(), database));
        QCOMPARE(RestoreFixture::countsOf(fresh.connection(), database),
            RestoreFixture::countsOf(m_fixture.pg.connection(), database));
    }
    // Roles came back with their grants; the large object too.
    QCOMPARE(fresh
                 .psql(QStringLiteral("shop"),
                     QStringLiteral("SELECT has_table_privilege('app_reader', 'orders', 'SELECT');"))
                 .value()
                 .trimmed(),
        QStringLiteral("t"));
    QCOMPARE(fresh.psql(QStringLiteral("shop"), QStringLiteral("SELECT convert_from(lo_get(4242), 'UTF8');"))
                 .value()
                 .trimmed(),
        QStringLiteral("large object payload"));
}

void TestRestoreRunner::existingFileRefusedUnlessOverwrite()
{
    const QString folder = m_out.filePath(QStringLiteral("files"));
    const QString roles = QDir(folder).filePath(QStringLiteral("p1-roles.sql"));
    QFile marker(roles);
    QVERIFY(marker.open(QIODevice::Append));
    marker.write("-- mine\n");
    marker.close();
    const QByteArray before = Test::readFile(roles);
    Job job = m_fixture.run(m_fixture.folderRequest(folder, QStringLiteral("p1-")));
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QCOMPARE(job.error->code, QStringLiteral("Restore.TargetFileExists"));
    QVERIFY(job.error->message.contains(QStringLiteral("p1-roles.sql")));
    QCOMPARE(Test::readFile(roles), before);
    job = m_fixture.run(m_fixture.folderRequest(folder, QStringLiteral("p1-"), true));
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QVERIFY(!Test::readFile(roles).endsWith("-- mine\n"));
}

void TestRestoreRunner::restoreToServerWithMappingAndTwoJobs()
{
    RestoreRequest request = m_fixture.serverRequest(m_fixture.pg.connection(), m_copies);
    request.applyRoles = true;
    const Job job = m_fixture.run(request);
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QCOMPARE(job.subTasks.size(), 1 + 1 + 4); // every file checked, roles, then a sub-task per database
    for (const QString &database : RestoreFixture::databases()) {
        QCOMPARE(RestoreFixture::countsOf(m_fixture.pg.connection(), m_copies.value(database)),
            RestoreFixture::countsOf(m_fixture.pg.connection(), database));
        QCOMPARE(RestoreFixture::schemaOf(m_fixture.pg.connection(), m_copies.value(database)),
            RestoreFixture::schemaOf(m_fixture.pg.connection(), database));
    }
}

void TestRestoreRunner::existingDatabaseRefusedUnlessClean()
{
    QVERIFY_RESULT(
        m_fixture.pg.psql(m_copies.value(QStringLiteral("shop")), QStringLiteral("DELETE FROM orders WHERE id > 10;")));
    RestoreRequest request = m_fixture.serverRequest(m_fixture.pg.connection(), m_copies);
    Job job = m_fixture.run(request);
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QCOMPARE(job.error->code, QStringLiteral("Restore.TargetDatabaseExists"));
    QVERIFY(job.error->message.contains(QStringLiteral("shop_copy")));
    QVERIFY(job.subTasks.isEmpty()); // refused before anything was done
    request.clean = true;
    job = m_fixture.run(request);
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QCOMPARE(RestoreFixture::countsOf(m_fixture.pg.connection(), QStringLiteral("shop_copy"))
                 .value(QStringLiteral("public.orders")),
        2500);
}

void TestRestoreRunner::cleanChecksEveryFileBeforeDroppingAny()
{
    // The copies get a table the backup does not have: it tells an original from a restored one.
    for (const QString &target : std::as_const(m_copies))
        QVERIFY_RESULT(m_fixture.pg.psql(target, QStringLiteral("CREATE TABLE kept_original (id int);")));
    const auto removeMarks = qScopeGuard([this] {
        for (const QString &target : std::as_const(m_copies))
            (void)m_fixture.pg.psql(target, QStringLiteral("DROP TABLE IF EXISTS kept_original;"));
    });
    // The point's last database file is damaged: every other database comes before it.
    Result<std::unique_ptr<LocalVaultStore>> store = LocalVaultStore::open(m_fixture.vault.location);
    QVERIFY_RESULT(store);
    Result<PointManifest> manifest = store.value()->readManifest(m_fixture.instance.id, m_fixture.pointId);
    QVERIFY_RESULT(manifest);
    QString last;
    for (const PointFile &file : manifest->files()) {
        if (file.kind == PointFile::Kind::Database)
            last = file.name;
    }
    QVERIFY(m_fixture.flipByte(last));
    const auto repair = qScopeGuard([this, last] { m_fixture.flipByte(last); }); // flipped twice is whole

    RestoreRequest request = m_fixture.serverRequest(m_fixture.pg.connection(), m_copies);
    request.clean = true;
    const Job job = m_fixture.run(request);
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY2(job.error->message.contains(last), qPrintable(job.error->text()));
    for (const QString &target : std::as_const(m_copies)) {
        QVERIFY2(RestoreFixture::databaseExists(m_fixture.pg, target), qPrintable(target + QStringLiteral(" is gone")));
        QVERIFY2(RestoreFixture::countsOf(m_fixture.pg.connection(), target)
                     .contains(QStringLiteral("public.kept_original")),
            qPrintable(target + QStringLiteral(" was replaced")));
    }
}

void TestRestoreRunner::duplicateTargetsAreRefusedBeforeAnything()
{
    const QList<std::pair<QMap<QString, QString>, QString>> cases{
        {{{QStringLiteral("shop"), QStringLiteral("twin")}, {QStringLiteral("bench"), QStringLiteral("twin")}},
            QStringLiteral("twin")},
        // A rename onto the name another restored database keeps.
        {{{QStringLiteral("shop"), QStringLiteral("bench")}, {QStringLiteral("bench"), QStringLiteral("bench")}},
            QStringLiteral("bench")},
    };
    for (const auto &[map, duplicate] : cases) {
        RestoreRequest request = m_fixture.serverRequest(m_fixture.pg.connection(), map);
        request.clean = true;
        const Job job = m_fixture.run(request);
        QCOMPARE(job.status, JobTypes::Status::Failed);
        QCOMPARE(job.error->code, QStringLiteral("Restore.DuplicateTarget"));
        QVERIFY2(job.error->message.contains(QStringLiteral("\"%1\"").arg(duplicate)), qPrintable(job.error->text()));
        QVERIFY(job.subTasks.isEmpty()); // refused before anything was done
    }
    QVERIFY(!RestoreFixture::databaseExists(m_fixture.pg, QStringLiteral("twin")));
    QCOMPARE(RestoreFixture::countsOf(m_fixture.pg.connection(), QStringLiteral("bench"))
                 .value(QStringLiteral("public.pgbench_accounts")),
        100000);
}

void TestRestoreRunner::damagedFileIsRefusedAndLeavesNothing()
{
    const QString damaged = PointManifest::databaseFileName(QStringLiteral("shop"));
    QVERIFY(m_fixture.flipByte(damaged));
    const QString folder = m_out.filePath(QStringLiteral("damaged"));
    Job job = m_fixture.run(m_fixture.folderRequest(folder));
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY2(job.error->message.contains(damaged), qPrintable(job.error->text()));
    QVERIFY(job.error->code.startsWith(QStringLiteral("Vault.File")));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);

    QMap<QString, QString> map;
    for (const QString &database : m_copies.keys())
        map.insert(database, database + QStringLiteral("_bad"));
    job = m_fixture.run(m_fixture.serverRequest(m_fixture.pg.connection(), map));
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY2(job.error->message.contains(damaged), qPrintable(job.error->text()));
    for (const QString &database : map)
        QVERIFY2(!RestoreFixture::databaseExists(m_fixture.pg, database), qPrintable(database));

    // Replacing existing databases (--clean): the damage is found before any of them is dropped.
    const QString shopCopy = m_copies.value(QStringLiteral("shop"));
    const auto before = RestoreFixture::countsOf(m_fixture.pg.connection(), shopCopy);
    QVERIFY(!before.isEmpty());
    RestoreRequest clean = m_fixture.serverRequest(m_fixture.pg.connection(), {{QStringLiteral("shop"), shopCopy}});
    clean.clean = true;
    job = m_fixture.run(clean);
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY2(job.error->message.contains(damaged), qPrintable(job.error->text()));
    QCOMPARE(RestoreFixture::countsOf(m_fixture.pg.connection(), shopCopy), before);
}

QTEST_GUILESS_MAIN(TestRestoreRunner)
void TestRestoreRunner::deletedPointIsRefusedUntilUndeletedThenRestores()
{
    const QSqlDatabase database = m_fixture.catalog->database();
    Result<std::unique_ptr<VaultStore>> store = VaultRegistry::openFor(database, m_fixture.instance);
    QVERIFY_RESULT(store);
    const Result<std::optional<RecoveryPoint>> point = PointRepository(database).find(m_fixture.pointId);
    QVERIFY_RESULT(point);
    QVERIFY(point->has_value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DeletedPoints deletedPoints(database, QStringLiteral("test:1"));
    QVERIFY_RESULT(deletedPoints.softDelete(**store, point->value(), now, 14));
    const auto undeleteAgain = qScopeGuard([&] { (void)deletedPoints.undelete(m_fixture.pointId, now); });

    // Neither restore nor verify touches a deleted point; nothing is written.
    const QString folder = m_out.filePath(QStringLiteral("deleted"));
    Job job = m_fixture.run(m_fixture.folderRequest(folder));
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY(job.error);
    QCOMPARE(job.error->code, QStringLiteral("Point.Deleted"));
    QCOMPARE(job.error->kind, ErrorKind::BadInput);
    QVERIFY2(job.error->remedy.contains(QStringLiteral("Undelete")), qPrintable(job.error->remedy));
    QVERIFY(!QFileInfo::exists(folder));
    VerifyRequest verify;
    verify.pointId = m_fixture.pointId;
    job = m_fixture.run(verify, true);
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QCOMPARE(job.error->code, QStringLiteral("Point.Deleted"));

    // The vault's own record is enough: a catalog row that says live does not let it through.
    QVERIFY_RESULT(PointRepository(database).markUndeleted(m_fixture.pointId, point->value().expiry));
    job = m_fixture.run(m_fixture.folderRequest(folder));
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QCOMPARE(job.error->code, QStringLiteral("Point.Deleted"));
    QVERIFY_RESULT(PointRepository(database).markDeleted(m_fixture.pointId, now, now.addDays(14)));

    // Undeleted, it restores into a server as it was backed up.
    const Result<RecoveryPoint> back = deletedPoints.undelete(m_fixture.pointId, now);
    QVERIFY_RESULT(back);
    QVERIFY(!back->isDeleted());
    QCOMPARE(back->expiry, std::max(point->value().expiry, now.addDays(DeletedPoints::UndeleteGraceDays)));
    const QMap<QString, QString> map{{QStringLiteral("shop"), QStringLiteral("shop_undeleted")}};
    job = m_fixture.run(m_fixture.serverRequest(m_fixture.pg.connection(), map));
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    QCOMPARE(RestoreFixture::countsOf(m_fixture.pg.connection(), QStringLiteral("shop_undeleted")),
        RestoreFixture::countsOf(m_fixture.pg.connection(), QStringLiteral("shop")));
    QCOMPARE(RestoreFixture::schemaOf(m_fixture.pg.connection(), QStringLiteral("shop_undeleted")),
        RestoreFixture::schemaOf(m_fixture.pg.connection(), QStringLiteral("shop")));
}

#include "TestRestoreRunner.moc"
