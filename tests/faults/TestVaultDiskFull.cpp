#include "tests/faults/FaultFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace PgVault;
using PgVault::Test::FaultFixture;

namespace {

constexpr qint64 FilesystemBytes = 32 * 1024 * 1024;
constexpr qint64 LeftFreeBytes = 256 * 1024;

} // namespace

/// A backup into a vault whose disk fills up: the job fails with the disk-full error, no partial
/// point is left or listed, the points already there still verify, and once space is freed the
/// next backup succeeds. The vault lives on a 32 MB tmpfs (the test runs as root here and in CI);
/// without root, a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored) makes the writes fail instead.
class TestVaultDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskFailsTheBackupAndKeepsTheVault();

private:
    /// Fills the small filesystem up to LeftFreeBytes, or limits the size of files pgvaultctl writes.
    void takeTheSpace();
    void freeTheSpace();
    FaultFixture::Run backup();
    QStringList pointIds() const;

    FaultFixture m_fixture;
    QTemporaryDir m_mountDir;
    QString m_vaultPath;
    bool m_mounted = false;
    qint64 m_fileSizeLimit = 0; ///< without root: the limit while the space is "taken", else 0
};

void TestVaultDiskFull::initTestCase()
{
    QVERIFY_RESULT(m_fixture.startWithoutInstance());
    const QByteArray mountPoint = QFile::encodeName(m_mountDir.path());
    const QByteArray options = "size=" + QByteArray::number(FilesystemBytes) + ",mode=0700";
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("PGVAULT_FAULT_NO_MOUNT"))
        m_mounted = ::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, options.constData()) == 0;
    qInfo(m_mounted ? "the vault is on a %lld-byte tmpfs"
                    : "not root: file size limit instead of a full disk (a %lld-byte tmpfs needs root)",
        FilesystemBytes);
    m_vaultPath = QDir(m_mountDir.path()).filePath(QStringLiteral("vault"));
    const FaultFixture::Run created = m_fixture.ctl({QStringLiteral("vault"),
        QStringLiteral("create"),
        QStringLiteral("small"),
        QStringLiteral("--path"),
        m_vaultPath});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY_RESULT(
        m_fixture.addInstance(QStringLiteral("small-server"), {QStringLiteral("--vault"), QStringLiteral("small")}));
}

void TestVaultDiskFull::cleanupTestCase()
{
    if (m_mounted)
        QCOMPARE(::umount2(QFile::encodeName(m_mountDir.path()).constData(), MNT_DETACH), 0);
}

FaultFixture::Run TestVaultDiskFull::backup()
{
    const qint64 limit = m_fileSizeLimit;
    return m_fixture.ctl(
        {QStringLiteral("backup-now"), QStringLiteral("small-server")}, {}, [limit](QProcess &process) {
            if (limit == 0)
                return;
            process.setChildProcessModifier([limit] {
                const rlimit size{rlim_t(limit), rlim_t(limit)};
                ::setrlimit(RLIMIT_FSIZE, &size);
                ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing
            });
        });
}

QStringList TestVaultDiskFull::pointIds() const
{
    const QString folder = FaultFixture::pointsFolder(m_vaultPath);
    return folder.isEmpty() ? QStringList() : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

void TestVaultDiskFull::takeTheSpace()
{
    if (!m_mounted) {
        // Half the largest file a backup writes.
        qint64 largest = 0;
        const QString folder = FaultFixture::pointsFolder(m_vaultPath) + QLatin1Char('/') + pointIds().constFirst();
        for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files))
            largest = std::max(largest, file.size());
        m_fileSizeLimit = largest / 2;
        QVERIFY(m_fileSizeLimit > 0);
        return;
    }
    struct statvfs info;
    QCOMPARE(::statvfs(QFile::encodeName(m_mountDir.path()).constData(), &info), 0);
    const qint64 free = qint64(info.f_bavail) * qint64(info.f_bsize);
    QVERIFY2(free > LeftFreeBytes, "the first point filled the test filesystem; raise FilesystemBytes");
    QFile filler(QDir(m_mountDir.path()).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    for (qint64 written = 0; written < free - LeftFreeBytes; written += block.size())
        QCOMPARE(filler.write(block), qint64(block.size()));
    QVERIFY(filler.flush());
}

void TestVaultDiskFull::freeTheSpace()
{
    m_fileSizeLimit = 0;
    if (m_mounted)
        QVERIFY(QFile::remove(QDir(m_mountDir.path()).filePath(QStringLiteral("filler"))));
}

void TestVaultDiskFull::fullDiskFailsTheBackupAndKeepsTheVault()
{
    const FaultFixture::Run first = backup();
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QStringList before = pointIds();
    QCOMPARE(before.size(), 1);

    takeTheSpace();
    if (QTest::currentTestFailed())
        return;
    const FaultFixture::Run full = backup();
    QCOMPARE(full.exitCode, 1);
    qInfo().noquote() << "the backup on a full disk said:" << full.err.trimmed();
    if (m_mounted) {
        QVERIFY2(full.err.contains(QStringLiteral("The disk holding the vault is full")), qPrintable(full.err));
        QVERIFY2(full.err.contains(QStringLiteral("Free space on that disk")), qPrintable(full.err));
    } else {
        QVERIFY2(full.err.contains(QStringLiteral("File too large")), qPrintable(full.err));
    }
    QVERIFY2(full.err.contains(QStringLiteral(".zst")) || full.err.contains(m_vaultPath), qPrintable(full.err));
    const QString jobId = FaultFixture::startedJob(full.err);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(m_fixture.jobStatus(jobId), QStringLiteral("Failed"));

    // No partial point, on disk or listed; the point already there is whole.
    QCOMPARE(pointIds(), before);
    const Result<QMap<QString, QString>> listed = m_fixture.listedPoints(QStringLiteral("small-server"));
    QVERIFY_RESULT(listed);
    QCOMPARE(listed->keys(), before);
    const FaultFixture::Run verified
        = m_fixture.ctl({QStringLiteral("verify"), QStringLiteral("small-server"), before.first()});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));

    freeTheSpace();
    const FaultFixture::Run next = backup();
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(pointIds().size(), 2);
    for (const QString &point : pointIds()) {
        const FaultFixture::Run again
            = m_fixture.ctl({QStringLiteral("verify"), QStringLiteral("small-server"), point});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }
}

QTEST_GUILESS_MAIN(TestVaultDiskFull)
#include "TestVaultDiskFull.moc"
