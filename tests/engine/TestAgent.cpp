#include "engine/jobs/Agent.h"
#include "models/ClockTrustRepository.h"
#include "models/points/PointRepository.h"
#include "tests/engine/BackupFixture.h"
#include "tests/support/CommittedPoint.h"
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
/// jobs are failed, backups interrupted by a shutdown do not count as run, and a clock that jumps
/// ten years ahead and back deletes nothing and does not silence the schedule.
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
        const Result<QDateTime> before = Agent::lastScheduledStart(jobs, m_instance.name, Now);
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
        QCOMPARE(Agent::lastScheduledStart(jobs, m_instance.name, Now).value(), *before);
    }

    void aClockJumpAheadDeletesNothingAndBackupsResumeWhenItIsBack()
    {
        const QSqlDatabase database = m_fixture.catalog->database();
        Result<std::unique_ptr<VaultStore>> store = VaultRegistry::open(m_fixture.vault);
        QVERIFY_RESULT(store);
        // Four weekly points before Now's; the oldest expires a day after Now, the others in a year.
        QStringList older;
        for (int week = 4; week >= 1; --week) {
            const QDateTime time = Now.addDays(-7 * week);
            older << Test::commitPoint(**store,
                database,
                m_instance.id,
                time,
                week == 4 ? Now.addDays(1) : Now.addYears(1),
                RetentionRule::Kind::Default);
        }
        const QStringList before = pointIds();
        QCOMPARE(before.size(), 5);

        // The system clock jumps ten years ahead: by it, every point has expired.
        const QDateTime jumped = Now.addYears(10).addDays(1);
        bool succeeded = true;
        QCOMPARE(runOnce(jumped, &succeeded), 1);
        const QStringList afterJump = pointIds();
        for (const QString &id : before)
            QVERIFY2(afterJump.contains(id), qPrintable(id + QStringLiteral(" was deleted")));
        QCOMPARE(afterJump.size(), 6); // the backup by the jumped clock added one
        QVERIFY2(!succeeded, "a pass that refused to expire reported success");
        const QList<Job> refusals = deleteJobs();
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().status, JobTypes::Status::Failed);
        QCOMPARE(refusals.first().instanceName, m_instance.name);
        QCOMPARE(refusals.first().error->code, QStringLiteral("Expiry.ClockAhead"));
        QVERIFY2(refusals.first().error->remedy.contains(QStringLiteral("expiry resumes"), Qt::CaseInsensitive),
            qPrintable(refusals.first().error->remedy));
        QCOMPARE(scheduledJobs().first().start, jumped);

        // Still jumped a minute later: nothing new is recorded, nothing deleted.
        QCOMPARE(runOnce(jumped.addSecs(60), &succeeded), 0);
        QCOMPARE(deleteJobs().size(), 1);
        QCOMPARE(pointIds(), afterJump);

        // The clock is back, at the next Sunday's slot: the job and point dated ten years ahead
        // do not make that slot look done, and expiry resumes.
        const QDateTime back = Now.addDays(7);
        QCOMPARE(runOnce(back, &succeeded), 1);
        QVERIFY(succeeded);
        const Result<QDateTime> last = Agent::lastScheduledStart(JobRepository(database), m_instance.name, back);
        QVERIFY_RESULT(last);
        QCOMPARE(*last, back);
        const QList<Job> scheduled = scheduledJobs();
        const auto resumed
            = std::find_if(scheduled.cbegin(), scheduled.cend(), [&back](const Job &job) { return job.start == back; });
        QVERIFY(resumed != scheduled.cend());
        QCOMPARE(resumed->status, JobTypes::Status::Completed);
        // Its output warns about the point dated ten years ahead.
        const QString output = JobRepository(database).find(resumed->id)->value().output;
        QVERIFY2(output.contains(QStringLiteral("dated after this backup")), qPrintable(output));
        QVERIFY2(output.contains(afterJump.first()), qPrintable(output));

        const QStringList afterBack = pointIds();
        QVERIFY2(!afterBack.contains(older.first()), "the point that really expired was kept");
        QCOMPARE(afterBack.size(), 6);
        const QList<Job> deletes = deleteJobs();
        QCOMPARE(deletes.size(), 2);
        const auto deleted = std::find_if(
            deletes.cbegin(), deletes.cend(), [&older](const Job &job) { return job.pointId == older.first(); });
        QVERIFY(deleted != deletes.cend());
        QCOMPARE(deleted->status, JobTypes::Status::Completed);
        QVERIFY(!ClockTrustRepository(database).read()->doubtedSince.isValid());
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
            = Agent::lastScheduledStart(JobRepository(m_fixture.catalog->database()), second->name, Now);
        QVERIFY_RESULT(last);
        QVERIFY(!last->isValid());
        QVERIFY(PointRepository(m_fixture.catalog->database()).listForInstance(second->id)->isEmpty());
    }

private:
    /// Runs one agent pass at `now` and waits for it; returns how many backups it started. With
    /// `succeeded`, sets it to what the pass reported; without, a pass that failed returns -1.
    int runOnce(const QDateTime &now = Now, bool *succeeded = nullptr)
    {
        Agent agent(Home(m_fixture.home.path()).catalogPath());
        agent.setClock([now] { return now; });
        QSignalSpy finished(&agent, &Agent::onceFinished);
        QSignalSpy started(&agent, &Agent::backupStarted);
        const Result<void> ran = agent.runOnce();
        if (!ran) {
            qWarning() << ran.error().text();
            return -1;
        }
        if (!finished.wait(120000))
            return -1;
        const bool ok = finished.first().first().toBool();
        if (succeeded)
            *succeeded = ok;
        else if (!ok)
            return -1;
        return int(started.size());
    }

    /// The instance's points in the catalog, newest first; each is in the vault too.
    QStringList pointIds() const
    {
        QStringList ids;
        Result<std::unique_ptr<VaultStore>> store = VaultRegistry::open(m_fixture.vault);
        const Result<QList<RecoveryPoint>> points
            = PointRepository(m_fixture.catalog->database()).listForInstance(m_instance.id);
        if (!store || !points)
            return {QStringLiteral("cannot read the points")};
        for (const RecoveryPoint &point : *points) {
            if (!store.value()->readManifest(m_instance.id, point.id))
                return {QStringLiteral("%1 is not in the vault").arg(point.id)};
            ids << point.id;
        }
        return ids;
    }

    /// The instance's Delete jobs, newest first.
    QList<Job> deleteJobs() const
    {
        JobFilter filter;
        filter.operation = JobTypes::Operation::Delete;
        filter.instanceName = m_instance.name;
        return JobRepository(m_fixture.catalog->database()).list(filter).value();
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
