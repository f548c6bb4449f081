#include "engine/instances/Credentials.h"
#include "engine/instances/InstanceReadiness.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/Translations.h"
#include "models/instances/InstanceLeases.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TableLockHolder.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>
#include <unistd.h>

using namespace PgVault;
using PgVault::Test::TempPostgres;

namespace {

/// One pgvaultctl run: exit code and both streams.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// pgvaultctl's engine commands end to end, as a user runs them: vaults, instances with the
/// password piped into the real keychain, backup-now against a real server and interrupted by
/// Ctrl+C or killed outright (its children, its password and its lease must not outlive it), points,
/// job cancel.
class TestPgvaultctlBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instanceAddWithoutKeychainStoresNothing();
    void vaultCreateAndList();
    void addValidateBackupAndListPoints();
    void interruptCancelsTheRunningBackup_data();
    void interruptCancelsTheRunningBackup();
    void killedBackupTakesItsChildrenAlong();
    void killedBackupLeavesNoPasswordOnDisk();
    void killedBackupFreesTheInstanceAtOnce();
    void busyInstanceAndBadRuleAreRefused();
    void jobCancelErrors();
    void wrongPasswordFailsValidateAndBackup();
    void instanceRemove();

private:
    /// Locks on relations in the test server matching the SQL condition over pg_locks.
    int lockCount(const QString &condition) const;
    static QList<qint64> childProcesses(qint64 parent);
    static bool isAlive(qint64 pid);
    static bool isPgDump(qint64 pid);
    /// Starts "backup-now shop-server" (TMPDIR = `tmpdir`) while a session locks "dumpwait",
    /// waits until pgvaultctl's own pg_dump of it waits for the lock, then kills pgvaultctl with
    /// SIGKILL, which leaves it no chance to clean up. `children` are the processes it had started.
    void killBlockedBackup(const QString &tmpdir, QList<qint64> &children);
    /// Ends the lock killBlockedBackup() took, on the server too.
    void unlockDumpwait();
    Run ctl(const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &extra = {});
    /// "instance add NAME" for the test server on the policy Nightly, the password piped in.
    Run addInstance(const QString &name,
        const QByteArray &password,
        const QStringList &options = {},
        const QProcessEnvironment &extra = {});

    TempPostgres m_pg;
    QTemporaryDir m_home;
    QString m_jobId;
    std::unique_ptr<Test::TableLockHolder> m_dumpwaitLock;
};

Run TestPgvaultctlBackup::ctl(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGVAULT_HOME"), m_home.path());
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PGVAULTCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

Run TestPgvaultctlBackup::addInstance(
    const QString &name, const QByteArray &password, const QStringList &options, const QProcessEnvironment &extra)
{
    return ctl(QStringList{QStringLiteral("instance"),
                   QStringLiteral("add"),
                   name,
                   QStringLiteral("--host"),
                   m_pg.host(),
                   QStringLiteral("--port"),
                   QString::number(m_pg.port()),
                   QStringLiteral("--user"),
                   m_pg.superuser(),
                   QStringLiteral("--policy"),
                   QStringLiteral("Nightly"),
                   QStringLiteral("--password-stdin")}
            + options,
        password + "\n",
        extra);
}

void TestPgvaultctlBackup::initTestCase()
{
    QVERIFY_RESULT(m_pg.start());
    QVERIFY_RESULT(m_pg.createDatabase(QStringLiteral("shop")));
    QVERIFY_RESULT(m_pg.psql(QStringLiteral("shop"),
        QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, total numeric); "
                       "INSERT INTO orders SELECT g, g * 1.5 FROM generate_series(1, 1000) g;")));
    // TableLockHolder locks "held" so a backup stays running as long as a test needs.
    QVERIFY_RESULT(m_pg.createDatabase(QStringLiteral("locked")));
    QVERIFY_RESULT(m_pg.psql(QStringLiteral("locked"), QStringLiteral("CREATE TABLE held (id int);")));
    // A partitioned "held" without partitions: the row count (plain tables only) passes it by, so
    // with it locked, pg_dump itself, a child of pgvaultctl, is what waits.
    QVERIFY_RESULT(m_pg.createDatabase(QStringLiteral("dumpwait")));
    QVERIFY_RESULT(
        m_pg.psql(QStringLiteral("dumpwait"), QStringLiteral("CREATE TABLE held (id int) PARTITION BY RANGE (id);")));
    const Run policy = ctl({QStringLiteral("policy"),
        QStringLiteral("create"),
        QStringLiteral("--name"),
        QStringLiteral("Nightly"),
        QStringLiteral("--days"),
        QStringLiteral("Sun"),
        QStringLiteral("--time"),
        QStringLiteral("02:00"),
        QStringLiteral("--time-zone"),
        QStringLiteral("UTC"),
        QStringLiteral("--yearly"),
        QStringLiteral("P5Y")});
    QVERIFY2(policy.exitCode == 0, qPrintable(policy.err));
}

void TestPgvaultctlBackup::instanceAddWithoutKeychainStoresNothing()
{
    QProcessEnvironment noKeychain;
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    const Run add = addInstance(QStringLiteral("nokeys"), m_pg.superuserPassword().toUtf8(), {}, noKeychain);
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains(QStringLiteral("pgvaultctl: The system keychain is not reachable")), qPrintable(add.err));
    QVERIFY(add.err.contains(QStringLiteral("Start gnome-keyring or KWallet")));
    QVERIFY(!add.err.contains(m_pg.superuserPassword()));
    const Run list = ctl({QStringLiteral("instance"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(QStringLiteral("No backup instances")), qPrintable(list.out));
    const Run vaults = ctl({QStringLiteral("vault"), QStringLiteral("list")});
    QVERIFY2(vaults.out.startsWith(QStringLiteral("No vaults yet")), qPrintable(vaults.out));
}

void TestPgvaultctlBackup::vaultCreateAndList()
{
    const QString path = QDir(m_home.path()).filePath(QStringLiteral("elsewhere/offsite"));
    const Run create = ctl(
        {QStringLiteral("vault"), QStringLiteral("create"), QStringLiteral("offsite"), QStringLiteral("--path"), path});
    QVERIFY2(create.exitCode == 0, qPrintable(create.err));
    QVERIFY(QFileInfo::exists(QDir(path).filePath(QStringLiteral("vault.json"))));
    const Run duplicate = ctl({QStringLiteral("vault"),
        QStringLiteral("create"),
        QStringLiteral("offsite"),
        QStringLiteral("--path"),
        path + QStringLiteral("2")});
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY(duplicate.err.contains(QStringLiteral("already exists")));
    QCOMPARE(ctl({QStringLiteral("vault"), QStringLiteral("create"), QStringLiteral("x")}).exitCode, 2);
    const Run list = ctl({QStringLiteral("vault"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QStringLiteral("offsite")));
}

void TestPgvaultctlBackup::addValidateBackupAndListPoints()
{
    const Run add = addInstance(QStringLiteral("shop-server"),
        m_pg.superuserPassword().toUtf8(),
        {QStringLiteral("--sslmode"), QStringLiteral("disable")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run list = ctl({QStringLiteral("instance"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QStringLiteral("shop-server")));
    QVERIFY(list.out.contains(QStringLiteral("local"))); // the default vault, created on first use
    const Run show = ctl({QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("shop-server")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(!show.out.contains(m_pg.superuserPassword()));

    const Run validate = ctl({QStringLiteral("instance"), QStringLiteral("validate"), QStringLiteral("shop-server")});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    QVERIFY(validate.out.contains(QStringLiteral("is ready")));
    // The Configure Backup wizard asks the same engine service: the same checks, word for word
    // (free space moves between the runs, so only its status is compared).
    {
        const Result<std::unique_ptr<Catalog>> catalog = Catalog::open(Home(m_home.path()).catalogPath());
        QVERIFY_RESULT(catalog);
        const Result<std::optional<BackupInstance>> instance
            = InstanceRepository(catalog.value()->database()).find(QStringLiteral("shop-server"));
        QVERIFY_RESULT(instance);
        QVERIFY(instance->has_value());
        Translations::install(); // the plural forms pgvaultctl prints, in the same locale
        CredentialResult password;
        password.secret = m_pg.superuserPassword();
        const ReadinessReport report
            = InstanceReadiness::checkInstance(catalog.value()->database(), instance->value(), password);
        const QStringList printed = validate.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(printed.size(), report.checks.size() + 1);
        for (qsizetype i = 0; i < report.checks.size(); ++i) {
            const ReadinessReport::Check &check = report.checks.at(i);
            QCOMPARE(check.status, ReadinessReport::Status::Passed);
            const QString title = InstanceReadiness::title(check.kind).toLower();
            if (check.kind == ReadinessReport::CheckKind::Space)
                QVERIFY2(printed.at(i).startsWith(QStringLiteral("ok      ") + title), qPrintable(printed.at(i)));
            else
                QCOMPARE(printed.at(i), QStringLiteral("ok      %1: %2").arg(title, check.message));
        }
    }

    const Run backup = ctl({QStringLiteral("backup-now"), QStringLiteral("shop-server")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QRegularExpressionMatch committed = QRegularExpression(
        QStringLiteral("Recovery point ([0-9a-f]{32}) committed: tag Yearly, expires (\\S+) .*Job (\\S+)\\."))
                                                  .match(backup.out);
    QVERIFY2(committed.hasMatch(), qPrintable(backup.out));
    QVERIFY(backup.err.contains(QStringLiteral("started backup job")));
    m_jobId = committed.captured(3);

    const Run points = ctl(
        {QStringLiteral("points"), QStringLiteral("shop-server"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(points.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(points.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject point = array.first().toObject();
    QCOMPARE(point.value(QLatin1String("id")).toString(), committed.captured(1));
    QCOMPARE(point.value(QLatin1String("tag")).toString(), QStringLiteral("Yearly"));
    QCOMPARE(point.value(QLatin1String("expiry")).toString(), committed.captured(2));
    QVERIFY(point.value(QLatin1String("databases")).toArray().contains(QStringLiteral("shop")));
    QVERIFY(point.value(QLatin1String("sizeBytes")).toDouble() > 0);
    QCOMPARE(point.value(QLatin1String("state")).toString(), QStringLiteral("Completed"));
    const Run table = ctl({QStringLiteral("points"), QStringLiteral("shop-server")});
    QVERIFY(table.out.contains(committed.captured(1)));
    QCOMPARE(ctl({QStringLiteral("points"),
                     QStringLiteral("shop-server"),
                     QStringLiteral("--output"),
                     QStringLiteral("yaml")})
                 .exitCode,
        2);
}

void TestPgvaultctlBackup::interruptCancelsTheRunningBackup_data()
{
    QTest::addColumn<bool>("wholeGroup");
    QTest::newRow("SIGINT to pgvaultctl") << false;
    // What Ctrl+C in a terminal does: SIGINT to every process of the foreground group. pg_dump
    // must not die of it first (the job would end Failed, not Cancelled).
    QTest::newRow("Ctrl+C in a terminal") << true;
}

void TestPgvaultctlBackup::interruptCancelsTheRunningBackup()
{
    QFETCH(bool, wholeGroup);
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(Home(m_home.path()).catalogPath());
    QVERIFY_RESULT(catalog);
    const QSqlDatabase database = catalog.value()->database();
    const auto instance = InstanceRepository(database).find(QStringLiteral("shop-server"));
    QVERIFY_RESULT(instance);
    QVERIFY(instance->has_value());
    const auto vault = VaultRepository(database).findById(instance->value().vaultId);
    QVERIFY_RESULT(vault);
    QVERIFY(vault->has_value());
    const QDir points(
        QDir(vault->value().location).filePath(QStringLiteral("instances/%1/points").arg(instance->value().id)));
    const int pointsBefore = int(points.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());

    Test::TableLockHolder lock(m_pg, QStringLiteral("locked"));
    QVERIFY(lock.process().waitForStarted());
    // End the lock holder's session on the server too (killing psql alone leaves pg_sleep
    // running), also when the test fails.
    const auto unlock = qScopeGuard([this, &lock] {
        (void)m_pg.psql(QStringLiteral("postgres"),
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'locked' "
                           "AND pid <> pg_backend_pid();"));
        lock.process().waitForFinished(10000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(lockCount(QStringLiteral("granted AND mode = 'AccessExclusiveLock'")) > 0, 10000);

    QProcess backup;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGVAULT_HOME"), m_home.path());
    backup.setProcessEnvironment(env);
    if (wholeGroup)
        backup.setChildProcessModifier([] { ::setpgid(0, 0); }); // pgvaultctl leads a group, like a shell job
    backup.start(QStringLiteral(PGVAULTCTL_PATH), {QStringLiteral("backup-now"), QStringLiteral("shop-server")});
    QVERIFY(backup.waitForStarted());
    // pg_dump of "locked" now waits for the lock, inside a running backup job with a .partial point.
    QTRY_VERIFY_WITH_TIMEOUT(lockCount(QStringLiteral("NOT granted")) > 0, 60000);
    QCOMPARE(points.entryList({QStringLiteral("*.partial")}, QDir::Dirs).size(), 1);
    const QList<qint64> children = childProcesses(backup.processId());
    QVERIFY2(!children.isEmpty(), "pgvaultctl runs no pg_dump");

    QCOMPARE(::kill(wholeGroup ? -pid_t(backup.processId()) : pid_t(backup.processId()), SIGINT), 0);
    QVERIFY(backup.waitForFinished(60000));
    const QString err = QString::fromUtf8(backup.readAllStandardError());
    QCOMPARE(backup.exitStatus(), QProcess::NormalExit);
    QCOMPARE(backup.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("pgvaultctl: cancelling backup job")), qPrintable(err));
    const QRegularExpressionMatch cancelled
        = QRegularExpression(QStringLiteral("\\npgvaultctl: Backup job (\\S+) was cancelled; no recovery point was "
                                            "created\\. Run the backup again when you are ready\\.\\n$"))
              .match(err);
    QVERIFY2(cancelled.hasMatch(), qPrintable(err));
    QCOMPARE(QString::fromUtf8(backup.readAllStandardOutput()), QString());

    // The job ended Cancelled (not left InProgress), as "pgvaultctl jobs" shows it.
    const QString jobId = cancelled.captured(1);
    const Result<std::optional<Job>> job = JobRepository(database).find(jobId);
    QVERIFY_RESULT(job);
    QVERIFY(job->has_value());
    QCOMPARE(job->value().status, JobTypes::Status::Cancelled);
    QVERIFY(job->value().end.isValid());
    const Run jobs = ctl({QStringLiteral("jobs"),
        QStringLiteral("--status"),
        QStringLiteral("Cancelled"),
        QStringLiteral("--output"),
        QStringLiteral("json")});
    QCOMPARE(jobs.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(jobs.out.toUtf8()).array();
    QStringList listedIds;
    for (const QJsonValue &value : listed)
        listedIds << value.toObject().value(QLatin1String("name")).toString();
    QVERIFY2(listedIds.contains(jobId), qPrintable(jobs.out));

    // pg_dump was stopped, the partial point removed, and no point added.
    for (const qint64 child : children)
        QTRY_VERIFY2(!isAlive(child), qPrintable(QStringLiteral("child process %1 still runs").arg(child)));
    QVERIFY(points.entryList({QStringLiteral("*.partial")}, QDir::Dirs).isEmpty());
    QCOMPARE(int(points.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()), pointsBefore);
}

void TestPgvaultctlBackup::killBlockedBackup(const QString &tmpdir, QList<qint64> &children)
{
    m_dumpwaitLock = std::make_unique<Test::TableLockHolder>(m_pg, QStringLiteral("dumpwait"));
    QVERIFY(m_dumpwaitLock->process().waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(lockCount(QStringLiteral("granted AND mode = 'AccessExclusiveLock'")) > 0, 10000);

    QProcess backup;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGVAULT_HOME"), m_home.path());
    env.insert(QStringLiteral("TMPDIR"), tmpdir);
    backup.setProcessEnvironment(env);
    backup.start(QStringLiteral(PGVAULTCTL_PATH), {QStringLiteral("backup-now"), QStringLiteral("shop-server")});
    QVERIFY(backup.waitForStarted());
    const auto waitingPgDump = [&] {
        if (lockCount(QStringLiteral("NOT granted")) == 0)
            return false;
        children = childProcesses(backup.processId());
        return std::any_of(children.begin(), children.end(), isPgDump);
    };
    QTRY_VERIFY_WITH_TIMEOUT(waitingPgDump(), 60000);
    QCOMPARE(::kill(pid_t(backup.processId()), SIGKILL), 0);
    QVERIFY(backup.waitForFinished(10000));
    QCOMPARE(backup.exitStatus(), QProcess::CrashExit);
}

void TestPgvaultctlBackup::unlockDumpwait()
{
    // Killing psql alone leaves pg_sleep running on the server.
    (void)m_pg.psql(QStringLiteral("postgres"),
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'dumpwait' "
                       "AND pid <> pg_backend_pid();"));
    if (m_dumpwaitLock)
        m_dumpwaitLock->process().waitForFinished(10000);
    m_dumpwaitLock.reset();
}

void TestPgvaultctlBackup::killedBackupTakesItsChildrenAlong()
{
    const auto unlock = qScopeGuard([this] { unlockDumpwait(); });
    QTemporaryDir tmp;
    QList<qint64> children;
    killBlockedBackup(tmp.path(), children);
    if (QTest::currentTestFailed())
        return;
    // The lock is still held: a pg_dump that survived would wait for it for another minute.
    for (const qint64 child : std::as_const(children))
        QTRY_VERIFY2_WITH_TIMEOUT(
            !isAlive(child), qPrintable(QStringLiteral("child process %1 outlived pgvaultctl").arg(child)), 5000);
}

void TestPgvaultctlBackup::killedBackupLeavesNoPasswordOnDisk()
{
    const auto unlock = qScopeGuard([this] { unlockDumpwait(); });
    QTemporaryDir tmp;
    QList<qint64> children;
    killBlockedBackup(tmp.path(), children);
    if (QTest::currentTestFailed())
        return;
    const QByteArray password = m_pg.superuserPassword().toUtf8();
    for (const QString &folder : {tmp.path(), qEnvironmentVariable("XDG_RUNTIME_DIR")}) {
        if (folder.isEmpty())
            continue;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!it.fileInfo().isFile() || !Test::readFile(path).contains(password),
                qPrintable(QStringLiteral("the password is left in %1").arg(path)));
        }
    }
}

void TestPgvaultctlBackup::killedBackupFreesTheInstanceAtOnce()
{
    const auto unlock = qScopeGuard([this] { unlockDumpwait(); });
    QTemporaryDir tmp;
    QList<qint64> children;
    killBlockedBackup(tmp.path(), children);
    if (QTest::currentTestFailed())
        return;
    unlockDumpwait();
    // The killed job's lease is still in the catalog, far from expiring; its holder is gone.
    QElapsedTimer timer;
    timer.start();
    const Run backup = ctl({QStringLiteral("backup-now"), QStringLiteral("shop-server")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(timer.elapsed() < InstanceLeases::TtlMs);
    QVERIFY2(backup.out.contains(QStringLiteral("committed")), qPrintable(backup.out));
}

int TestPgvaultctlBackup::lockCount(const QString &condition) const
{
    const Result<QString> count = m_pg.psql(QStringLiteral("postgres"),
        QStringLiteral("SELECT count(*) FROM pg_locks WHERE relation IS NOT NULL AND %1;").arg(condition));
    return count ? count.value().trimmed().toInt() : -1;
}

QList<qint64> TestPgvaultctlBackup::childProcesses(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
        const QByteArray stat = Test::readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            children << pid;
    }
    return children;
}

bool TestPgvaultctlBackup::isPgDump(qint64 pid)
{
    // argv[0] of pg_dump, not pg_dumpall.
    const QByteArray program = Test::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid)).split('\0').value(0);
    return program.endsWith("/pg_dump") || program == "pg_dump";
}

bool TestPgvaultctlBackup::isAlive(qint64 pid)
{
    const QByteArray stat = Test::readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    // Gone, or a zombie nobody has reaped yet: either way it no longer runs.
    return !stat.isEmpty() && stat.mid(stat.lastIndexOf(')') + 2, 1) != "Z";
}

void TestPgvaultctlBackup::busyInstanceAndBadRuleAreRefused()
{
    const Run badRule = ctl({QStringLiteral("backup-now"),
        QStringLiteral("shop-server"),
        QStringLiteral("--rule"),
        QStringLiteral("Monthly")});
    QCOMPARE(badRule.exitCode, 2);
    QVERIFY2(badRule.err.contains(QStringLiteral("Yearly, Default")), qPrintable(badRule.err));
    QCOMPARE(ctl({QStringLiteral("backup-now"), QStringLiteral("nosuch")}).exitCode, 2);

    // Another process's job holds the instance.
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(Home(m_home.path()).catalogPath());
    QVERIFY_RESULT(catalog);
    const auto instance = InstanceRepository(catalog.value()->database()).find(QStringLiteral("shop-server"));
    InstanceLeases leases(catalog.value()->database());
    QVERIFY_RESULT(leases.claim(instance->value().id,
        QStringLiteral("other-job"),
        QStringLiteral("elsewhere:1"),
        QDateTime::currentDateTimeUtc()));
    const Run busy = ctl({QStringLiteral("backup-now"), QStringLiteral("shop-server")});
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.err.contains(QStringLiteral("other-job")) && busy.err.contains(QStringLiteral("already running")),
        qPrintable(busy.err));
    const Run remove = ctl({QStringLiteral("instance"),
        QStringLiteral("remove"),
        QStringLiteral("shop-server"),
        QStringLiteral("--retain-forever")});
    QCOMPARE(remove.exitCode, 1);
    QVERIFY(remove.err.contains(QStringLiteral("other-job")));
    QVERIFY_RESULT(leases.release(instance->value().id, QStringLiteral("other-job")));
}

void TestPgvaultctlBackup::jobCancelErrors()
{
    QCOMPARE(ctl({QStringLiteral("job"), QStringLiteral("cancel"), QStringLiteral("no-such-job")}).exitCode, 2);
    const Run finished = ctl({QStringLiteral("job"), QStringLiteral("cancel"), m_jobId});
    QCOMPARE(finished.exitCode, 1);
    QVERIFY2(finished.err.contains(QStringLiteral("is not running")), qPrintable(finished.err));
    QCOMPARE(ctl({QStringLiteral("job"), QStringLiteral("cancel")}).exitCode, 2);
}

void TestPgvaultctlBackup::wrongPasswordFailsValidateAndBackup()
{
    // One server is protected once: "shop-server" has it, however its host is spelled.
    for (const QString &host : {m_pg.host(), QStringLiteral("LocalHost")}) {
        const Run duplicate = addInstance(QStringLiteral("wrong-pw"),
            "not-the-password",
            {QStringLiteral("--host"), host, QStringLiteral("--user"), QStringLiteral("someone")});
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY2(duplicate.err.contains(QStringLiteral("already protected by the backup instance \"shop-server\"")),
            qPrintable(duplicate.err));
    }
    // Stopped, it no longer counts; it is resumed below.
    const Run stop = ctl({QStringLiteral("instance"),
        QStringLiteral("remove"),
        QStringLiteral("shop-server"),
        QStringLiteral("--retain-forever")});
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
    const Run add = addInstance(QStringLiteral("wrong-pw"), "not-the-password");
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run resumeRefused = ctl({QStringLiteral("instance"),
                                      QStringLiteral("resume"),
                                      QStringLiteral("shop-server"),
                                      QStringLiteral("--password-stdin")},
        m_pg.superuserPassword().toUtf8() + "\n");
    QCOMPARE(resumeRefused.exitCode, 2);
    QVERIFY2(resumeRefused.err.contains(QStringLiteral("\"wrong-pw\"")), qPrintable(resumeRefused.err));
    const Run validate = ctl({QStringLiteral("instance"), QStringLiteral("validate"), QStringLiteral("wrong-pw")});
    QCOMPARE(validate.exitCode, 1);
    QVERIFY2(validate.out.contains(QStringLiteral("FAILED  connection")), qPrintable(validate.out));
    QVERIFY(validate.out.contains(QStringLiteral("Check the user name and password.")));
    QVERIFY(validate.out.contains(QStringLiteral("ok      vault")));
    QVERIFY(validate.err.contains(QStringLiteral("check(s) failed"))
        || validate.err.contains(QStringLiteral("check failed")));

    const Run backup = ctl({QStringLiteral("backup-now"), QStringLiteral("wrong-pw")});
    QCOMPARE(backup.exitCode, 1);
    QVERIFY2(backup.err.contains(QStringLiteral("failed: The server"))
            && backup.err.contains(QStringLiteral("rejected the login")),
        qPrintable(backup.err));
    QVERIFY(!backup.err.contains(QStringLiteral("not-the-password")));
    const Run points = ctl(
        {QStringLiteral("points"), QStringLiteral("wrong-pw"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(points.out.toUtf8()).array().size(), 0);
    QCOMPARE(ctl({QStringLiteral("instance"),
                     QStringLiteral("remove"),
                     QStringLiteral("wrong-pw"),
                     QStringLiteral("--delete-data")})
                 .exitCode,
        0);
    const Run resume = ctl({QStringLiteral("instance"),
                               QStringLiteral("resume"),
                               QStringLiteral("shop-server"),
                               QStringLiteral("--password-stdin")},
        m_pg.superuserPassword().toUtf8() + "\n");
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
    QVERIFY(resume.out.contains(QStringLiteral("Resumed protection")));
}

void TestPgvaultctlBackup::instanceRemove()
{
    const QString name = QStringLiteral("shop-server");
    const auto remove = [&](const QStringList &options) {
        return ctl(QStringList{QStringLiteral("instance"), QStringLiteral("remove"), name} + options);
    };
    for (const QStringList &options :
        {QStringList{}, QStringList{QStringLiteral("--retain-forever"), QStringLiteral("--delete-data")}}) {
        const Run refused = remove(options);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--retain-as-per-policy, --retain-forever or --delete-data")),
            qPrintable(refused.err));
    }

    // Change policy: existing points keep their expiry.
    const Run before = ctl({QStringLiteral("points"), name, QStringLiteral("--output"), QStringLiteral("json")});
    const QJsonArray pointsBefore = QJsonDocument::fromJson(before.out.toUtf8()).array();
    QVERIFY(!pointsBefore.isEmpty());
    const Run policy = ctl({QStringLiteral("policy"),
        QStringLiteral("create"),
        QStringLiteral("--name"),
        QStringLiteral("Weekly-Short"),
        QStringLiteral("--days"),
        QStringLiteral("Mon"),
        QStringLiteral("--time"),
        QStringLiteral("03:00"),
        QStringLiteral("--time-zone"),
        QStringLiteral("UTC")});
    QVERIFY2(policy.exitCode == 0, qPrintable(policy.err));
    const Run setPolicy
        = ctl({QStringLiteral("instance"), QStringLiteral("set-policy"), name, QStringLiteral("Weekly-Short")});
    QVERIFY2(setPolicy.exitCode == 0, qPrintable(setPolicy.err));
    QVERIFY2(setPolicy.out.contains(QStringLiteral("existing points keep their expiry")), qPrintable(setPolicy.out));
    QVERIFY(
        ctl({QStringLiteral("instance"), QStringLiteral("show"), name}).out.contains(QStringLiteral("Weekly-Short")));
    const Run after = ctl({QStringLiteral("points"), name, QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).array(), pointsBefore);
    QCOMPARE(ctl({QStringLiteral("instance"), QStringLiteral("set-policy"), name, QStringLiteral("no-such-policy")})
                 .exitCode,
        2);

    // Retain as per policy: stopped, listed, never backed up, still restorable.
    const Run asPerPolicy = remove({QStringLiteral("--retain-as-per-policy")});
    QVERIFY2(asPerPolicy.exitCode == 0, qPrintable(asPerPolicy.err));
    const Run list = ctl({QStringLiteral("instance"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("Protection stopped (retain as per policy)")), qPrintable(list.out));
    const Run backup = ctl({QStringLiteral("backup-now"), name});
    QCOMPARE(backup.exitCode, 2);
    QVERIFY2(backup.err.contains(QStringLiteral("is stopped")), qPrintable(backup.err));
    QTemporaryDir folder;
    const Run restore = ctl(
        {QStringLiteral("restore"), name, QStringLiteral("latest"), QStringLiteral("--to-folder"), folder.path()});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QVERIFY(QFileInfo::exists(QDir(folder.path()).filePath(QStringLiteral("db-shop.dump"))));

    // Retain forever: the points never expire.
    QCOMPARE(remove({QStringLiteral("--retain-forever")}).exitCode, 0);
    const Run forever = ctl({QStringLiteral("points"), name});
    QVERIFY2(forever.out.contains(QStringLiteral("never (retained forever)")), qPrintable(forever.out));
    const Run json = ctl({QStringLiteral("points"), name, QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8())
                .array()
                .first()
                .toObject()
                .value(QLatin1String("retainedForever"))
                .toBool());

    // Delete data: the points leave vault and catalog, and the instance goes.
    const Run deleted = remove({QStringLiteral("--delete-data")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY2(deleted.out.contains(QStringLiteral("deleted its %1 recovery point").arg(pointsBefore.size())),
        qPrintable(deleted.out));
    QCOMPARE(ctl({QStringLiteral("instance"), QStringLiteral("show"), name}).exitCode, 2);
    QDirIterator dumps(m_home.path(), {QStringLiteral("db-shop.dump.zst")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!dumps.hasNext(), qPrintable(dumps.next()));
}

QTEST_GUILESS_MAIN(TestPgvaultctlBackup)
#include "TestPgvaultctlBackup.moc"
