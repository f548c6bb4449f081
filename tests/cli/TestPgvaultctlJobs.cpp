#include "models/Catalog.h"
#include "models/Home.h"
#include "tests/support/SeedJobs.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace PgVault;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// `pgvaultctl jobs` and `job show` against a seeded catalog: the time window, the filters, the
/// Azure-shaped JSON and the exit codes (2 for bad input).
class TestPgvaultctlJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultWindowIsTheLast24Hours();
    void sinceWidensTheWindow_data();
    void sinceWidensTheWindow();
    void filtersByStatusOperationAndInstance();
    void jsonIsAnArrayOfAzureJobResources();
    void showIsReadableAndJson();
    void badInput_data();
    void badInput();

private:
    Run ctl(const QStringList &arguments) const;

    QTemporaryDir m_home;
    QList<Job> m_jobs;
};

void TestPgvaultctlJobs::initTestCase()
{
    Result<std::unique_ptr<Catalog>> catalog = Catalog::open(Home(m_home.path()).catalogPath());
    QVERIFY_RESULT(catalog);
    JobRepository repository((*catalog)->database());
    // pgvaultctl's window ends at the real "now", so the seed does too.
    Result<QList<Job>> seeded = Test::SeedJobs::seed(repository, QDateTime::currentDateTimeUtc());
    QVERIFY_RESULT(seeded);
    m_jobs = seeded.value();
}

Run TestPgvaultctlJobs::ctl(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGVAULT_HOME"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PGVAULTCTL_PATH), arguments + QStringList{QStringLiteral("--home"), m_home.path()});
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("pgvaultctl did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

static int jsonCount(const Run &run)
{
    return int(QJsonDocument::fromJson(run.out.toUtf8()).array().size());
}

void TestPgvaultctlJobs::defaultWindowIsTheLast24Hours()
{
    const Run run = ctl({QStringLiteral("jobs")});
    QCOMPARE(run.exitCode, 0);
    // A header line plus one line per job.
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), Test::SeedJobs::PerDay + 1);
    QVERIFY(run.out.startsWith(QStringLiteral("ID")));
    QVERIFY(run.out.contains(QStringLiteral("ScheduledBackup")));
    QVERIFY(run.out.contains(QStringLiteral("OnDemandBackup")));
}

void TestPgvaultctlJobs::sinceWidensTheWindow_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<int>("count");
    QTest::newRow("24h") << QStringLiteral("24h") << Test::SeedJobs::PerDay;
    QTest::newRow("7d") << QStringLiteral("7d") << 3 * Test::SeedJobs::PerDay;
    QTest::newRow("ISO P2D") << QStringLiteral("P2D") << 2 * Test::SeedJobs::PerDay;
    QTest::newRow("ISO PT40H") << QStringLiteral("PT40H") << 2 * Test::SeedJobs::PerDay;
    QTest::newRow("1w") << QStringLiteral("1w") << 3 * Test::SeedJobs::PerDay;
}

void TestPgvaultctlJobs::sinceWidensTheWindow()
{
    QFETCH(QString, since);
    QFETCH(int, count);
    const Run run = ctl(
        {QStringLiteral("jobs"), QStringLiteral("--since"), since, QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonCount(run), count);
}

void TestPgvaultctlJobs::filtersByStatusOperationAndInstance()
{
    const QStringList json{QStringLiteral("--output"), QStringLiteral("json")};
    Run run = ctl(QStringList{QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("Failed")} + json);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonCount(run), 5);
    run = ctl(
        QStringList{QStringLiteral("jobs"), QStringLiteral("--operation"), QStringLiteral("OnDemandBackup")} + json);
    QCOMPARE(jsonCount(run), 5);
    for (const QJsonValue &job : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        const QJsonObject properties = job.toObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("operation")).toString(), QStringLiteral("Backup"));
        QVERIFY(properties.value(QStringLiteral("isUserTriggered")).toBool());
    }
    run = ctl(QStringList{QStringLiteral("jobs"),
                  QStringLiteral("--instance"),
                  QStringLiteral("alpha"),
                  QStringLiteral("--since"),
                  QStringLiteral("7d"),
                  QStringLiteral("--status"),
                  QStringLiteral("completed")}
        + json);
    QCOMPARE(run.exitCode, 0);
    for (const QJsonValue &job : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        const QJsonObject properties = job.toObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("backupInstanceFriendlyName")).toString(), QStringLiteral("alpha"));
        QCOMPARE(properties.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    }
    QVERIFY(jsonCount(run) > 0);
}

void TestPgvaultctlJobs::jsonIsAnArrayOfAzureJobResources()
{
    const Run run = ctl({QStringLiteral("jobs"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(jobs.size(), Test::SeedJobs::PerDay);
    // Written job by job, it is still exactly the indented array QJsonDocument writes.
    QCOMPARE(run.out, QString::fromUtf8(QJsonDocument(jobs).toJson(QJsonDocument::Indented)));
    const Run none = ctl({QStringLiteral("jobs"),
        QStringLiteral("--instance"),
        QStringLiteral("no-such-instance"),
        QStringLiteral("--output"),
        QStringLiteral("json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QStringLiteral("[\n]\n"));
    for (const QJsonValue &value : jobs) {
        const QJsonObject job = value.toObject();
        QCOMPARE(QStringList(job.keys()),
            (QStringList{
                QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("properties"), QStringLiteral("type")}));
        QCOMPARE(job.value(QStringLiteral("type")).toString(),
            QStringLiteral("Microsoft.DataProtection/backupVaults/backupJobs"));
        const QJsonObject properties = job.value(QStringLiteral("properties")).toObject();
        const bool running = properties.value(QStringLiteral("status")).toString() == QLatin1String("InProgress");
        QCOMPARE(properties.value(QStringLiteral("endTime")).isNull(), running);
        QCOMPARE(properties.value(QStringLiteral("errorDetails")).isArray(),
            properties.value(QStringLiteral("status")).toString() == QLatin1String("Failed"));
    }
}

void TestPgvaultctlJobs::showIsReadableAndJson()
{
    Job failed;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.status == JobTypes::Status::Failed) {
            failed = job;
            break;
        }
    }
    Run run = ctl({QStringLiteral("job"), QStringLiteral("show"), failed.id});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(failed.id));
    QVERIFY(run.out.contains(QStringLiteral("Error Backup.DumpFailed")));
    QVERIFY(run.out.contains(QStringLiteral("Recommended action: Check that the server")));
    QVERIFY(run.out.contains(QStringLiteral("1. Dump database shop  Failed")));
    QVERIFY(run.out.contains(QStringLiteral("pg_dump: error")));

    run = ctl(
        {QStringLiteral("job"), QStringLiteral("show"), failed.id, QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject job = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(job.value(QStringLiteral("name")).toString(), failed.id);
    const QJsonObject extended
        = job.value(QStringLiteral("properties")).toObject().value(QStringLiteral("extendedInfo")).toObject();
    QCOMPARE(extended.value(QStringLiteral("subTasks")).toArray().size(), 2);
}

void TestPgvaultctlJobs::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("since words") << QStringList{QStringLiteral("jobs"),
        QStringLiteral("--since"),
        QStringLiteral("yesterday")}
                                 << 2 << QStringLiteral("--since");
    QTest::newRow("since zero") << QStringList{QStringLiteral("jobs"), QStringLiteral("--since"), QStringLiteral("0h")}
                                << 2 << QStringLiteral("--since");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("jobs"),
        QStringLiteral("--status"),
        QStringLiteral("Done")} << 2 << QStringLiteral("is not a job status");
    QTest::newRow("unknown operation") << QStringList{QStringLiteral("jobs"),
        QStringLiteral("--operation"),
        QStringLiteral("Backups")} << 2 << QStringLiteral("is not an operation");
    QTest::newRow("unknown output") << QStringList{QStringLiteral("jobs"),
        QStringLiteral("--output"),
        QStringLiteral("xml")} << 2 << QStringLiteral("is not an output format");
    QTest::newRow("show unknown job") << QStringList{QStringLiteral("job"),
        QStringLiteral("show"),
        QStringLiteral("nope")} << 2 << QStringLiteral("There is no job nope.");
    QTest::newRow("show without id") << QStringList{QStringLiteral("job"), QStringLiteral("show")} << 2
                                     << QStringLiteral("pgvaultctl:");
    QTest::newRow("cancel finished job") << QStringList{QStringLiteral("job"),
        QStringLiteral("cancel"),
        QStringLiteral("nope")} << 2 << QStringLiteral("There is no job nope.");
}

void TestPgvaultctlJobs::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestPgvaultctlJobs)
#include "TestPgvaultctlJobs.moc"
