#include "engine/jobs/JobRunner.h"
#include "engine/vault/CompressedFileWriter.h"
#include "engine/vault/LocalVaultStore.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace PgVault;

namespace {

const QDateTime Created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
constexpr qint64 BombSize = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 DeclaredSize = 4096;
constexpr qint64 MemoryLimit = 200 * 1024 * 1024;

} // namespace

/// Verify and restore as files against what a hostile or damaged vault can hold, through the real
/// runners and a real vault: a zstd bomb (a small file that expands far past the raw size its
/// manifest declares) is refused at the declared size, quickly and with bounded memory, leaving
/// nothing in the restore folder; and what restore as files writes is private (0600 files, 0700
/// folders) whatever the umask.
class TestVaultFileSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void verifyStopsAtTheDeclaredSize();
    void restoreAsFilesStopsAtTheDeclaredSizeAndLeavesNothing();
    void restoredFilesArePrivateWhateverTheUmask();

private:
    /// A committed point whose only database file is a zstd bomb; its manifest has the file's true
    /// stored size and SHA-256 but declares DeclaredSize raw bytes.
    QString addBombPoint();
    template <typename Request>
    Job run(Request request);

    std::unique_ptr<Test::TempCatalogAndVault> m_temp;
    BackupInstance m_instance;
};

void TestVaultFileSafety::init()
{
    m_temp = std::make_unique<Test::TempCatalogAndVault>();
    QVERIFY_RESULT(m_temp->create(Created));
    const QString id = m_temp->addInstance(QStringLiteral("prod"), Created);
    const Result<std::optional<BackupInstance>> found = InstanceRepository(m_temp->catalog->database()).findById(id);
    QVERIFY_RESULT(found);
    QVERIFY(found->has_value());
    m_instance = found->value();
}

void TestVaultFileSafety::cleanup()
{
    m_temp.reset();
}

QString TestVaultFileSafety::addBombPoint()
{
    const QString pointId = QStringLiteral("bomb");
    auto writer = m_temp->store->beginPoint(m_instance.id, pointId);
    if (!writer)
        return {};
    const QString fileName = PointManifest::databaseFileName(QStringLiteral("sales"));
    QIODevice *sink = writer.value()->createFile(fileName).value();
    auto compressor = CompressedFileWriter::create(sink, fileName, {1, 0});
    const QByteArray chunk(1024 * 1024, '\0');
    for (qint64 written = 0; written < BombSize; written += chunk.size())
        (void)compressor.value()->write(chunk);
    const FileDigest digest = compressor.value()->finish().value();
    (void)writer.value()->finishFile(fileName);
    PointManifest manifest;
    manifest.setPointId(pointId);
    manifest.setInstanceId(m_instance.id);
    manifest.setInstanceName(m_instance.name);
    manifest.setTime(Created.addDays(1));
    manifest.setTag(QStringLiteral("Default"));
    manifest.setDatabases({QStringLiteral("sales")});
    manifest.addFile(
        {fileName, QStringLiteral("sales"), PointFile::Kind::Database, DeclaredSize, digest.storedSize, digest.sha256});
    if (const Result<void> committed = writer.value()->commit(manifest); !committed) {
        qWarning() << committed.error().text();
        return {};
    }
    return pointId;
}

template <typename Request>
Job TestVaultFileSafety::run(Request request)
{
    JobRunner runner(m_temp->catalog->path());
    std::optional<Result<QString>> started;
    const auto callback = [&](const Result<QString> &r) {
        started = r;
    };
    if constexpr (std::is_same_v<Request, VerifyRequest>)
        runner.startVerify(m_instance, request, nullptr, callback);
    else
        runner.startRestore(m_instance, request, nullptr, callback);
    QElapsedTimer timer;
    timer.start();
    while (!started && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    Job job;
    job.status = JobTypes::Status::Failed;
    if (!started || !started->ok()) {
        job.error = started ? started->error() : Error{QStringLiteral("Test.Timeout"), {}, {}, {}};
        return job;
    }
    while (runner.runningJobs().contains(started->value()) && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const Result<std::optional<Job>> found = JobRepository(m_temp->catalog->database()).find(started->value());
    return found && found->has_value() ? found->value() : job;
}

void TestVaultFileSafety::verifyStopsAtTheDeclaredSize()
{
    VerifyRequest request;
    request.pointId = addBombPoint();
    QVERIFY(!request.pointId.isEmpty());
    Test::resetPeakResident();
    QElapsedTimer timer;
    timer.start();
    const Job job = run(request);
    const qint64 elapsed = timer.elapsed();
    const qint64 peak = Test::peakResidentBytes();
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY(job.error);
    QCOMPARE(job.error->code, QStringLiteral("Verify.FilesDiffer"));
    const QString fileName = PointManifest::databaseFileName(QStringLiteral("sales"));
    QVERIFY2(job.error->message.contains(fileName), qPrintable(job.error->message));
    // Stopped at the limit, not found out after decompressing all of it.
    QVERIFY2(job.error->message.contains(
                 QStringLiteral("decompresses to more than the manifest's %1 bytes").arg(DeclaredSize)),
        qPrintable(job.error->message));
    QCOMPARE(job.subTasks.size(), 1);
    QCOMPARE(job.subTasks.constFirst().status, JobTypes::Status::Failed);
    QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY2(peak > 0 && peak < MemoryLimit, qPrintable(QStringLiteral("peak %1 bytes").arg(peak)));
}

void TestVaultFileSafety::restoreAsFilesStopsAtTheDeclaredSizeAndLeavesNothing()
{
    RestoreRequest request;
    request.pointId = addBombPoint();
    QVERIFY(!request.pointId.isEmpty());
    request.target = RestoreRequest::Target::Folder;
    request.folder = m_temp->dir->filePath(QStringLiteral("restored"));
    Test::resetPeakResident();
    QElapsedTimer timer;
    timer.start();
    const Job job = run(request);
    const qint64 elapsed = timer.elapsed();
    const qint64 peak = Test::peakResidentBytes();
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QVERIFY(job.error);
    QCOMPARE(job.error->code, QStringLiteral("Vault.RawSizeExceeded"));
    QVERIFY2(job.error->message.contains(PointManifest::databaseFileName(QStringLiteral("sales")))
            && job.error->message.contains(QString::number(DeclaredSize)),
        qPrintable(job.error->message));
    QCOMPARE(QDir(request.folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY2(peak > 0 && peak < MemoryLimit, qPrintable(QStringLiteral("peak %1 bytes").arg(peak)));
}

void TestVaultFileSafety::restoredFilesArePrivateWhateverTheUmask()
{
    const mode_t previous = ::umask(022);
    const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
    RestoreRequest request;
    request.pointId
        = m_temp->addPoint(m_instance.id, Created.addDays(1), Created.addYears(1), RetentionRule::Kind::Default);
    QVERIFY(!request.pointId.isEmpty());
    request.target = RestoreRequest::Target::Folder;
    request.folder = m_temp->dir->filePath(QStringLiteral("restored/files"));
    const Job job = run(request);
    QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.error ? job.error->text() : job.output));
    for (const QString &folder : {m_temp->dir->filePath(QStringLiteral("restored")), request.folder})
        QVERIFY2(Test::modeOf(folder) == 0700,
            qPrintable(QStringLiteral("%1: %2").arg(folder).arg(Test::modeOf(folder), 0, 8)));
    QStringList files = QDir(request.folder).entryList(QDir::Files | QDir::Hidden);
    files.sort();
    QCOMPARE(files, (QStringList{QStringLiteral("RESTORE.txt"), QStringLiteral("db-sales.dump")}));
    for (const QString &name : files) {
        const QString path = QDir(request.folder).filePath(name);
        QVERIFY2(
            Test::modeOf(path) == 0600, qPrintable(QStringLiteral("%1: %2").arg(path).arg(Test::modeOf(path), 0, 8)));
    }
}

QTEST_GUILESS_MAIN(TestVaultFileSafety)
#include "TestVaultFileSafety.moc"
