#include "engine/Log.h"
#include "engine/jobs/BackupRunner.h"
#include "engine/vault/CompressedFileReader.h"
#include "engine/vault/LocalVaultStore.h"
#include "models/points/PointRepository.h"
#include "tests/engine/BackupFixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>

#include <atomic>
#include <thread>

using namespace PgVault;
using PgVault::Test::BackupFixture;
using PgVault::Test::TempPostgres;

namespace {

/// Watches the argv and environment of every pg_dump/pg_dumpall child (/proc) while a backup runs,
/// from another thread: the password must never be in either (it travels in the 0600 passfile).
class ChildWatcher
{
public:
    explicit ChildWatcher(QByteArray secret)
        : m_secret(std::move(secret))
        , m_thread([this] { watch(); })
    {
    }
    ~ChildWatcher() { finish(); }
    void finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    bool secretSeen() const { return m_secretSeen; }
    int dumpsSeen() const { return m_dumpsSeen; }

private:
    void watch()
    {
        QSet<QString> seen;
        while (!m_stop) {
            const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString &pid : pids) {
                if (pid.isEmpty() || !pid.at(0).isDigit() || seen.contains(pid))
                    continue;
                const QByteArray cmdline = Test::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (!cmdline.contains("pg_dump"))
                    continue;
                const QByteArray environ = Test::readFile(QStringLiteral("/proc/%1/environ").arg(pid));
                if (!environ.contains("PGAPPNAME=pgvault"))
                    continue; // not ours
                seen.insert(pid);
                ++m_dumpsSeen;
                if (cmdline.contains(m_secret) || environ.contains(m_secret) || !environ.contains("PGPASSFILE="))
                    m_secretSeen = true;
            }
        }
    }

    QByteArray m_secret;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_secretSeen{false};
    std::atomic<int> m_dumpsSeen{0};
    std::thread m_thread;
};

} // namespace

/// A real backup of a real server with awkward data, proven by restoring it: the point's dumps
/// restore to databases whose schema and rows equal the source's.
class TestBackupRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstBackupIsYearlyAndRestoresToTheSource();
    void onDemandBackupTakesTheChosenRule();
    void pointsMissingFromTheCatalogAreIndexedByTheNextBackup();
    void passwordNeverLeaves();

private:
    QString sql(const QString &database, const QString &statement);
    /// Row counts of every table plus large objects and a bytea digest: what "same data" means.
    QString dataFingerprint(const QString &database);
    QString normalisedSchema(const QString &database);

    BackupFixture m_fixture;
    QTemporaryDir m_logs;
    BackupInstance m_instance;
    QString m_password = QStringLiteral("Sup3r:secret\\pass-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QStringList m_databases;
    QString m_pointId;
};

QString TestBackupRunner::sql(const QString &database, const QString &statement)
{
    const Result<QString> out = m_fixture.pg.psql(database, statement);
    if (!out)
        qWarning("%s", qPrintable(out.error().text()));
    return out ? out.value() : QString();
}

void TestBackupRunner::initTestCase()
{
    QVERIFY(Log::install(m_logs.path()));
    QVERIFY_RESULT(m_fixture.start());
    const TempPostgres &pg = m_fixture.pg;
    // The backups connect as their own superuser, whose password the test controls.
    QVERIFY_RESULT(pg.createRole(QStringLiteral("backup_admin"), m_password, QStringLiteral("SUPERUSER")));
    QVERIFY_RESULT(pg.createRole(QStringLiteral("app_owner"), QStringLiteral("app-owner-pw")));

    const QString quoted = QStringLiteral("Sales \"EU\" Zürich-Ümlaut");
    const QString bench = QStringLiteral("bench");
    const QString blobs = QStringLiteral("blobs");
    m_databases = {quoted, bench, blobs};
    for (const QString &database : std::as_const(m_databases))
        QVERIFY_RESULT(pg.createDatabase(database));
    QVERIFY_RESULT(pg.psql(quoted,
        QStringLiteral("CREATE SCHEMA \"Straße\" AUTHORIZATION app_owner;"
                       "CREATE TABLE \"Straße\".\"Kunden Liste\" (id int PRIMARY KEY, name text NOT NULL);"
                       "ALTER TABLE \"Straße\".\"Kunden Liste\" OWNER TO app_owner;"
                       "INSERT INTO \"Straße\".\"Kunden Liste\" SELECT g, 'Kunde Nº ' || g || ' – ĳ 😀' "
                       "FROM generate_series(1, 500) g;")));
    QVERIFY_RESULT(pg.pgbenchInit(bench, 1));
    QVERIFY_RESULT(pg.psql(blobs,
        QStringLiteral("CREATE TABLE files (id int PRIMARY KEY, data bytea NOT NULL);"
                       "INSERT INTO files SELECT g, decode(repeat(md5(g::text), 400), 'hex') "
                       "FROM generate_series(1, 100) g;"
                       "SELECT lo_from_bytea(0, convert_to(repeat('large object ', 1000), 'UTF8'));")));

    Result<BackupInstance> instance
        = m_fixture.addInstance(QStringLiteral("main-server"), QStringLiteral("backup_admin"), m_password);
    QVERIFY_RESULT(instance);
    m_instance = instance.value();
}

QString TestBackupRunner::dataFingerprint(const QString &database)
{
    return sql(database,
               QStringLiteral(
                   "SELECT string_agg(t, E'\\n' ORDER BY t) FROM ("
                   " SELECT table_schema || '.' || table_name || '=' || (xpath('/row/c/text()', query_to_xml(format("
                   "   'SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text AS t"
                   " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                   "   AND table_schema NOT IN ('pg_catalog', 'information_schema')"
                   " UNION ALL SELECT 'large objects=' || count(*) FROM pg_largeobject_metadata"
                   " UNION ALL SELECT 'large object bytes=' || coalesce(sum(length(lo_get(oid))), 0) "
                   "   FROM pg_largeobject_metadata) s;"))
        + (database == QLatin1String("blobs") || database.startsWith(QLatin1String("restored-blobs"))
                ? sql(database, QStringLiteral("SELECT md5(string_agg(md5(data), ',' ORDER BY id)) FROM files;"))
                : QString());
}

QString TestBackupRunner::normalisedSchema(const QString &database)
{
    const Result<ToolSet> tools = PgTools::discover().newest();
    QString error;
    const QByteArray dump = m_fixture.runTool(
        tools->pgDump, {QStringLiteral("--schema-only"), QStringLiteral("--no-password")}, database, &error);
    if (dump.isEmpty())
        qWarning("pg_dump --schema-only %s failed: %s", qPrintable(database), qPrintable(error));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(dump).split(QLatin1Char('\n'))) {
        // Comments and pg_dump's per-run random \restrict keys differ between any two dumps.
        if (line.isEmpty() || line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("\\restrict"))
            || line.startsWith(QLatin1String("\\unrestrict")))
            continue;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void TestBackupRunner::firstBackupIsYearlyAndRestoresToTheSource()
{
    JobRunner runner(m_fixture.catalog->path());
    ChildWatcher watcher(m_password.toUtf8());
    const Result<QString> started = BackupFixture::start(runner, m_instance);
    QVERIFY_RESULT(started);
    const Job job = m_fixture.waitFor(runner, started.value());
    watcher.finish();
    QVERIFY(watcher.dumpsSeen() > 0);
    QVERIFY(!watcher.secretSeen());
    QVERIFY2(job.status == JobTypes::Status::Completed,
        qPrintable(job.error ? job.error->text() : JobTypes::statusName(job.status)));
    QCOMPARE(job.retentionTag, QStringLiteral("Yearly"));
    QCOMPARE(job.additionalDetails.value(QStringLiteral("RetentionTag")), QStringLiteral("Yearly"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(job.pointId).hasMatch());
    QVERIFY(job.bytesTransferred > 0);
    QCOMPARE(job.progress, 1.0);
    QStringList subTasks;
    for (const SubTask &task : job.subTasks) {
        subTasks << task.name;
        QCOMPARE(task.status, JobTypes::Status::Completed);
    }
    QStringList expected;
    for (const QString &database :
        QStringList{m_databases.at(0), QStringLiteral("bench"), QStringLiteral("blobs"), QStringLiteral("postgres")})
        expected << QStringLiteral("Database %1").arg(database);
    expected.sort();
    expected << QStringLiteral("Roles") << QStringLiteral("Tablespaces") << QStringLiteral("Schema");
    QCOMPARE(subTasks, expected);
    m_pointId = job.pointId;

    // The catalog indexes the point with the job's tag; its time is the job's start.
    const Result<std::optional<RecoveryPoint>> point = PointRepository(m_fixture.catalog->database()).find(job.pointId);
    QVERIFY_RESULT(point);
    QVERIFY(point->has_value());
    QCOMPARE(point->value().tag, RetentionRule::Kind::Yearly);
    QCOMPARE(point->value().time, job.start);
    QVERIFY(!point->value().userChosenTag);

    // Every file is what the manifest says, byte for byte.
    Result<std::unique_ptr<VaultStore>> store = VaultRegistry::open(m_fixture.vault);
    QVERIFY_RESULT(store);
    const Result<PointManifest> manifest = store.value()->readManifest(m_instance.id, job.pointId);
    QVERIFY_RESULT(manifest);
    QCOMPARE(manifest->tag(), QStringLiteral("Yearly"));
    const QString folder = static_cast<LocalVaultStore *>(store.value().get())->pointPath(m_instance.id, job.pointId);
    for (const PointFile &file : manifest->files()) {
        const QByteArray bytes = Test::readFile(QDir(folder).filePath(file.name));
        QCOMPARE(bytes.size(), file.storedSize);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), file.sha256);
    }
    QVERIFY(QDir(QDir(folder).filePath(QStringLiteral("..")))
                .entryList({QStringLiteral("*.partial")}, QDir::Dirs)
                .isEmpty());

    // Each database dump restores to a database equal to its source.
    const Result<ToolSet> tools = PgTools::discover().newest();
    QVERIFY_RESULT(tools);
    int n = 0;
    for (const QString &database : std::as_const(m_databases)) {
        const PointFile file = manifest->file(PointManifest::databaseFileName(database)).value();
        QTemporaryFile plain;
        QVERIFY(plain.open());
        Result<std::unique_ptr<QIODevice>> source = store.value()->openForRead(m_instance.id, job.pointId, file.name);
        QVERIFY_RESULT(source);
        QVERIFY_RESULT(CompressedFileReader::decompress(
            source.value().get(), &plain, FileDigest{file.rawSize, file.storedSize, file.sha256}, file.name));
        plain.flush();
        const QString target = database == QLatin1String("blobs") ? QStringLiteral("restored-blobs")
                                                                  : QStringLiteral("restored-%1").arg(++n);
        QVERIFY_RESULT(m_fixture.pg.createDatabase(target));
        QString error;
        m_fixture.runTool(tools->pgRestore,
            {QStringLiteral("--no-password"),
                QStringLiteral("--exit-on-error"),
                QStringLiteral("-d"),
                target,
                plain.fileName()},
            QString(),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(dataFingerprint(target), dataFingerprint(database));
        QCOMPARE(normalisedSchema(target), normalisedSchema(database));
    }
    QVERIFY(dataFingerprint(QStringLiteral("bench")).contains(QStringLiteral("public.pgbench_accounts=100000")));

    // The globals are there: roles with their (hashed) passwords, as the superuser may read them.
    for (const PointFile::Kind kind : {PointFile::Kind::Roles, PointFile::Kind::Schema}) {
        const PointFile file = manifest->file(PointManifest::fileName(kind)).value();
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        Result<std::unique_ptr<QIODevice>> source = store.value()->openForRead(m_instance.id, job.pointId, file.name);
        QVERIFY_RESULT(CompressedFileReader::decompress(
            source.value().get(), &sink, FileDigest{file.rawSize, file.storedSize, file.sha256}, file.name));
        if (kind == PointFile::Kind::Roles) {
            QVERIFY(sink.data().contains("CREATE ROLE app_owner"));
            QVERIFY(sink.data().contains("SCRAM-SHA-256"));
        } else {
            QVERIFY(sink.data().contains("Kunden Liste"));
        }
    }
}

void TestBackupRunner::onDemandBackupTakesTheChosenRule()
{
    JobRunner runner(m_fixture.catalog->path());
    const Result<QString> started = BackupFixture::start(runner, m_instance, RetentionRule::Kind::Weekly);
    QVERIFY_RESULT(started);
    const Job job = m_fixture.waitFor(runner, started.value());
    QCOMPARE(job.status, JobTypes::Status::Completed);
    QVERIFY(job.userTriggered);
    QCOMPARE(job.retentionTag, QStringLiteral("Weekly"));
    const Result<std::optional<RecoveryPoint>> point = PointRepository(m_fixture.catalog->database()).find(job.pointId);
    QVERIFY_RESULT(point);
    QCOMPARE(point->value().tag, RetentionRule::Kind::Weekly);
    QVERIFY(point->value().userChosenTag);
    QCOMPARE(point->value().expiry, job.start.addDays(56));
}

void TestBackupRunner::pointsMissingFromTheCatalogAreIndexedByTheNextBackup()
{
    // Both points so far lose their rows, as when each backup was killed between its manifest
    // commit and its catalog insert.
    PointRepository points(m_fixture.catalog->database());
    const QList<RecoveryPoint> lost = points.listForInstance(m_instance.id).value();
    QCOMPARE(lost.size(), 2);
    for (const RecoveryPoint &point : lost)
        QVERIFY_RESULT(points.remove(point.id));

    JobRunner runner(m_fixture.catalog->path());
    const Result<QString> started = BackupFixture::start(runner, m_instance);
    QVERIFY_RESULT(started);
    const Job job = m_fixture.waitFor(runner, started.value());
    QVERIFY2(job.status == JobTypes::Status::Completed,
        qPrintable(job.error ? job.error->text() : JobTypes::statusName(job.status)));
    QVERIFY2(job.output.contains(QStringLiteral("Indexed 2 recovery point")), qPrintable(job.output));
    // Indexed before the new point was tagged: the lost Yearly point still claims the year, so
    // the new one is not the year's first.
    QVERIFY2(job.retentionTag != QLatin1String("Yearly"), qPrintable(job.retentionTag));

    for (const RecoveryPoint &point : lost) {
        const Result<std::optional<RecoveryPoint>> found = points.find(point.id);
        QVERIFY_RESULT(found);
        QVERIFY2(found->has_value(), qPrintable(point.id));
        QCOMPARE(found->value().tag, point.tag);
        QCOMPARE(found->value().expiry, point.expiry);
        QCOMPARE(found->value().time, point.time);
        QCOMPARE(found->value().sizeBytes, point.sizeBytes);
    }
    QCOMPARE(points.listForInstance(m_instance.id)->size(), 3);
}

void TestBackupRunner::passwordNeverLeaves()
{
    const QByteArray secret = m_password.toUtf8();
    const Result<QList<Job>> jobs = JobRepository(m_fixture.catalog->database()).list(JobFilter{});
    QVERIFY_RESULT(jobs);
    QVERIFY(jobs->size() >= 2);
    for (const Job &listed : jobs.value()) {
        const Job job = JobRepository(m_fixture.catalog->database()).find(listed.id)->value();
        QVERIFY(!job.output.isEmpty());
        QVERIFY(!job.output.contains(m_password));
    }
    const QStringList roots{m_fixture.home.path(), m_logs.path()};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QVERIFY2(!Test::readFile(path).contains(secret), qPrintable(path));
        }
    }
    QVERIFY(files > 10); // catalog (+ WAL), log, vault.json, manifests, dumps
    QVERIFY(!Test::readFile(QDir(m_logs.path()).filePath(QStringLiteral("pgvault.log"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestBackupRunner)
#include "TestBackupRunner.moc"
