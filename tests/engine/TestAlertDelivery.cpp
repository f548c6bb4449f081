#include "engine/alerts/AlertCommand.h"
#include "engine/alerts/AlertDelivery.h"
#include "engine/alerts/DesktopNotifier.h"
#include "engine/jobs/Agent.h"
#include "models/alerts/AlertRepository.h"
#include "models/jobs/JobRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <QVariantMap>

using namespace PgVault;
using PgVault::Test::TempCatalogAndVault;

namespace {

/// Monday 2024-06-03 12:00 UTC; the instance was protected on the Saturday before, so with the
/// "weekly" policy (Sunday 22:00 UTC) no backup is overdue yet.
const QDateTime Now(QDate(2024, 6, 3), QTime(12, 0), QTimeZone::utc());
const QDateTime Protected(QDate(2024, 6, 1), QTime(10, 0), QTimeZone::utc());

} // namespace

/// A notification daemon on the test's private session bus (scripts/with-keyring.sh starts one with
/// dbus-run-session): registers org.freedesktop.Notifications on its own connection and records
/// every Notify call, so the notifier's call makes a real D-Bus round trip.
class FakeNotificationDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName,
        uint replacesId,
        const QString &appIcon,
        const QString &summary,
        const QString &body,
        const QStringList &actions,
        const QVariantMap &hints,
        int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        calls << Call{appName, appIcon, summary, body, hints};
        return uint(calls.size());
    }
};

/// Tests the agent's alert delivery with a real catalog, real child processes and a real D-Bus round
/// trip: each alert is logged as a warning and runs the user's command exactly once (also across a
/// restart), with the alert in its environment and as JSON on its standard input; a resolved alert
/// is forgotten so its next occurrence is delivered again; a command that fails or hangs is logged
/// and killed; the notification reaches org.freedesktop.Notifications; `agent --once` waits for the
/// command.
class TestAlertDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TempCatalogAndVault>();
        QVERIFY_RESULT(m_env->create(Protected.addYears(-1)));
        m_instanceId = m_env->addInstance(QStringLiteral("prod"), Protected);
        QVERIFY(!m_instanceId.isEmpty());
        m_runs = m_env->dir->filePath(QStringLiteral("alert runs.txt"));
        // Writes what it received, one block per run; the output path has a space: no shell splits it.
        m_script = writeScript(QStringLiteral("record.sh"),
            "#!/bin/sh\n"
            "{ echo \"kind=$PGVAULT_ALERT_KIND\"; echo \"instance=$PGVAULT_ALERT_INSTANCE\";\n"
            "  echo \"job=$PGVAULT_ALERT_JOB_ID\"; echo \"operation=$PGVAULT_ALERT_OPERATION\";\n"
            "  echo \"message=$PGVAULT_ALERT_MESSAGE\"; echo \"stdin=$(cat)\"; echo \"--\"; } >> \"$1\"\n");
    }

    void eachAlertRunsTheCommandOnce()
    {
        const QString failed = addFailedBackup(Now.addSecs(-3600));
        QVERIFY_RESULT(AlertRepository(database()).setCommand(command(m_script)));

        AlertDelivery delivery;
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("^alert: prod: The last backup failed: pg_dump of database")));
        Result<QList<Alert>> delivered = delivery.deliver(database(), Now);
        QVERIFY_RESULT(delivered);
        QCOMPARE(delivered->size(), 1);
        QVERIFY(waitIdle(delivery));

        const QStringList runs = recordedRuns();
        QCOMPARE(runs.size(), 1);
        const QStringList lines = runs.constFirst().split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("kind=JobFailed")), qPrintable(runs.constFirst()));
        QVERIFY2(lines.contains(QStringLiteral("instance=prod")), qPrintable(runs.constFirst()));
        QVERIFY2(lines.contains(QStringLiteral("job=") + failed), qPrintable(runs.constFirst()));
        QVERIFY2(lines.contains(QStringLiteral("operation=Backup")), qPrintable(runs.constFirst()));
        QVERIFY2(lines.contains(QStringLiteral("message=The last backup failed: pg_dump of database \"shop\" failed.")),
            qPrintable(runs.constFirst()));
        const QString stdinLine = lines.filter(QRegularExpression(QStringLiteral("^stdin="))).value(0).mid(6);
        const QJsonObject json = QJsonDocument::fromJson(stdinLine.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("JobFailed"));
        QCOMPARE(json.value(QLatin1String("instance")).toString(), QStringLiteral("prod"));
        QCOMPARE(json.value(QLatin1String("jobId")).toString(), failed);
        QCOMPARE(json.value(QLatin1String("errorCode")).toString(), QStringLiteral("Backup.DumpFailed"));
        QCOMPARE(json.value(QLatin1String("remedy")).toString(), QStringLiteral("Check that the server is running."));
        QCOMPARE(json.value(QLatin1String("since")).toString(), QStringLiteral("2024-06-03T11:05:00Z"));

        // The next pass, and an agent started afresh, find it delivered.
        delivered = delivery.deliver(database(), Now.addSecs(60));
        QVERIFY_RESULT(delivered);
        QCOMPARE(delivered->size(), 0);
        AlertDelivery restarted;
        delivered = restarted.deliver(database(), Now.addSecs(120));
        QVERIFY_RESULT(delivered);
        QCOMPARE(delivered->size(), 0);
        QVERIFY(restarted.isIdle());
        QCOMPARE(recordedRuns().size(), 1);
    }

    void resolvedAlertIsForgottenAndItsNextOccurrenceDelivered()
    {
        addFailedBackup(Now.addSecs(-3600));
        AlertDelivery delivery;
        delivery.setCommandOverride(command(m_script));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: The last backup failed")));
        QVERIFY_RESULT(delivery.deliver(database(), Now));
        QVERIFY(waitIdle(delivery));
        QCOMPARE(AlertRepository(database()).delivered()->size(), 1);

        addJob(JobTypes::Operation::Backup, JobTypes::Status::Completed, Now.addSecs(-600));
        Result<QList<Alert>> delivered = delivery.deliver(database(), Now);
        QVERIFY_RESULT(delivered);
        QCOMPARE(delivered->size(), 0);
        QCOMPARE(AlertRepository(database()).delivered()->size(), 0);

        const QString again = addFailedBackup(Now.addSecs(-300));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: The last backup failed")));
        delivered = delivery.deliver(database(), Now);
        QVERIFY_RESULT(delivered);
        QCOMPARE(delivered->size(), 1);
        QCOMPARE(delivered->constFirst().jobId, again);
        QVERIFY(waitIdle(delivery));
        QCOMPARE(recordedRuns().size(), 2);
    }

    void commandsRunOneAfterAnotherAndAFailureIsLogged()
    {
        // Two alerts: the failed backup and, four days after the first slot, the missing backup.
        addFailedBackup(Now.addSecs(-3600));
        const QString failing = writeScript(QStringLiteral("fail.sh"),
            "#!/bin/sh\necho \"$PGVAULT_ALERT_KIND\" >> \"$1\"\necho 'webhook refused' >&2\nexit 3\n");
        AlertDelivery delivery;
        delivery.setCommandOverride(command(failing));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: The last backup failed")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: No successful backup")));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(
                QStringLiteral("^the alert command .*fail\\.sh for JobFailed:.* failed \\(exit code 3\\): "
                               "webhook refused$")));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(
                QStringLiteral("^the alert command .*fail\\.sh for NoRecentBackup:.* failed \\(exit code 3\\)")));
        const Result<QList<Alert>> delivered = delivery.deliver(database(), Now.addDays(4));
        QVERIFY_RESULT(delivered);
        QCOMPARE(delivered->size(), 2);
        QVERIFY(!delivery.isIdle());
        QVERIFY(waitIdle(delivery));
        QCOMPARE(QString::fromUtf8(Test::readFile(m_runs)), QStringLiteral("JobFailed\nNoRecentBackup\n"));
    }

    void aHangingCommandIsKilledAtItsTimeout()
    {
        addFailedBackup(Now.addSecs(-3600));
        const QString hanging = writeScript(QStringLiteral("hang.sh"), "#!/bin/sh\nexec sleep 60\n");
        AlertDelivery delivery;
        delivery.setCommandOverride(command(hanging));
        delivery.setCommandTimeout(300);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: ")));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("^the alert command .*hang\\.sh for JobFailed:.* ran longer than")));
        QElapsedTimer timer;
        timer.start();
        QVERIFY_RESULT(delivery.deliver(database(), Now));
        QVERIFY(waitIdle(delivery));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void aCommandThatCannotStartIsLogged()
    {
        addFailedBackup(Now.addSecs(-3600));
        AlertDelivery delivery;
        delivery.setCommandOverride(command(m_env->dir->filePath(QStringLiteral("missing"))));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: ")));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^the alert command .*missing did not start")));
        QVERIFY_RESULT(delivery.deliver(database(), Now));
        QVERIFY(waitIdle(delivery));
    }

    void desktopNotificationReachesTheNotificationService()
    {
        QDBusConnection bus
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notification-daemon"));
        QVERIFY2(bus.isConnected(), "no session bus: run the tests inside scripts/with-keyring.sh (dbus-run-session)");
        FakeNotificationDaemon daemon;
        QVERIFY(bus.registerObject(QLatin1String(DesktopNotifier::Path), &daemon, QDBusConnection::ExportAllSlots));
        QVERIFY2(bus.registerService(QLatin1String(DesktopNotifier::Service)), qPrintable(bus.lastError().message()));

        addFailedBackup(Now.addSecs(-3600));
        AlertDelivery delivery;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: ")));
        QVERIFY_RESULT(delivery.deliver(database(), Now));
        QTRY_COMPARE_WITH_TIMEOUT(daemon.calls.size(), 1, 10000);
        const FakeNotificationDaemon::Call call = daemon.calls.constFirst();
        QCOMPARE(call.appName, QStringLiteral("PgVault"));
        QCOMPARE(call.summary, QStringLiteral("PgVault: prod"));
        QCOMPARE(call.body,
            QStringLiteral(
                "The last backup failed: pg_dump of database \"shop\" failed.\nCheck that the server is running."));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);

        // Delivered once: the next pass delivers nothing, so it notifies nobody (no fixed wait
        // for a call that should not come).
        const Result<QList<Alert>> again = delivery.deliver(database(), Now.addSecs(60));
        QVERIFY_RESULT(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(daemon.calls.size(), 1);

        bus.unregisterService(QLatin1String(DesktopNotifier::Service));
        bus.unregisterObject(QLatin1String(DesktopNotifier::Path));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-daemon"));
    }

    void agentOnceDeliversAndWaitsForTheCommand()
    {
        // Protected an hour ago: no scheduled backup is due, so the pass only finds the alert.
        QSqlQuery query(database());
        query.prepare(QStringLiteral("UPDATE instances SET created_ms = ? WHERE id = ?"));
        query.addBindValue(Now.addSecs(-3600).toMSecsSinceEpoch());
        query.addBindValue(m_instanceId);
        QVERIFY(query.exec());
        const QString failed = addFailedBackup(Now.addSecs(-1800));
        const QString slow
            = writeScript(QStringLiteral("slow.sh"), "#!/bin/sh\nsleep 1\necho \"$PGVAULT_ALERT_JOB_ID\" >> \"$1\"\n");

        Agent agent(m_env->catalog->path());
        agent.setClock([] { return Now; });
        agent.setAlertCommand(command(slow));
        QSignalSpy finished(&agent, &Agent::onceFinished);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^alert: prod: The last backup failed")));
        QVERIFY_RESULT(agent.runOnce());
        QVERIFY(finished.wait(20000));
        // Written by the command before the agent said it was done.
        QCOMPARE(QString::fromUtf8(Test::readFile(m_runs)), failed + QLatin1Char('\n'));
    }

private:
    QSqlDatabase database() const { return m_env->catalog->database(); }

    QString writeScript(const QString &name, const QByteArray &text) const
    {
        const QString path = m_env->dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    /// The command line: the script and the runs file as its one argument, quoted.
    QString command(const QString &script) const { return QStringLiteral("\"%1\" \"%2\"").arg(script, m_runs); }

    QStringList recordedRuns() const
    {
        QStringList runs = QString::fromUtf8(Test::readFile(m_runs)).split(QStringLiteral("--\n"), Qt::SkipEmptyParts);
        return runs;
    }

    static bool waitIdle(AlertDelivery &delivery)
    {
        if (delivery.isIdle())
            return true;
        QSignalSpy idle(&delivery, &AlertDelivery::idle);
        return idle.wait(20000) && delivery.isIdle();
    }

    QString addFailedBackup(const QDateTime &start) const
    {
        return addJob(JobTypes::Operation::Backup, JobTypes::Status::Failed, start);
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
        job.end = start.addSecs(300);
        job.instanceId = m_instanceId;
        job.instanceName = QStringLiteral("prod");
        if (status == JobTypes::Status::Failed) {
            job.error = Error{QStringLiteral("Backup.DumpFailed"),
                QStringLiteral("pg_dump of database \"shop\" failed."),
                QStringLiteral("Check that the server is running."),
                {}};
        }
        const Result<void> created = JobRepository(database()).create(job);
        if (!created)
            qWarning().noquote() << created.error().text();
        return job.id;
    }

    std::unique_ptr<TempCatalogAndVault> m_env;
    QString m_instanceId;
    QString m_runs;
    QString m_script;
};

QTEST_GUILESS_MAIN(TestAlertDelivery)
#include "TestAlertDelivery.moc"
