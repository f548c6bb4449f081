#include "engine/jobs/Scheduler.h"

#include <QObject>
#include <QTest>
#include <QTimeZone>

using namespace PgVault;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

WeeklySchedule schedule(const QList<Qt::DayOfWeek> &days, QTime time, const char *zone)
{
    return WeeklySchedule(days, time, QTimeZone(QByteArray(zone)));
}

ScheduledInstance entry(
    const QString &name, const WeeklySchedule &weekly, const QDateTime &last, const QDateTime &created)
{
    BackupInstance instance;
    instance.id = name + QStringLiteral("-id");
    instance.name = name;
    instance.created = created;
    return {instance, weekly, last};
}

} // namespace

/// Tests Scheduler: which slot is due for an injected `now` across DST in Berlin and New York,
/// already-run and not-yet-due slots, catching up a missed slot exactly once, a future-dated last
/// run ignored, and nextWakeUp.
class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void due_data()
    {
        QTest::addColumn<WeeklySchedule>("weekly");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QDateTime>("last");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("slot"); // invalid = nothing due
        QTest::addColumn<int>("skipped");

        const QDateTime longAgo = utc(2020, 1, 1, 0, 0);
        const WeeklySchedule berlinSun22 = schedule({Qt::Sunday}, QTime(22, 0), "Europe/Berlin");
        const WeeklySchedule berlinSunWed22 = schedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), "Europe/Berlin");
        const WeeklySchedule berlinSun0230 = schedule({Qt::Sunday}, QTime(2, 30), "Europe/Berlin");
        const WeeklySchedule nySun0230 = schedule({Qt::Sunday}, QTime(2, 30), "America/New_York");
        const WeeklySchedule nySun0130 = schedule({Qt::Sunday}, QTime(1, 30), "America/New_York");

        // Summer in Berlin: 22:00 CEST is 20:00 UTC; 2024-06-02 is a Sunday.
        QTest::newRow("slot passed 5 minutes ago -> due") << berlinSun22 << longAgo << utc(2024, 5, 26, 20, 0, 3)
                                                          << utc(2024, 6, 2, 20, 5) << utc(2024, 6, 2, 20, 0) << 0;
        QTest::newRow("slot exactly now -> due") << berlinSun22 << longAgo << utc(2024, 5, 26, 20, 0, 3)
                                                 << utc(2024, 6, 2, 20, 0) << utc(2024, 6, 2, 20, 0) << 0;
        QTest::newRow("one minute before the slot -> not due")
            << berlinSun22 << longAgo << utc(2024, 5, 26, 20, 0, 3) << utc(2024, 6, 2, 19, 59) << QDateTime() << 0;
        QTest::newRow("already ran for the slot -> not due")
            << berlinSun22 << longAgo << utc(2024, 6, 2, 20, 0, 2) << utc(2024, 6, 2, 20, 5) << QDateTime() << 0;
        QTest::newRow("never ran, last slot within a week -> due once")
            << berlinSun22 << longAgo << QDateTime() << utc(2024, 6, 5, 9, 0) << utc(2024, 6, 2, 20, 0) << 0;
        QTest::newRow("down over three slots -> exactly one backup for the latest")
            << berlinSunWed22 << longAgo << utc(2024, 5, 26, 20, 0, 5) << utc(2024, 6, 6, 8, 0)
            << utc(2024, 6, 5, 20, 0) << 2;
        QTest::newRow("down for a month -> one backup for the latest slot")
            << berlinSun22 << longAgo << utc(2024, 5, 5, 20, 0, 5) << utc(2024, 6, 6, 8, 0) << utc(2024, 6, 2, 20, 0)
            << 3;
        // The last scheduled backup was dated by a clock ten years ahead, which is now back.
        QTest::newRow("last scheduled start in the future -> the latest slot is due")
            << berlinSun22 << longAgo << utc(2034, 6, 4, 20, 0, 3) << utc(2024, 6, 2, 20, 5) << utc(2024, 6, 2, 20, 0)
            << 0;
        QTest::newRow("last scheduled start within the future tolerance -> counts")
            << berlinSun22 << longAgo << utc(2024, 6, 2, 20, 9) << utc(2024, 6, 2, 20, 5) << QDateTime() << 0;
        QTest::newRow("instance created after the slot -> not due")
            << berlinSun22 << utc(2024, 6, 2, 21, 0) << QDateTime() << utc(2024, 6, 3, 8, 0) << QDateTime() << 0;
        QTest::newRow("instance created before the slot -> due")
            << berlinSun22 << utc(2024, 6, 2, 19, 0) << QDateTime() << utc(2024, 6, 3, 8, 0) << utc(2024, 6, 2, 20, 0)
            << 0;

        // Berlin spring forward, 2024-03-31 02:00 CET -> 03:00 CEST: 02:30 does not exist and the
        // run happens at 03:00 CEST = 01:00 UTC.
        QTest::newRow("Berlin spring gap: not before 03:00 CEST")
            << berlinSun0230 << longAgo << utc(2024, 3, 24, 1, 30, 5) << utc(2024, 3, 31, 0, 59) << QDateTime() << 0;
        QTest::newRow("Berlin spring gap: due at 03:00 CEST") << berlinSun0230 << longAgo << utc(2024, 3, 24, 1, 30, 5)
                                                              << utc(2024, 3, 31, 1, 0) << utc(2024, 3, 31, 1, 0) << 0;
        // Berlin fall back, 2024-10-27 03:00 CEST -> 02:00 CET: 02:30 happens twice; only the
        // first (00:30 UTC) runs.
        QTest::newRow("Berlin autumn overlap: first 02:30 is due")
            << berlinSun0230 << longAgo << utc(2024, 10, 20, 0, 30, 5) << utc(2024, 10, 27, 0, 31)
            << utc(2024, 10, 27, 0, 30) << 0;
        QTest::newRow("Berlin autumn overlap: second 02:30 does not run again")
            << berlinSun0230 << longAgo << utc(2024, 10, 27, 0, 30, 5) << utc(2024, 10, 27, 1, 35) << QDateTime() << 0;

        // New York spring forward, 2024-03-10 02:00 EST -> 03:00 EDT: 02:30 runs at 03:00 EDT.
        QTest::newRow("New York spring gap: due at 03:00 EDT") << nySun0230 << longAgo << utc(2024, 3, 3, 7, 30, 5)
                                                               << utc(2024, 3, 10, 7, 5) << utc(2024, 3, 10, 7, 0) << 0;
        // New York fall back, 2024-11-03 02:00 EDT -> 01:00 EST: 01:30 EDT (05:30 UTC) runs, 01:30
        // EST (06:30 UTC) does not.
        QTest::newRow("New York autumn overlap: first 01:30 is due")
            << nySun0130 << longAgo << utc(2024, 10, 27, 5, 30, 5) << utc(2024, 11, 3, 5, 31) << utc(2024, 11, 3, 5, 30)
            << 0;
        QTest::newRow("New York autumn overlap: second 01:30 does not run again")
            << nySun0130 << longAgo << utc(2024, 11, 3, 5, 30, 5) << utc(2024, 11, 3, 6, 45) << QDateTime() << 0;
    }

    void due()
    {
        QFETCH(WeeklySchedule, weekly);
        QFETCH(QDateTime, created);
        QFETCH(QDateTime, last);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, slot);
        QFETCH(int, skipped);

        const QList<DueBackup> due = Scheduler::due({entry(QStringLiteral("prod"), weekly, last, created)}, now);
        if (!slot.isValid()) {
            QVERIFY2(due.isEmpty(), qPrintable(due.value(0).slot.toString(Qt::ISODate)));
            return;
        }
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().instance.name, QStringLiteral("prod"));
        QCOMPARE(due.first().slot, slot);
        QCOMPARE(due.first().skippedSlots, skipped);
    }

    void dueRunsEachSlotOnce()
    {
        // Replays a week minute by minute as the agent would: each slot starts exactly one backup.
        const WeeklySchedule weekly = schedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), "Europe/Berlin");
        ScheduledInstance instance = entry(QStringLiteral("prod"), weekly, {}, utc(2024, 6, 1, 0, 0));
        QList<QDateTime> started;
        for (QDateTime now = utc(2024, 6, 1, 0, 0); now < utc(2024, 6, 9, 0, 0); now = now.addSecs(60)) {
            for (const DueBackup &backup : Scheduler::due({instance}, now)) {
                started << backup.slot;
                instance.lastScheduledStart = now;
            }
        }
        QCOMPARE(started, (QList<QDateTime>{utc(2024, 6, 2, 20, 0), utc(2024, 6, 5, 20, 0)}));
    }

    void dueChecksEveryInstance()
    {
        const WeeklySchedule weekly = schedule({Qt::Sunday}, QTime(22, 0), "Europe/Berlin");
        const QDateTime now = utc(2024, 6, 2, 20, 5);
        const QList<DueBackup> due = Scheduler::due({entry(QStringLiteral("a"), weekly, {}, utc(2024, 1, 1, 0, 0)),
                                                        entry(QStringLiteral("b"), weekly, now.addSecs(-60), {}),
                                                        entry(QStringLiteral("c"), weekly, {}, {})},
            now);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).instance.name, QStringLiteral("a"));
        QCOMPARE(due.at(1).instance.name, QStringLiteral("c"));
    }

    void stoppedInstanceIsNeverDue_data()
    {
        QTest::addColumn<int>("protection");
        QTest::newRow("retain as per policy") << int(BackupInstance::Protection::StoppedRetainAsPerPolicy);
        QTest::newRow("retain forever") << int(BackupInstance::Protection::StoppedRetainForever);
    }

    void stoppedInstanceIsNeverDue()
    {
        QFETCH(int, protection);
        const WeeklySchedule weekly = schedule({Qt::Sunday}, QTime(22, 0), "Europe/Berlin");
        const QDateTime now = utc(2024, 6, 2, 20, 5);
        ScheduledInstance stopped = entry(QStringLiteral("stopped"), weekly, {}, utc(2024, 1, 1, 0, 0));
        stopped.instance.protection = BackupInstance::Protection(protection);
        stopped.instance.stopped = utc(2024, 5, 1, 0, 0);
        const ScheduledInstance running = entry(QStringLiteral("running"), weekly, {}, utc(2024, 1, 1, 0, 0));
        const QList<DueBackup> due = Scheduler::due({stopped, running}, now);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().instance.name, QStringLiteral("running"));
        // Not even a wake-up for it.
        QVERIFY(!Scheduler::nextWakeUp({stopped}, now).isValid());
    }

    void nextWakeUp_data()
    {
        QTest::addColumn<WeeklySchedule>("weekly");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("Berlin summer: strictly after a slot at now")
            << schedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), "Europe/Berlin") << utc(2024, 6, 2, 20, 0)
            << utc(2024, 6, 5, 20, 0);
        QTest::newRow("Berlin winter: 22:00 CET is 21:00 UTC")
            << schedule({Qt::Monday}, QTime(22, 0), "Europe/Berlin") << utc(2024, 1, 1, 0, 0) << utc(2024, 1, 1, 21, 0);
        QTest::newRow("Berlin spring gap: 02:30 -> 03:00 CEST") << schedule({Qt::Sunday}, QTime(2, 30), "Europe/Berlin")
                                                                << utc(2024, 3, 30, 12, 0) << utc(2024, 3, 31, 1, 0);
        QTest::newRow("Berlin autumn overlap: first 02:30") << schedule({Qt::Sunday}, QTime(2, 30), "Europe/Berlin")
                                                            << utc(2024, 10, 26, 12, 0) << utc(2024, 10, 27, 0, 30);
        QTest::newRow("Berlin autumn overlap: not the second 02:30")
            << schedule({Qt::Sunday}, QTime(2, 30), "Europe/Berlin") << utc(2024, 10, 27, 0, 30)
            << utc(2024, 11, 3, 1, 30);
        QTest::newRow("New York spring gap: 02:30 -> 03:00 EDT")
            << schedule({Qt::Sunday}, QTime(2, 30), "America/New_York") << utc(2024, 3, 9, 12, 0)
            << utc(2024, 3, 10, 7, 0);
        QTest::newRow("New York autumn overlap: first 01:30")
            << schedule({Qt::Sunday}, QTime(1, 30), "America/New_York") << utc(2024, 11, 2, 12, 0)
            << utc(2024, 11, 3, 5, 30);
    }

    void nextWakeUp()
    {
        QFETCH(WeeklySchedule, weekly);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        QCOMPARE(Scheduler::nextWakeUp({entry(QStringLiteral("prod"), weekly, {}, {})}, now), expected);
    }

    void nextWakeUpIsTheEarliestInstance()
    {
        const QDateTime now = utc(2024, 6, 3, 12, 0); // Monday
        const QList<ScheduledInstance> instances{
            entry(QStringLiteral("a"), schedule({Qt::Friday}, QTime(22, 0), "Europe/Berlin"), {}, {}),
            entry(QStringLiteral("b"), schedule({Qt::Tuesday}, QTime(1, 0), "America/New_York"), {}, {}),
        };
        QCOMPARE(Scheduler::nextWakeUp(instances, now), utc(2024, 6, 4, 5, 0));
        QVERIFY(!Scheduler::nextWakeUp({}, now).isValid());
        QVERIFY(!Scheduler::nextWakeUp({entry(QStringLiteral("none"), schedule({}, QTime(1, 0), "UTC"), {}, {})}, now)
                     .isValid());
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "TestScheduler.moc"
