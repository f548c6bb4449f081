#include "engine/Agent.h"
#include "models/PointRepository.h"
#include "tests/engine/BackupFixture.h"
#include "tests/support/TableLockHolder.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace PgVault;
using PgVault::Test::BackupFixture;

namespace {

/// Sunday 2024-06-02, 22:05 in Berlin: the Sunday 22:00 slot passed 5 minutes ago.
const QDateTime Now(QDate(2024, 6, 2), QTime(20, 5), QTimeZone::utc());

} // namespace

/// Tests the agent end to end with a real PostgreSQL server, vault and keychain: a passed slot
/// starts exactly one scheduled backup that makes a point, a second pass does nothing, abandoned
/// jobs are failed, and backups interrupted by a shutdown do not count as run.
class TestAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_RESULT(m_fixture.start());
        BackupPolicy policy;
        policy.setName(QStringLiteral("Agent-Sunday"));
        policy.setSchedule(WeeklySchedule({Qt::Sunday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
        QVERIFY_RESULT(m_fixture.catalog->policies().create(policy));
        m_fixture.policyName = policy.name();
        QVERIFY_RESULT(m_fixture.pg.createDatabase(QStringLiteral("shop")));
        Result<BackupInstance> instance = m_fixture.addInstance(
            QStringLiteral("agent-server"), m_fixture.pg.superuser(), m_fixture.pg.superuserPassword());
        QVERIFY_RESULT(instance);
        m_instance = instance.value();
        // Protected long before the injected now, so the slot is one it should run.
        QSqlQuery query(m_fixture.catalog->database());
        query.prepare(QStringLiteral("UPDATE instances SET created_ms = ? WHERE id = ?"));
        query.addBindValue(Now.addYears(-1).toMSecsSinceEpoch());
        query.addBindValue(m_instance.id);
        QVERIFY(query.exec());
    }

    void passedSlotRunsExactlyOneScheduledBackup()
    {
        // A job of a process that died an hour before now.
        Job dead;
        dead.id = QStringLiteral("dead-job");
        dead.activityId = dead.id;
        dead.operation = JobTypes::Operation::Restore;
        dead.start = Now.addSecs(-3600);
        dead.heartbeat = dead.start;
        dead.instanceName = QStringLiteral("gone");
        QVERIFY_RESULT(JobRepository(m_fixture.catalog->database()).create(dead));

        QCOMPARE(runOnce(), 1);
        const QList<Job> jobs = scheduledJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().status, JobTypes::Status::Completed);
        QVERIFY(!jobs.first().userTriggered);
        QCOMPARE(jobs.first().operation, JobTypes::Operation::Backup);
        QCOMPARE(PointRepository(m_fixture.catalog->database()).listForInstance(m_instance.id)->size(), 1);

        const Result<std::optional<Job>> failed = JobRepository(m_fixture.catalog->database()).find(dead.id);
        QVERIFY_RESULT(failed);
        QCOMPARE(failed->value().status, JobTypes::Status::Failed);
        QCOMPARE(failed->value().error->code, QStringLiteral("Job.Abandoned"));
    }

    void secondPassDoesNothing()
    {
        QCOMPARE(runOnce(), 0);
        QCOMPARE(scheduledJobs().size(), 1);
        QCOMPARE(PointRepository(m_fixture.catalog->database()).listForInstance(m_instance.id)->size(), 1);
    }

    void backupInterruptedByShutdownDoesNotCount()
    {
        JobRepository jobs(m_fixture.catalog->database());
        const Result<QDateTime> before = Agent::lastScheduledStart(jobs, m_instance.name);
        QVERIFY_RESULT(before);
        QVERIFY(before->isValid());

        Job interrupted;
        interrupted.id = QStringLiteral("interrupted-job");
        interrupted.activityId = interrupted.id;
        interrupted.status = JobTypes::Status::Cancelled;
        interrupted.start = before->addSecs(60);
        interrupted.end = interrupted.start;
        interrupted.instanceId = m_instance.id;
        interrupted.instanceName = m_instance.name;
        interrupted.additionalDetails.insert(
            QLatin1String(Agent::InterruptedKey), QLatin1String(Agent::InterruptedByShutdown));
        QVERIFY_RESULT(jobs.create(interrupted));
        QCOMPARE(Agent::lastScheduledStart(jobs, m_instance.name).value(), *before);
    }

    void stopCancelsRunningBackupsAndMarksThemInterrupted()
    {
        // A lock held by another session makes pg_dump of "locked" wait, so the backup is still
        // running when the agent is told to stop.
        QVERIFY_RESULT(m_fixture.pg.createDatabase(QStringLiteral("locked")));
        QVERIFY_RESULT(m_fixture.pg.psql(QStringLiteral("locked"), QStringLiteral("CREATE TABLE held (id int);")));
        Test::TableLockHolder lock(m_fixture.pg, QStringLiteral("locked"));
        QProcess &holder = lock.process();
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(lock.isHeld(), 10000);

        Result<BackupInstance> second = m_fixture.addInstance(
            QStringLiteral("agent-stop"), m_fixture.pg.superuser(), m_fixture.pg.superuserPassword());
        QVERIFY_RESULT(second);
        QSqlQuery query(m_fixture.catalog->database());
        query.prepare(QStringLiteral("UPDATE instances SET created_ms = ? WHERE id = ?"));
        query.addBindValue(Now.addYears(-1).toMSecsSinceEpoch());
        query.addBindValue(second->id);
        QVERIFY(query.exec());

        Agent agent(Home(m_fixture.home.path()).catalogPath());
        agent.setClock([] { return Now; });
        QSignalSpy started(&agent, &Agent::backupStarted);
        QSignalSpy stopped(&agent, &Agent::stopped);
        QVERIFY_RESULT(agent.start());
        QVERIFY(started.wait(30000));
        QCOMPARE(started.first().first().toString(), QStringLiteral("agent-stop"));
        const QString jobId = started.first().at(1).toString();
        agent.stop();
        QVERIFY(stopped.wait(60000));
        holder.kill();
        holder.waitForFinished();

        const Result<std::optional<Job>> job = JobRepository(m_fixture.catalog->database()).find(jobId);
        QVERIFY_RESULT(job);
        QCOMPARE(job->value().status, JobTypes::Status::Cancelled);
        QCOMPARE(job->value().additionalDetails.value(QLatin1String(Agent::InterruptedKey)),
            QLatin1String(Agent::InterruptedByShutdown));
        // So the next start runs it again, like a backup missed while the machine was off.
        const Result<QDateTime> last
            = Agent::lastScheduledStart(JobRepository(m_fixture.catalog->database()), second->name);
        QVERIFY_RESULT(last);
        QVERIFY(!last->isValid());
        QVERIFY(PointRepository(m_fixture.catalog->database()).listForInstance(second->id)->isEmpty());
    }

private:
    /// Runs one agent pass at Now and waits for it; returns how many backups it started.
    int runOnce()
    {
        Agent agent(Home(m_fixture.home.path()).catalogPath());
        agent.setClock([] { return Now; });
        QSignalSpy finished(&agent, &Agent::onceFinished);
        QSignalSpy started(&agent, &Agent::backupStarted);
        const Result<void> ran = agent.runOnce();
        if (!ran) {
            qWarning() << ran.error().text();
            return -1;
        }
        if (!finished.wait(120000) || !finished.first().first().toBool())
            return -1;
        return int(started.size());
    }

    QList<Job> scheduledJobs() const
    {
        JobFilter filter;
        filter.operation = JobTypes::Operation::Backup;
        filter.userTriggered = false;
        filter.instanceName = m_instance.name;
        return JobRepository(m_fixture.catalog->database()).list(filter).value();
    }

    BackupFixture m_fixture;
    BackupInstance m_instance;
};

QTEST_GUILESS_MAIN(TestAgent)
#include "TestAgent.moc"
