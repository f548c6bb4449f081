#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace PgVault;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// Tests `pgvaultctl alerts` (table and JSON, exit code 0), the alert command's set-, show- and
/// clear-command, and `agent --once` running the alert command exactly once per alert, with the
/// stored command or --on-alert, where no session bus exists (the notification is skipped, the
/// agent does not fail). The catalog and a real local vault are laid out in a temporary home; the
/// policy's only slot is tomorrow, so the agent starts no backup.
class TestPgvaultctlAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        const Run vault = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("create"),
            QStringLiteral("local"),
            QStringLiteral("--path"),
            m_home->filePath(QStringLiteral("vault"))});
        QVERIFY2(vault.exitCode == 0, qPrintable(vault.err));
        auto catalog = Catalog::open(Home(m_home->path()).catalogPath());
        QVERIFY_RESULT(catalog);
        m_catalog = std::move(catalog).value();
        const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
        BackupPolicy policy;
        policy.setName(QStringLiteral("tomorrow"));
        policy.setSchedule(WeeklySchedule({Qt::DayOfWeek(tomorrow.dayOfWeek())}, QTime(12, 0), QTimeZone::utc()));
        QVERIFY_RESULT(m_catalog->policies().create(policy));
        m_prod = addInstance(QStringLiteral("prod"), QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(!m_prod.isEmpty());
        m_runs = m_home->filePath(QStringLiteral("alert runs.txt"));
        m_script = m_home->filePath(QStringLiteral("record.sh"));
        QFile script(m_script);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "#!/bin/sh\n"
            "{ echo \"$PGVAULT_ALERT_KIND $PGVAULT_ALERT_INSTANCE $PGVAULT_ALERT_JOB_ID\"; cat; } >> \"$1\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void cleanup()
    {
        m_catalog.reset();
        m_home.reset();
    }

    void nothingToReport()
    {
        const Run table = pgvaultctl({QStringLiteral("alerts")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out, QStringLiteral("No active alerts.\n"));
        QCOMPARE(table.err, QString());
        const Run json = pgvaultctl({QStringLiteral("alerts"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array(), QJsonArray());
    }

    void listsFailedJobsAndOverdueBackups()
    {
        const QString failed = addFailedJob(JobTypes::Operation::Backup);
        // Protected a month ago and never backed up.
        const QString stale = addInstance(QStringLiteral("stale"), QDateTime::currentDateTimeUtc().addDays(-30));

        const Run table = pgvaultctl({QStringLiteral("alerts")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("INSTANCE  ALERT")), qPrintable(table.out));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("prod      JobFailed")), qPrintable(table.out));
        QVERIFY(lines.at(1).contains(failed));
        QVERIFY(lines.at(1).contains(QStringLiteral("The last backup failed: pg_dump of database \"shop\" failed. "
                                                    "Check that the server is running.")));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("stale     NoRecentBackup")), qPrintable(table.out));
        QVERIFY(lines.at(2).contains(QStringLiteral("No successful backup in the 30 day")));

        const Run json = pgvaultctl({QStringLiteral("alerts"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray alerts = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0)[QLatin1String("kind")].toString(), QStringLiteral("JobFailed"));
        QCOMPARE(alerts.at(0)[QLatin1String("instance")].toString(), QStringLiteral("prod"));
        QCOMPARE(alerts.at(0)[QLatin1String("jobId")].toString(), failed);
        QCOMPARE(alerts.at(0)[QLatin1String("operation")].toString(), QStringLiteral("Backup"));
        QCOMPARE(alerts.at(0)[QLatin1String("errorCode")].toString(), QStringLiteral("Backup.DumpFailed"));
        QCOMPARE(alerts.at(1)[QLatin1String("kind")].toString(), QStringLiteral("NoRecentBackup"));
        QCOMPARE(alerts.at(1)[QLatin1String("instanceId")].toString(), stale);
        QVERIFY(!alerts.at(1)[QLatin1String("remedy")].toString().isEmpty());

        const Run bad = pgvaultctl({QStringLiteral("alerts"), QStringLiteral("--output"), QStringLiteral("xml")});
        QCOMPARE(bad.exitCode, 2);
    }

    void alertCommandIsStoredShownAndCleared()
    {
        QCOMPARE(pgvaultctl({QStringLiteral("alerts"), QStringLiteral("show-command")}).out,
            QStringLiteral("No alert command is set.\n"));
        const QString command = QStringLiteral("/usr/local/bin/notify-team --channel ops");
        const Run set = pgvaultctl({QStringLiteral("alerts"), QStringLiteral("set-command"), command});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(pgvaultctl({QStringLiteral("alerts"), QStringLiteral("show-command")}).out, command + u'\n');
        const Run empty = pgvaultctl({QStringLiteral("alerts"), QStringLiteral("set-command"), QStringLiteral("  ")});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.startsWith(QStringLiteral("pgvaultctl: The alert command is empty.")));
        QCOMPARE(pgvaultctl({QStringLiteral("alerts"), QStringLiteral("clear-command")}).exitCode, 0);
        QCOMPARE(pgvaultctl({QStringLiteral("alerts"), QStringLiteral("show-command")}).out,
            QStringLiteral("No alert command is set.\n"));
        QCOMPARE(pgvaultctl({QStringLiteral("alerts"), QStringLiteral("nope")}).exitCode, 2);
    }

    void agentRunsTheAlertCommandOncePerAlertWithoutASessionBus()
    {
        const QString failed = addFailedJob(JobTypes::Operation::Backup);
        const QString command = QStringLiteral("\"%1\" \"%2\"").arg(m_script, m_runs);
        const Run first = pgvaultctl(
            {QStringLiteral("agent"), QStringLiteral("--once"), QStringLiteral("--on-alert"), command}, false);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(QStringLiteral("alert: prod: The last backup failed")), qPrintable(first.err));
        QCOMPARE(runLines(), QStringList{QStringLiteral("JobFailed prod ") + failed});
        QVERIFY2(QString::fromUtf8(Test::readFile(m_runs)).contains(QStringLiteral("\"jobId\":\"%1\"").arg(failed)),
            qPrintable(QString::fromUtf8(Test::readFile(m_runs))));

        // The stored command, at the next start: the delivered alert is not sent again, a new one is.
        QCOMPARE(pgvaultctl({QStringLiteral("alerts"), QStringLiteral("set-command"), command}).exitCode, 0);
        QCOMPARE(pgvaultctl({QStringLiteral("agent"), QStringLiteral("--once")}, false).exitCode, 0);
        QCOMPARE(runLines().size(), 1);
        const QString verify = addFailedJob(JobTypes::Operation::Verify);
        const Run third = pgvaultctl({QStringLiteral("agent"), QStringLiteral("--once")}, false);
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(runLines(),
            (QStringList{QStringLiteral("JobFailed prod ") + failed, QStringLiteral("JobFailed prod ") + verify}));

        const Run empty = pgvaultctl({QStringLiteral("agent"), QStringLiteral("--on-alert"), QString()});
        QCOMPARE(empty.exitCode, 2);
    }

private:
    /// pgvaultctl with this home; `withBus` false removes the session bus (and X display) from its
    /// environment, like an agent started where no desktop runs.
    Run pgvaultctl(const QStringList &arguments, bool withBus = true) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGVAULT_HOME"));
        if (!withBus) {
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            environment.remove(QStringLiteral("DISPLAY"));
        }
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(PGVAULTCTL_PATH), QStringList{QStringLiteral("--home"), m_home->path()} + arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    /// The first line of each run of the record script (kind, instance, job id).
    QStringList runLines() const
    {
        QStringList lines;
        for (const QString &line : QString::fromUtf8(Test::readFile(m_runs)).split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('{')))
                lines << line;
        }
        return lines;
    }

    QString addInstance(const QString &name, const QDateTime &created) const
    {
        const Result<QList<Vault>> vaults = VaultRepository(m_catalog->database()).list();
        if (!vaults || vaults->isEmpty())
            return {};
        BackupInstance instance;
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        instance.name = name;
        instance.host = QStringLiteral("127.0.0.1");
        instance.user = QStringLiteral("admin");
        instance.policyId = m_catalog->policies().find(QStringLiteral("tomorrow"))->value().id;
        instance.vaultId = vaults->constFirst().id;
        instance.created = created;
        if (const Result<void> added = InstanceRepository(m_catalog->database()).create(instance); !added) {
            qWarning().noquote() << added.error().text();
            return {};
        }
        return instance.id;
    }

    QString addFailedJob(JobTypes::Operation operation) const
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        Job job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.activityId = job.id;
        job.operation = operation;
        job.status = JobTypes::Status::Failed;
        job.start = start;
        job.end = start.addSecs(60);
        job.heartbeat = job.end;
        job.instanceId = m_prod;
        job.instanceName = QStringLiteral("prod");
        job.error = Error{QStringLiteral("Backup.DumpFailed"),
            QStringLiteral("pg_dump of database \"shop\" failed."),
            QStringLiteral("Check that the server is running."),
            {}};
        if (const Result<void> created = JobRepository(m_catalog->database()).create(job); !created)
            qWarning().noquote() << created.error().text();
        return job.id;
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Catalog> m_catalog;
    QString m_prod;
    QString m_runs;
    QString m_script;
};

QTEST_GUILESS_MAIN(TestPgvaultctlAlerts)
#include "TestPgvaultctlAlerts.moc"
