#include "models/Catalog.h"
#include "models/jobs/JobRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace PgVault;
using Status = JobTypes::Status;
using Operation = JobTypes::Operation;

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());

Job makeJob(Operation operation, bool user, Status status, const QDateTime &start, const QString &instance)
{
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.operation = operation;
    job.userTriggered = user;
    job.status = status;
    job.start = start;
    if (status != Status::InProgress)
        job.end = start.addSecs(90);
    job.instanceName = instance;
    job.heartbeat = start;
    return job;
}

} // namespace

/// JobRepository: jobs with sub-tasks round-trip; filters and counts run in SQL.
class TestJobRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Result<std::unique_ptr<Catalog>> opened = Catalog::open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY_RESULT(opened);
        m_catalog = std::move(opened).value();
    }
    void cleanup()
    {
        m_catalog.reset();
        m_dir.reset();
    }

    void aJobRoundTripsWithSubTasksErrorAndOutput()
    {
        JobRepository jobs(m_catalog->database());
        Job job = makeJob(Operation::Backup, true, Status::Failed, Now.addSecs(-600), QStringLiteral("prod"));
        job.retentionTag = QStringLiteral("Monthly");
        job.bytesTransferred = 123456789;
        job.error = Error{QStringLiteral("Server.AuthenticationFailed"),
            QStringLiteral("password authentication failed"),
            QStringLiteral("Check the password."),
            {}};
        job.additionalDetails.insert(QStringLiteral("RetentionTag"), QStringLiteral("Monthly"));
        job.output = QStringLiteral("pg_dump: error: connection failed\n");
        job.subTasks << SubTask{1, QStringLiteral("Database app"), Status::Completed, 1.0, {}}
                     << SubTask{2,
                            QStringLiteral("Roles"),
                            Status::Failed,
                            0.5,
                            {{QStringLiteral("File"), QStringLiteral("roles.sql.zst")}}};
        QVERIFY_RESULT(jobs.create(job));
        Result<std::optional<Job>> found = jobs.find(job.id);
        QVERIFY_RESULT(found);
        QVERIFY(found->has_value());
        QCOMPARE(**found, job);
    }

    void outputKeepsTheTailWithinTheBound()
    {
        JobRepository jobs(m_catalog->database());
        const Job job = makeJob(Operation::Backup, false, Status::InProgress, Now, QStringLiteral("prod"));
        QVERIFY_RESULT(jobs.create(job));
        const QString chunk(100 * 1024, QLatin1Char('a'));
        for (int i = 0; i < 4; ++i)
            QVERIFY_RESULT(jobs.appendOutput(job.id, chunk));
        QVERIFY_RESULT(jobs.appendOutput(job.id, QStringLiteral("the last line")));
        const Job stored = jobs.find(job.id)->value();
        QCOMPARE(stored.output.size(), JobRepository::MaxOutputBytes);
        QVERIFY(stored.output.endsWith(QStringLiteral("the last line")));
    }

    void filtersAndCountsInSql()
    {
        JobRepository jobs(m_catalog->database());
        QVERIFY_RESULT(jobs.create(makeJob(Operation::Backup, false, Status::Completed, Now.addSecs(-3600), "a")));
        QVERIFY_RESULT(jobs.create(makeJob(Operation::Backup, true, Status::Failed, Now.addSecs(-7200), "a")));
        QVERIFY_RESULT(jobs.create(makeJob(Operation::Restore, true, Status::Completed, Now.addSecs(-1800), "b")));
        QVERIFY_RESULT(jobs.create(makeJob(Operation::Backup, false, Status::Completed, Now.addDays(-2), "a")));

        JobFilter last24h;
        last24h.since = Now.addDays(-1);
        QCOMPARE(jobs.count(last24h).value(), 3);
        const QList<Job> listed = jobs.list(last24h).value();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).operation, Operation::Restore); // newest first
        QCOMPARE(listed.at(2).status, Status::Failed);

        JobFilter scheduled = last24h;
        scheduled.operation = Operation::Backup;
        scheduled.userTriggered = false;
        QCOMPARE(jobs.count(scheduled).value(), 1);

        JobFilter failed = last24h;
        failed.status = Status::Failed;
        QCOMPARE(jobs.count(failed).value(), 1);
        const QMap<Status, int> counts = jobs.countByStatus(failed).value(); // ignores the status filter
        QCOMPARE(counts.value(Status::Completed), 2);
        QCOMPARE(counts.value(Status::Failed), 1);

        JobFilter instanceB = last24h;
        instanceB.instanceName = QStringLiteral("b");
        QCOMPARE(jobs.count(instanceB).value(), 1);
        QCOMPARE(jobs.list(last24h, 1, 1).value().size(), 1);
    }

    void abandonedJobsFailWithAClearError()
    {
        JobRepository jobs(m_catalog->database());
        const Job stale = makeJob(Operation::Backup, false, Status::InProgress, Now.addSecs(-600), "a");
        Job alive = makeJob(Operation::Backup, false, Status::InProgress, Now.addSecs(-600), "b");
        alive.heartbeat = Now.addSecs(-5);
        QVERIFY_RESULT(jobs.create(stale));
        QVERIFY_RESULT(jobs.create(alive));
        QCOMPARE(jobs.failAbandoned(Now, 60000).value(), 1);
        const Job failed = jobs.find(stale.id)->value();
        QCOMPARE(failed.status, Status::Failed);
        QVERIFY(failed.error.has_value());
        QCOMPARE(failed.error->code, QStringLiteral("Job.Abandoned"));
        QCOMPARE(jobs.find(alive.id)->value().status, Status::InProgress);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestJobRepository)
#include "TestJobRepository.moc"
