#include "models/instances/InstanceLeases.h"
#include "tests/faults/FaultFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace PgVault;
using PgVault::Test::FaultFixture;
using PgVault::Test::TempPostgres;

namespace {

/// What one iteration runs and then kills.
enum class Operation { Backup, RestoreToFolder, RestoreToServer };

constexpr int Iterations = 50;
constexpr quint32 DefaultSeed = 20261205;

} // namespace

/// pgvaultctl killed with SIGKILL at random moments of backups of a real server and restores
/// into a second one (a restore into the source would change what the next backups hold): no partial point is ever
/// listed, every listed point verifies, no tool outlives it, the instance is free for the next backup at once, a
/// restore target is untouched or its job failed (never silently partial), and in the end the newest point restores to
/// the source's data. The seed is printed; PGVAULT_FAULT_SEED replays a run.
class TestKilledJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAtRandomMoments();
    void newestPointRestoresTheSource();

private:
    QStringList arguments(Operation operation, int iteration) const;
    QByteArray targetPassword() const { return m_target.superuserPassword().toUtf8() + "\n"; }
    /// Runs `operation` to its end and returns how long it took.
    qint64 calibrate(Operation operation);
    /// The vault holds no .partial point, and its points are exactly the ones listed, each Completed;
    /// verifies those not verified before.
    void checkPoints();
    void checkFolderTarget(const QString &folder, const QString &jobId, const QString &status);
    void checkServerTarget(const QString &database, const QString &jobId, const QString &status);

    FaultFixture m_fixture;
    TempPostgres m_target; ///< where the restores to a server go
    QTemporaryDir m_out;
    QString m_shopDigest;
    QStringList m_folderFiles; ///< what a finished restore to a folder writes
    QSet<QString> m_verified;
    QMap<Operation, qint64> m_durationMs;
    int m_killed = 0;
    int m_finishedFirst = 0;
    int m_backups = 0;
    int m_restores = 0;
    int m_partialDatabasesReported = 0;
    int m_partialFoldersReported = 0;
    int m_leftoverTempFiles = 0;
};

void TestKilledJobs::initTestCase()
{
    QVERIFY_RESULT(m_fixture.start());
    QVERIFY_RESULT(m_target.start());
    const Result<QString> digest = m_fixture.tableDigest(QStringLiteral("shop"));
    QVERIFY_RESULT(digest);
    m_shopDigest = digest.value();
    // How long each operation takes here, so the kills spread over its whole run.
    for (const Operation operation : {Operation::Backup, Operation::RestoreToFolder, Operation::RestoreToServer}) {
        m_durationMs.insert(operation, calibrate(operation));
        if (QTest::currentTestFailed())
            return;
    }
    m_folderFiles = QDir(m_out.filePath(QStringLiteral("target--1"))).entryList(QDir::Files);
    QVERIFY(m_folderFiles.contains(QStringLiteral("db-shop.dump")));
    QVERIFY(m_folderFiles.contains(QStringLiteral("RESTORE.txt")));
    qInfo("one backup takes %lld ms, a restore to a folder %lld ms, to the server %lld ms",
        m_durationMs.value(Operation::Backup),
        m_durationMs.value(Operation::RestoreToFolder),
        m_durationMs.value(Operation::RestoreToServer));
}

QStringList TestKilledJobs::arguments(Operation operation, int iteration) const
{
    const QString instance = QStringLiteral("shop-server");
    switch (operation) {
    case Operation::Backup:
        return {QStringLiteral("backup-now"), instance};
    case Operation::RestoreToFolder:
        return {QStringLiteral("restore"),
            instance,
            QStringLiteral("latest"),
            QStringLiteral("--to-folder"),
            m_out.filePath(QStringLiteral("target-%1").arg(iteration))};
    case Operation::RestoreToServer:
        return QStringList{QStringLiteral("restore"), instance, QStringLiteral("latest")}
        + FaultFixture::serverOptions(m_target)
            + QStringList{QStringLiteral("--database"), QStringLiteral("shop=shop_k%1").arg(iteration)};
    }
    return {};
}

qint64 TestKilledJobs::calibrate(Operation operation)
{
    QElapsedTimer timer;
    timer.start();
    const FaultFixture::Run run = m_fixture.ctl(arguments(operation, -1), targetPassword());
    [&] {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }();
    return timer.elapsed();
}

void TestKilledJobs::killAtRandomMoments()
{
    const quint32 seed = qEnvironmentVariableIsSet("PGVAULT_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("PGVAULT_FAULT_SEED"))
        : DefaultSeed;
    qInfo("seed %u (set PGVAULT_FAULT_SEED to replay)", seed);
    QRandomGenerator random(seed);
    const QString pointsFolder = FaultFixture::pointsFolder(m_fixture.localVault());
    QVERIFY(!pointsFolder.isEmpty());
    checkPoints();

    for (int i = 0; i < Iterations; ++i) {
        // 30 backups, 10 restores to a folder, 10 to the server.
        const Operation operation = i % 5 == 1 ? Operation::RestoreToFolder
            : i % 5 == 3                       ? Operation::RestoreToServer
                                               : Operation::Backup;
        (operation == Operation::Backup ? m_backups : m_restores)++;
        // Anywhere from before the job starts to just after a run of typical length ends.
        const int delayMs = int(random.bounded(m_durationMs.value(operation) * 11 / 10 + 1));

        QProcess process;
        process.setProcessEnvironment(m_fixture.environment());
        process.start(QStringLiteral(PGVAULTCTL_PATH), arguments(operation, i));
        QVERIFY(process.waitForStarted());
        process.write(targetPassword());
        process.closeWriteChannel();
        bool killed = false;
        if (!process.waitForFinished(delayMs)) {
            QCOMPARE(::kill(pid_t(process.processId()), SIGKILL), 0);
            QVERIFY(process.waitForFinished(10000));
            killed = process.exitStatus() == QProcess::CrashExit;
        }
        (killed ? m_killed : m_finishedFirst)++;
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QString jobId = FaultFixture::startedJob(err);
        const QString context = QStringLiteral("iteration %1 (%2 ms, %3): %4")
                                    .arg(i)
                                    .arg(delayMs)
                                    .arg(killed ? QStringLiteral("killed") : QStringLiteral("finished"), err);
        if (!killed)
            QVERIFY2(process.exitCode() == 0, qPrintable(context));

        // The tools it started die with it (they get SIGTERM from the kernel).
        QTRY_VERIFY2_WITH_TIMEOUT(m_fixture.runningTools().isEmpty(), qPrintable(context), 10000);

        // The instance is free at once: the next backup neither waits for nor trips over the lease.
        QElapsedTimer timer;
        timer.start();
        const FaultFixture::Run next = m_fixture.ctl({QStringLiteral("backup-now"), QStringLiteral("shop-server")});
        QVERIFY2(next.exitCode == 0, qPrintable(context + QStringLiteral("\nnext backup: ") + next.err));
        QVERIFY2(timer.elapsed() < InstanceLeases::TtlMs, qPrintable(context));

        // The killed job is reported as failed once its instance was taken over, never left running.
        const QString status = jobId.isEmpty() ? QString() : m_fixture.jobStatus(jobId);
        if (!jobId.isEmpty()) {
            const QStringList expected = killed ? QStringList{QStringLiteral("Failed"), QStringLiteral("Completed")}
                                                : QStringList{QStringLiteral("Completed")};
            QVERIFY2(expected.contains(status), qPrintable(context + QStringLiteral("\njob status: ") + status));
        }
        checkPoints();
        if (QTest::currentTestFailed())
            return;
        if (operation == Operation::RestoreToFolder)
            checkFolderTarget(m_out.filePath(QStringLiteral("target-%1").arg(i)), jobId, status);
        else if (operation == Operation::RestoreToServer)
            checkServerTarget(QStringLiteral("shop_k%1").arg(i), jobId, status);
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << context;
            return;
        }
    }
    qInfo("%d operations (%d backups, %d restores): %d killed, %d finished before their kill; %d points verified; "
          "%d partly restored databases and %d partly renamed folders, each reported by a failed job; %d temporary "
          "files left in target folders",
        Iterations,
        m_backups,
        m_restores,
        m_killed,
        m_finishedFirst,
        int(m_verified.size()),
        m_partialDatabasesReported,
        m_partialFoldersReported,
        m_leftoverTempFiles);
    QVERIFY2(m_killed >= Iterations / 2, "too few runs were killed to mean anything; check the calibration");
}

void TestKilledJobs::checkPoints()
{
    const QString folder = FaultFixture::pointsFolder(m_fixture.localVault());
    const QDir points(folder);
    const QStringList partial = points.entryList({QStringLiteral("*.partial")}, QDir::Dirs | QDir::Hidden);
    QVERIFY2(partial.isEmpty(), qPrintable(partial.join(QLatin1Char(' '))));
    const Result<QMap<QString, QString>> listed = m_fixture.listedPoints();
    QVERIFY_RESULT(listed);
    QStringList stored = points.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    stored.sort();
    QCOMPARE(stored, listed->keys());
    for (auto it = listed->begin(); it != listed->end(); ++it) {
        QVERIFY2(
            it.value().startsWith(QLatin1String("Completed")), qPrintable(it.key() + QLatin1Char(' ') + it.value()));
        QVERIFY(QFileInfo::exists(points.filePath(it.key() + QStringLiteral("/manifest.json"))));
        if (m_verified.contains(it.key()))
            continue;
        const FaultFixture::Run verified
            = m_fixture.ctl({QStringLiteral("verify"), QStringLiteral("shop-server"), it.key()});
        QVERIFY2(verified.exitCode == 0, qPrintable(it.key() + QStringLiteral(": ") + verified.err));
        m_verified.insert(it.key());
    }
}

void TestKilledJobs::checkFolderTarget(const QString &folder, const QString &jobId, const QString &status)
{
    const QDir target(folder);
    const QStringList files = target.entryList(QDir::Files);
    // The names appear only once every file passed its checks, RESTORE.txt last. A kill during
    // those renames leaves some of them: then the job is reported failed and RESTORE.txt, which
    // says how to use the files, is missing.
    if (status == QLatin1String("Completed")) {
        QCOMPARE(files, m_folderFiles);
    } else if (!files.isEmpty()) {
        QVERIFY2(!jobId.isEmpty(), "files appeared before the restore job existed");
        QCOMPARE(status, QStringLiteral("Failed"));
        for (const QString &name : files)
            QVERIFY2(m_folderFiles.contains(name), qPrintable(name));
        if (files != m_folderFiles) {
            QVERIFY2(!files.contains(QStringLiteral("RESTORE.txt")), qPrintable(files.join(QLatin1Char(' '))));
            ++m_partialFoldersReported;
        }
    }
    // A killed restore cannot remove its hidden work files; they never carry a final name.
    const QStringList all = target.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : all) {
        if (files.contains(name))
            continue;
        QVERIFY2(name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".part")), qPrintable(name));
        ++m_leftoverTempFiles;
    }
}

void TestKilledJobs::checkServerTarget(const QString &database, const QString &jobId, const QString &status)
{
    const Result<QString> exists = m_target.psql(QStringLiteral("postgres"),
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1';").arg(database));
    QVERIFY_RESULT(exists);
    if (exists->trimmed() == QLatin1String("0"))
        return; // untouched
    QVERIFY2(!jobId.isEmpty(), "a database was created before the restore job existed");
    if (status == QLatin1String("Completed")) {
        const Result<QString> digest = FaultFixture::tableDigest(m_target, database);
        QVERIFY_RESULT(digest);
        QCOMPARE(digest.value(), m_shopDigest);
    } else {
        QCOMPARE(status, QStringLiteral("Failed"));
        ++m_partialDatabasesReported;
    }
    QVERIFY_RESULT(
        m_target.psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1 WITH (FORCE);").arg(database)));
}

void TestKilledJobs::newestPointRestoresTheSource()
{
    const FaultFixture::Run restored
        = m_fixture.ctl(QStringList{QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")}
                + FaultFixture::serverOptions(m_target)
                + QStringList{QStringLiteral("--database"),
                    QStringLiteral("shop=shop_final"),
                    QStringLiteral("--database"),
                    QStringLiteral("crm=crm_final")},
            targetPassword());
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    for (const QString &database : FaultFixture::sourceDatabases()) {
        const Result<QString> source = m_fixture.tableDigest(database);
        const Result<QString> copy = FaultFixture::tableDigest(m_target, database + QStringLiteral("_final"));
        QVERIFY_RESULT(source);
        QVERIFY_RESULT(copy);
        QVERIFY(!source->trimmed().isEmpty());
        QCOMPARE(copy.value(), source.value());
    }
}

QTEST_GUILESS_MAIN(TestKilledJobs)
#include "TestKilledJobs.moc"
