#include "engine/alerts/AlertEvaluator.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/jobs/JobRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace PgVault;
using PgVault::Test::TempCatalogAndVault;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone::utc());
}

/// Saturday 2024-06-01 10:00 UTC: the instance is protected then; the "weekly" policy (Sunday
/// 22:00 UTC) first runs the next evening, and the backup counts as missing 3.5 days after it.
const QDateTime Protected = utc(6, 1, 10);
const QDateTime FirstSlot = utc(6, 2, 22);
const QDateTime FirstDeadline = utc(6, 6, 10);

} // namespace

/// Tests AlertEvaluator on a real catalog and vault with injected times: a failed job's alert stays
/// until the next job of its operation succeeds (cancelled and running ones change nothing), an
/// instance with no successful backup for longer than its schedule allows (from its protection
/// when never backed up) has an alert until a backup succeeds, the agent's absence shows only when
/// asked for, and the deadline rule itself, data-driven.
class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overdueSince_data()
    {
        QTest::addColumn<WeeklySchedule>("schedule");
        QTest::addColumn<QDateTime>("base");
        QTest::addColumn<QDateTime>("expected");
        const WeeklySchedule sunday({Qt::Sunday}, QTime(22, 0), QTimeZone::utc());
        QTest::newRow("weekly: next slot plus half a week") << sunday << utc(6, 3, 10) << utc(6, 13, 10);
        QTest::newRow("a backup at its slot counts for it: the next slot is a week on")
            << sunday << utc(6, 2, 22) << utc(6, 13, 10);
        const WeeklySchedule sundayWednesday({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone::utc());
        QTest::newRow("Sun and Wed: Wednesday's slot plus half of the 4 days to Sunday")
            << sundayWednesday << utc(6, 3, 10) << utc(6, 7, 22);
        const WeeklySchedule daily(
            {Qt::Sunday, Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday},
            QTime(1, 0),
            QTimeZone::utc());
        QTest::newRow("daily: the next night's slot plus 12 hours") << daily << utc(6, 3, 2) << utc(6, 4, 13);
        const WeeklySchedule berlin({Qt::Sunday}, QTime(22, 0), QTimeZone("Europe/Berlin"));
        QTest::newRow("slot in the policy's zone: 22:00 Berlin is 20:00 UTC in summer")
            << berlin << utc(6, 3, 10) << utc(6, 13, 8);
        QTest::newRow("no base, no deadline") << sunday << QDateTime() << QDateTime();
    }

    void overdueSince()
    {
        QFETCH(WeeklySchedule, schedule);
        QFETCH(QDateTime, base);
        QFETCH(QDateTime, expected);
        QCOMPARE(AlertEvaluator::overdueSince(schedule, base), expected);
    }

    void init()
    {
        m_env = std::make_unique<TempCatalogAndVault>();
        QVERIFY_RESULT(m_env->create(Protected.addYears(-1)));
        m_instanceId = m_env->addInstance(QStringLiteral("prod"), Protected);
        QVERIFY(!m_instanceId.isEmpty());
    }

    void neverBackedUpCountsFromProtection()
    {
        QCOMPARE(alertsAt(FirstSlot.addSecs(3600)), QList<Alert>());
        QCOMPARE(alertsAt(FirstDeadline.addMSecs(-1)), QList<Alert>());
        const QList<Alert> alerts = alertsAt(FirstDeadline);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().kind, Alert::Kind::NoRecentBackup);
        QCOMPARE(alerts.constFirst().instanceName, QStringLiteral("prod"));
        QCOMPARE(alerts.constFirst().instanceId, m_instanceId);
        QCOMPARE(alerts.constFirst().since, FirstDeadline);
        QVERIFY2(alerts.constFirst().message.contains(QLatin1String("since it was protected")),
            qPrintable(alerts.constFirst().message));
        QVERIFY(!alerts.constFirst().remedy.isEmpty());
    }

    void successfulBackupResolvesTheOverdueAlertUntilTheNextDeadline()
    {
        const QList<Alert> before = alertsAt(FirstDeadline.addDays(5));
        QCOMPARE(before.size(), 1);
        // A late backup, on Tuesday: the next Sunday's slot is then the one it must not miss.
        const QDateTime backup = utc(6, 11, 9);
        QVERIFY(!m_env->addPoint(m_instanceId, backup, backup.addYears(10), RetentionRule::Kind::Default).isEmpty());
        QCOMPARE(alertsAt(backup.addSecs(60)), QList<Alert>());
        const QDateTime deadline = utc(6, 20, 10); // Sunday 06-16 22:00 + 3.5 days
        QCOMPARE(alertsAt(deadline.addMSecs(-1)), QList<Alert>());
        const QList<Alert> after = alertsAt(deadline.addDays(1));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst().since, deadline);
        QVERIFY2(after.constFirst().message.startsWith(QLatin1String("No successful backup for 10 day")),
            qPrintable(after.constFirst().message));
        // Another occurrence of the same condition: another key, so it is delivered again.
        QVERIFY(after.constFirst().key() != before.constFirst().key());
    }

    void failedJobAlertsUntilTheNextSuccessOfItsOperation()
    {
        const QDateTime now = utc(6, 3, 12); // before the overdue deadline
        const QString failed = addJob(JobTypes::Operation::Backup, JobTypes::Status::Failed, utc(6, 2, 22));
        QList<Alert> alerts = alertsAt(now);
        QCOMPARE(alerts.size(), 1);
        const Alert alert = alerts.constFirst();
        QCOMPARE(alert.kind, Alert::Kind::JobFailed);
        QCOMPARE(alert.jobId, failed);
        QCOMPARE(alert.operation, QStringLiteral("Backup"));
        QCOMPARE(alert.errorCode, QStringLiteral("Backup.DumpFailed"));
        QCOMPARE(alert.since, utc(6, 2, 22, 5));
        QCOMPARE(alert.message, QStringLiteral("The last backup failed: pg_dump of database \"shop\" failed."));
        QCOMPARE(alert.remedy, QStringLiteral("Check that the server is running."));
        QCOMPARE(alert.key(), QStringLiteral("JobFailed:") + failed);

        // A cancelled backup and one still running decide nothing.
        addJob(JobTypes::Operation::Backup, JobTypes::Status::Cancelled, utc(6, 3, 8));
        addJob(JobTypes::Operation::Backup, JobTypes::Status::InProgress, utc(6, 3, 11, 50));
        QCOMPARE(alertsAt(now), QList<Alert>{alert});

        // A failed verification is an alert of its own; a successful backup does not end it.
        const QString verify = addJob(JobTypes::Operation::Verify, JobTypes::Status::Failed, utc(6, 3, 9));
        addJob(JobTypes::Operation::Backup, JobTypes::Status::Completed, utc(6, 3, 10));
        alerts = alertsAt(now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().jobId, verify);
        QCOMPARE(alerts.constFirst().operation, QStringLiteral("Verify"));

        addJob(JobTypes::Operation::Verify, JobTypes::Status::CompletedWithWarnings, utc(6, 3, 11));
        QCOMPARE(alertsAt(now), QList<Alert>());
    }

    void everyOperationCanFail_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("message");
        QTest::newRow("backup") << int(JobTypes::Operation::Backup) << QStringLiteral("The last backup failed: ");
        QTest::newRow("verify") << int(JobTypes::Operation::Verify) << QStringLiteral("The last verification failed: ");
        QTest::newRow("restore") << int(JobTypes::Operation::Restore) << QStringLiteral("The last restore failed: ");
        QTest::newRow("expiry") << int(JobTypes::Operation::Delete)
                                << QStringLiteral("The last deletion of an expired recovery point failed: ");
    }

    void everyOperationCanFail()
    {
        QFETCH(int, operation);
        QFETCH(QString, message);
        addJob(JobTypes::Operation(operation), JobTypes::Status::Failed, utc(6, 3, 9));
        const QList<Alert> alerts = alertsAt(utc(6, 3, 12));
        QCOMPARE(alerts.size(), 1);
        QVERIFY2(alerts.constFirst().message.startsWith(message), qPrintable(alerts.constFirst().message));
    }

    void successDatedInTheFutureDoesNotHideAFailure()
    {
        const QString failed = addJob(JobTypes::Operation::Backup, JobTypes::Status::Failed, utc(6, 3, 9));
        // Recorded while the clock was a day ahead.
        addJob(JobTypes::Operation::Backup, JobTypes::Status::Completed, utc(6, 4, 12));
        const QList<Alert> alerts = alertsAt(utc(6, 3, 12));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().jobId, failed);
    }

    void agentNotRunningOnlyWhenAskedFor()
    {
        const QDateTime now = utc(6, 3, 12);
        const AlertEvaluator evaluator(m_env->catalog->database());
        Result<QList<Alert>> alerts = evaluator.active(now, AlertEvaluator::AgentCheck::Include);
        QVERIFY_RESULT(alerts);
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->constFirst().kind, Alert::Kind::AgentNotRunning);
        QVERIFY(alerts->constFirst().instanceName.isEmpty());
        QCOMPARE(alertsAt(now), QList<Alert>());

        AgentHeartbeatRepository heartbeats(m_env->catalog->database());
        QVERIFY_RESULT(heartbeats.beat({QStringLiteral("host"), 42, now.addDays(-1), now.addSecs(-10)}));
        alerts = evaluator.active(now, AlertEvaluator::AgentCheck::Include);
        QVERIFY_RESULT(alerts);
        QCOMPARE(alerts->size(), 0);

        // Its heartbeat went stale an hour later: not running, last seen then.
        alerts = evaluator.active(now.addSecs(3600), AlertEvaluator::AgentCheck::Include);
        QVERIFY_RESULT(alerts);
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->constFirst().since, now.addSecs(-10));
        QVERIFY2(
            alerts->constFirst().message.contains(QLatin1String("1 hour")), qPrintable(alerts->constFirst().message));
    }

private:
    QList<Alert> alertsAt(const QDateTime &now) const
    {
        const Result<QList<Alert>> alerts = AlertEvaluator(m_env->catalog->database()).active(now);
        if (!alerts) {
            qWarning().noquote() << alerts.error().text();
            return {Alert{}};
        }
        return *alerts;
    }

    QString addJob(JobTypes::Operation operation, JobTypes::Status status, const QDateTime &start) const
    {
        Job job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.activityId = job.id;
        job.operation = operation;
        job.status = status;
        job.start = start;
        job.heartbeat = start;
        if (JobTypes::isFinished(status))
            job.end = start.addSecs(300);
        job.instanceId = m_instanceId;
        job.instanceName = QStringLiteral("prod");
        if (status == JobTypes::Status::Failed) {
            job.error = Error{QStringLiteral("Backup.DumpFailed"),
                QStringLiteral("pg_dump of database \"shop\" failed."),
                QStringLiteral("Check that the server is running."),
                {}};
        }
        const Result<void> created = JobRepository(m_env->catalog->database()).create(job);
        if (!created)
            qWarning().noquote() << created.error().text();
        return job.id;
    }

    std::unique_ptr<TempCatalogAndVault> m_env;
    QString m_instanceId;
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "TestAlertEvaluator.moc"
