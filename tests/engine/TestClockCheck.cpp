#include "engine/jobs/ClockCheck.h"
#include "models/ClockTrustRepository.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/jobs/JobRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QObject>
#include <QSysInfo>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace PgVault;

namespace {

/// The last time the catalog's evidence vouches for: a backup job and its point.
const QDateTime Last(QDate(2024, 6, 2), QTime(20, 0), QTimeZone::utc());

} // namespace

/// Tests ClockCheck over a real catalog: which readings of the clock it trusts given the jobs,
/// points and heartbeats in it, that a doubt outlives what the doubted clock dates, and how the
/// doubt ends (the clock comes back, or the user vouches for it).
class TestClockCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempCatalogAndVault>();
        QVERIFY_RESULT(m_temp->create(Last.addYears(-1)));
        m_instance = m_temp->addInstance(QStringLiteral("prod"), Last.addYears(-1));
    }

    void cleanup() { m_temp.reset(); }

    void anEmptyCatalogTrustsAnyClock()
    {
        ClockCheck check(m_temp->catalog->database());
        const Result<ClockVerdict> verdict = check.check(Last.addYears(10));
        QVERIFY_RESULT(verdict);
        QVERIFY(verdict->trusted);
        QVERIFY(!verdict->reference.isValid());
        QCOMPARE(stored().trusted, Last.addYears(10));
        QCOMPARE(stored().doubtedSince, QDateTime());
    }

    void rule_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QDateTime>("reference");

        QTest::newRow("a minute after the last job -> trusted") << Last.addSecs(60) << true << Last;
        QTest::newRow("machine off for four weeks -> trusted") << Last.addDays(28) << true << Last;
        QTest::newRow("exactly the longest gap plus the margin -> trusted")
            << Last.addDays(ClockCheck::MaxLeapDays) << true << Last;
        QTest::newRow("a millisecond more -> doubted")
            << Last.addDays(ClockCheck::MaxLeapDays).addMSecs(1) << false << Last;
        QTest::newRow("clock jumped ten years ahead -> doubted") << Last.addYears(10) << false << Last;
        // The job is then future-dated: no evidence at all.
        QTest::newRow("clock days behind the last job -> trusted") << Last.addDays(-3) << true << QDateTime();
    }

    void rule()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, trusted);
        QFETCH(QDateTime, reference);
        addJob(Last);
        const Result<ClockVerdict> verdict = ClockCheck(m_temp->catalog->database()).evaluate(now);
        QVERIFY_RESULT(verdict);
        QCOMPARE(verdict->trusted, trusted);
        QCOMPARE(verdict->reference, reference);
    }

    void aJumpAheadIsDoubtedWithAReasonAndARemedy()
    {
        addJob(Last.addDays(-7));
        m_temp->addPoint(m_instance, Last, Last.addDays(30), RetentionRule::Kind::Default);
        const QDateTime jumped = Last.addYears(10);
        const Result<ClockVerdict> verdict = ClockCheck(m_temp->catalog->database()).check(jumped);
        QVERIFY_RESULT(verdict);
        QVERIFY(!verdict->trusted);
        QCOMPARE(verdict->reference, Last);
        QCOMPARE(verdict->doubtedSince, jumped);
        const Error refusal = verdict->refusal();
        QCOMPARE(refusal.code, QStringLiteral("Expiry.ClockAhead"));
        QVERIFY2(refusal.message.contains(QStringLiteral("2034-06-02T20:00:00Z")), qPrintable(refusal.message));
        QVERIFY2(refusal.message.contains(QStringLiteral("2024-06-02T20:00:00Z")), qPrintable(refusal.message));
        QVERIFY2(refusal.remedy.contains(QStringLiteral("Check the system clock")), qPrintable(refusal.remedy));
        QVERIFY2(refusal.remedy.contains(QStringLiteral("prune --trust-clock")), qPrintable(refusal.remedy));
        // The evidence becomes the stored trusted time: what the doubted clock dates next cannot move it.
        QCOMPARE(stored().trusted, Last);
        QCOMPARE(stored().doubtedSince, jumped);
    }

    void theDoubtOutlivesWhatTheDoubtedClockDates()
    {
        addJob(Last);
        ClockCheck check(m_temp->catalog->database());
        const QDateTime jumped = Last.addYears(10);
        QVERIFY(!check.check(jumped)->trusted);
        // A backup the agent starts by the jumped clock, and another agent's heartbeat by it.
        addJob(jumped.addSecs(30));
        m_temp->addPoint(m_instance, jumped.addSecs(30), jumped.addDays(30), RetentionRule::Kind::Default);
        QVERIFY_RESULT(AgentHeartbeatRepository(m_temp->catalog->database())
                           .beat({QStringLiteral("other-host"), 7, jumped, jumped.addSecs(60)}));

        const Result<ClockVerdict> later = check.check(jumped.addSecs(120));
        QVERIFY_RESULT(later);
        QVERIFY(!later->trusted);
        QCOMPARE(later->reference, Last);
        QCOMPARE(later->doubtedSince, jumped);
        QCOMPARE(stored().trusted, Last);
        QCOMPARE(stored().doubtedSince, jumped);
    }

    void theClockComingBackEndsTheDoubtAndWhatTheJumpDatedNeverVouches()
    {
        addJob(Last);
        ClockCheck check(m_temp->catalog->database());
        const QDateTime jumped = Last.addYears(10);
        QVERIFY(!check.check(jumped)->trusted);
        addJob(jumped.addSecs(30));

        const QDateTime back = Last.addDays(1);
        const Result<ClockVerdict> verdict = check.check(back);
        QVERIFY_RESULT(verdict);
        QVERIFY(verdict->trusted);
        QCOMPARE(stored().trusted, back);
        QCOMPARE(stored().doubtedSince, QDateTime());
        // The job dated ten years ahead lies beyond a gap: when the same jump comes again, it does
        // not vouch for it.
        const Result<ClockVerdict> again = check.check(jumped.addDays(1));
        QVERIFY_RESULT(again);
        QVERIFY(!again->trusted);
        QCOMPARE(again->reference, back);
    }

    void aRunOfRecordsCarriesTheTrustedTimeOn()
    {
        // The agent last ran a hundred days ago; since then, weekly on-demand backups by the
        // right clock (`pgvaultctl backup-now` from cron) and no expiry.
        ClockCheck check(m_temp->catalog->database());
        QVERIFY(check.check(Last.addDays(-100))->trusted);
        for (int day = -98; day <= 0; day += 7)
            addJob(Last.addDays(day));
        const Result<ClockVerdict> verdict = check.check(Last.addDays(10));
        QVERIFY_RESULT(verdict);
        QVERIFY(verdict->trusted);
        QCOMPARE(verdict->reference, Last);
        QCOMPARE(stored().trusted, Last.addDays(10));
    }

    void evaluateRecordsNothing()
    {
        addJob(Last);
        const Result<ClockVerdict> verdict = ClockCheck(m_temp->catalog->database()).evaluate(Last.addYears(10));
        QVERIFY_RESULT(verdict);
        QVERIFY(!verdict->trusted);
        QCOMPARE(verdict->doubtedSince, Last.addYears(10));
        QVERIFY(!stored().trusted.isValid());
        QVERIFY(!stored().doubtedSince.isValid());
    }

    void theUserVouchingForTheClockEndsTheDoubt()
    {
        addJob(Last);
        ClockCheck check(m_temp->catalog->database());
        const QDateTime late = Last.addDays(90);
        QVERIFY(!check.check(late)->trusted);
        QVERIFY_RESULT(check.trust(late.addSecs(5)));
        QCOMPARE(stored().trusted, late.addSecs(5));
        QCOMPARE(stored().doubtedSince, QDateTime());
        const Result<ClockVerdict> verdict = check.check(late.addSecs(60));
        QVERIFY_RESULT(verdict);
        QVERIFY(verdict->trusted);
    }

    void heartbeatsOfOtherAgentsCountButNotThisProcesssOwn()
    {
        addJob(Last);
        const QDateTime jumped = Last.addYears(10);
        AgentHeartbeatRepository heartbeats(m_temp->catalog->database());
        // This process's own beat comes from the very clock being checked.
        QVERIFY_RESULT(heartbeats.beat(
            {QSysInfo::machineHostName(), QCoreApplication::applicationPid(), jumped, jumped.addSecs(-30)}));
        ClockCheck check(m_temp->catalog->database());
        QVERIFY(!check.evaluate(jumped)->trusted);

        QVERIFY_RESULT(heartbeats.beat({QStringLiteral("other-host"), 7, Last, Last.addDays(30)}));
        const Result<ClockVerdict> verdict = check.evaluate(Last.addDays(60));
        QVERIFY_RESULT(verdict);
        QVERIFY(verdict->trusted);
        QCOMPARE(verdict->reference, Last.addDays(30));
    }

private:
    void addJob(const QDateTime &start)
    {
        Job job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.activityId = job.id;
        job.status = JobTypes::Status::Completed;
        job.start = start;
        job.end = start.addSecs(20);
        job.instanceId = m_instance;
        job.instanceName = QStringLiteral("prod");
        QVERIFY_RESULT(JobRepository(m_temp->catalog->database()).create(job));
    }

    ClockTrust stored() const
    {
        const Result<ClockTrust> trust = ClockTrustRepository(m_temp->catalog->database()).read();
        return trust ? trust.value() : ClockTrust{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), {}};
    }

    std::unique_ptr<Test::TempCatalogAndVault> m_temp;
    QString m_instance;
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "TestClockCheck.moc"
