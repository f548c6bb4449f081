#include "models/jobs/JobJson.h"
#include "tests/support/SeedJobs.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace PgVault;

/// JobJson against Azure's own job documents: the same property names with the same JSON types,
/// and Azure's time and duration formats.
class TestJobJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void propertiesMatchAzure_data();
    void propertiesMatchAzure();
    void extendedInfoMatchesAzure();
    void timesAndDurationsUseAzureFormats();
    void runningJobHasNullEndTime();
    void errorDetailsCarryTheRecommendedAction();
    void parsesIsoDurations_data();
    void parsesIsoDurations();

private:
    static QJsonObject reference(const QString &name);
    Job completedBackup() const;
    static Job makeCompletedBackup();

    QJsonObject m_azure; ///< a completed PG flex backup job, as az dataprotection recorded it
    QJsonObject m_ours;
    Job m_job = makeCompletedBackup();
};

QJsonObject TestJobJson::reference(const QString &name)
{
    return QJsonDocument::fromJson(Test::readFile(Test::testDataPath(QStringLiteral("azure-examples/") + name)))
        .object();
}

Job TestJobJson::completedBackup() const
{
    return m_job;
}

Job TestJobJson::makeCompletedBackup()
{
    const QDateTime now(QDate(2024, 4, 10), QTime(10, 31, 38, 69), Qt::UTC);
    for (const Job &job : Test::SeedJobs::make(now)) {
        if (job.operation == JobTypes::Operation::Backup && job.status == JobTypes::Status::Completed)
            return job;
    }
    return {};
}

void TestJobJson::initTestCase()
{
    m_azure = reference(QStringLiteral("cli-recording_pgflex_GET-backupJob_adhoc-backup_Completed.json"));
    QVERIFY(!m_azure.isEmpty());
    m_ours = JobJson::toJson(completedBackup());
}

void TestJobJson::propertiesMatchAzure_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"activityID",
             "backupInstanceFriendlyName",
             "backupInstanceId",
             "dataSourceId",
             "dataSourceName",
             "dataSourceType",
             "dataSourceLocation",
             "startTime",
             "endTime",
             "duration",
             "operation",
             "operationCategory",
             "isUserTriggered",
             "status",
             "policyId",
             "policyName",
             "vaultName",
             "progressEnabled",
             "supportedActions",
             "extendedInfo"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestJobJson::propertiesMatchAzure()
{
    QFETCH(QString, name);
    const QJsonObject azure = m_azure.value(QStringLiteral("properties")).toObject();
    const QJsonObject ours = m_ours.value(QStringLiteral("properties")).toObject();
    QVERIFY2(azure.contains(name), "the reference lacks it: the test's list is wrong");
    QVERIFY2(ours.contains(name), qPrintable(name));
    QCOMPARE(ours.value(name).type(), azure.value(name).type());
}

void TestJobJson::extendedInfoMatchesAzure()
{
    QCOMPARE(m_ours.value(QStringLiteral("type")).toString(),
        QStringLiteral("Microsoft.DataProtection/backupVaults/backupJobs"));
    QCOMPARE(m_ours.value(QStringLiteral("name")).toString(), completedBackup().id);
    QVERIFY(
        m_ours.value(QStringLiteral("id")).toString().endsWith(QStringLiteral("/backupJobs/") + completedBackup().id));
    const QJsonObject azure
        = m_azure.value(QStringLiteral("properties")).toObject().value(QStringLiteral("extendedInfo")).toObject();
    const QJsonObject ours
        = m_ours.value(QStringLiteral("properties")).toObject().value(QStringLiteral("extendedInfo")).toObject();
    for (const QString &key : {QStringLiteral("additionalDetails"),
             QStringLiteral("dataTransferredInBytes"),
             QStringLiteral("targetRecoverPoint"),
             QStringLiteral("sourceRecoverPoint"),
             QStringLiteral("subTasks"),
             QStringLiteral("warningDetails")}) {
        QVERIFY2(ours.contains(key), qPrintable(key));
        QCOMPARE(ours.value(key).type(), azure.value(key).type());
    }
    const QJsonObject point = ours.value(QStringLiteral("targetRecoverPoint")).toObject();
    QCOMPARE(
        QStringList(point.keys()), QStringList(azure.value(QStringLiteral("targetRecoverPoint")).toObject().keys()));
    QCOMPARE(
        ours.value(QStringLiteral("additionalDetails")).toObject().value(QStringLiteral("RetentionTag")).toString(),
        QStringLiteral("Default"));

    const QJsonObject azureTask = azure.value(QStringLiteral("subTasks")).toArray().first().toObject();
    const QJsonObject ourTask = ours.value(QStringLiteral("subTasks")).toArray().first().toObject();
    QCOMPARE(QStringList(ourTask.keys()), QStringList(azureTask.keys()));
    for (const QString &key : azureTask.keys())
        QCOMPARE(ourTask.value(key).type(), azureTask.value(key).type());
}

void TestJobJson::timesAndDurationsUseAzureFormats()
{
    const QRegularExpression azureTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$"));
    const QJsonObject properties = m_ours.value(QStringLiteral("properties")).toObject();
    QVERIFY(
        azureTime
            .match(m_azure.value(QStringLiteral("properties")).toObject().value(QStringLiteral("startTime")).toString())
            .hasMatch());
    QVERIFY2(azureTime.match(properties.value(QStringLiteral("startTime")).toString()).hasMatch(),
        qPrintable(properties.value(QStringLiteral("startTime")).toString()));
    QVERIFY(azureTime.match(properties.value(QStringLiteral("endTime")).toString()).hasMatch());
    QCOMPARE(JobJson::time(QDateTime(QDate(2024, 4, 10), QTime(10, 19, 22, 246), Qt::UTC)),
        QStringLiteral("2024-04-10T10:19:22.2460000Z"));
    QCOMPARE(JobJson::isoDuration(0), QStringLiteral("PT0S"));
    QCOMPARE(JobJson::isoDuration(735822), QStringLiteral("PT12M15.822S"));
    QCOMPARE(JobJson::isoDuration(3600000 + 3000), QStringLiteral("PT1H3S"));
    QCOMPARE(JobJson::isoDuration(2 * 3600000), QStringLiteral("PT2H"));
    QVERIFY(QRegularExpression(QStringLiteral("^PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?$"))
                .match(properties.value(QStringLiteral("duration")).toString())
                .hasMatch());
    QCOMPARE(properties.value(QStringLiteral("operation")).toString(), QStringLiteral("Backup"));
    QCOMPARE(properties.value(QStringLiteral("operationCategory")).toString(), QStringLiteral("Backup"));
    QCOMPARE(properties.value(QStringLiteral("dataSourceLocation")).toString(), QStringLiteral("local"));
    QCOMPARE(properties.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QVERIFY(properties.value(QStringLiteral("errorDetails")).isNull());
}

void TestJobJson::runningJobHasNullEndTime()
{
    const QJsonObject azure
        = reference(QStringLiteral("cli-recording_pgflex_GET-backupJob_adhoc-backup_InProgress.json"))
              .value(QStringLiteral("properties"))
              .toObject();
    Job job = completedBackup();
    job.status = JobTypes::Status::InProgress;
    job.end = {};
    const QJsonObject ours = JobJson::toJson(job).value(QStringLiteral("properties")).toObject();
    QCOMPARE(ours.value(QStringLiteral("status")).toString(), azure.value(QStringLiteral("status")).toString());
    QVERIFY(ours.value(QStringLiteral("endTime")).isNull());
    QCOMPARE(ours.value(QStringLiteral("endTime")).type(), azure.value(QStringLiteral("endTime")).type());
}

void TestJobJson::errorDetailsCarryTheRecommendedAction()
{
    Job job = completedBackup();
    job.status = JobTypes::Status::Failed;
    job.error
        = Error{QStringLiteral("Backup.DumpFailed"), QStringLiteral("pg_dump failed."), QStringLiteral("Retry."), {}};
    const QJsonArray errors = JobJson::toJson(job)
                                  .value(QStringLiteral("properties"))
                                  .toObject()
                                  .value(QStringLiteral("errorDetails"))
                                  .toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.first().toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("Backup.DumpFailed"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("pg_dump failed."));
    QCOMPARE(error.value(QStringLiteral("recommendedAction")).toArray(), QJsonArray{QStringLiteral("Retry.")});
}

void TestJobJson::parsesIsoDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seven days") << QStringLiteral("P7D") << qint64(7 * 86400000LL);
    QTest::newRow("twelve hours") << QStringLiteral("PT12H") << qint64(12 * 3600000LL);
    QTest::newRow("day and hours") << QStringLiteral("P1DT2H") << qint64(26 * 3600000LL);
    QTest::newRow("Azure's own") << QStringLiteral("PT12M15.8223345S") << qint64(735822);
    QTest::newRow("two weeks") << QStringLiteral("P2W") << qint64(14 * 86400000LL);
    QTest::newRow("dangling T is malformed") << QStringLiteral("P1DT") << qint64(-1);
    QTest::newRow("empty period is malformed") << QStringLiteral("P") << qint64(-1);
    QTest::newRow("words are malformed") << QStringLiteral("yesterday") << qint64(-1);
}

void TestJobJson::parsesIsoDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(JobJson::parseIsoDuration(text), ms);
}

QTEST_GUILESS_MAIN(TestJobJson)
#include "TestJobJson.moc"
