#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionSimulator.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QTimeZone>

using namespace PgVault;
using Kind = RetentionRule::Kind;

namespace {

const QTimeZone Berlin("Europe/Berlin");

/// The example policy: Sun + Wed 22:00 Europe/Berlin, Default P3M, Monthly P5Y, Yearly P10Y
/// (and Weekly P12W when asked).
BackupPolicy examplePolicy(bool withWeekly = false)
{
    BackupPolicy policy;
    policy.setName(QStringLiteral("sun-wed-berlin"));
    policy.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), Berlin));
    QList<RetentionRule> rules{RetentionRule(Kind::Default, Duration::months(3)),
        RetentionRule(Kind::Monthly, Duration::years(5)),
        RetentionRule(Kind::Yearly, Duration::years(10))};
    if (withWeekly)
        rules << RetentionRule(Kind::Weekly, Duration::weeks(12));
    policy.setRules(rules);
    return policy;
}

QSet<QDate> dates(const QStringList &texts)
{
    QSet<QDate> result;
    for (const QString &text : texts)
        result.insert(QDate::fromString(text, Qt::ISODate));
    return result;
}

QDate localDate(const QDateTime &time)
{
    return time.toTimeZone(Berlin).date();
}

const RetentionSimulator::Point *pointOn(const QList<RetentionSimulator::Point> &points, const QDate &date)
{
    for (const RetentionSimulator::Point &point : points) {
        if (localDate(point.time) == date)
            return &point;
    }
    return nullptr;
}

} // namespace

/// RetentionSimulator: a policy's schedule played over a date range through one evaluator, and how
/// many recovery points each rule still holds at an instant.
class TestRetentionSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTagsOverTwelveMonths_data()
    {
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("yearly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<int>("defaults");

        // 2026 starts and ends on a Thursday: 52 Sundays and 52 Wednesdays, 104 runs. The first
        // run of the year (Sun Jan 4) is Yearly, the first run of each other month Monthly.
        QTest::newRow("12 months of Sun+Wed 22:00 Europe/Berlin: 1 Yearly, 11 Monthly, 92 Default")
            << QStringList{} << 104 << 1 << 11 << 92;
        QTest::newRow("the Yearly run fails: the next success still takes Yearly")
            << QStringList{"2026-01-04"} << 103 << 1 << 11 << 91;
        QTest::newRow("every run of February fails: no Monthly for February") << QStringList{"2026-02-01",
            "2026-02-04",
            "2026-02-08",
            "2026-02-11",
            "2026-02-15",
            "2026-02-18",
            "2026-02-22",
            "2026-02-25"} << 96 << 1 << 10 << 85;
        QTest::newRow("a failure on a day without a run changes nothing")
            << QStringList{"2026-01-05"} << 104 << 1 << 11 << 92;
    }
    void countsTagsOverTwelveMonths()
    {
        QFETCH(QStringList, failed);
        QFETCH(int, points);
        QFETCH(int, yearly);
        QFETCH(int, monthly);
        QFETCH(int, defaults);

        const QList<RetentionSimulator::Point> simulated
            = RetentionSimulator::simulate(examplePolicy(), QDate(2026, 1, 1), QDate(2026, 12, 31), dates(failed));
        QCOMPARE(simulated.size(), points);
        QMap<Kind, int> counts;
        for (const RetentionSimulator::Point &point : simulated) {
            ++counts[point.tag];
            QVERIFY(!dates(failed).contains(localDate(point.time)));
            QCOMPARE(point.time.timeSpec(), Qt::UTC);
            QCOMPARE(point.time.toTimeZone(Berlin).time(), QTime(22, 0));
            QVERIFY(point.expiry > point.time);
        }
        QCOMPARE(counts.value(Kind::Yearly), yearly);
        QCOMPARE(counts.value(Kind::Monthly), monthly);
        QCOMPARE(counts.value(Kind::Weekly), 0);
        QCOMPARE(counts.value(Kind::Default), defaults);
    }

    void failureThenSuccessInOnePeriod_data()
    {
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QDate>("success");
        QTest::addColumn<QString>("tag");

        QTest::newRow("first run of the year fails: Wed Jan 7 takes Yearly")
            << QStringList{"2026-01-04"} << QDate(2026, 1, 7) << "Yearly";
        QTest::newRow("first run of March fails: Wed Mar 4 takes Monthly")
            << QStringList{"2026-03-01"} << QDate(2026, 3, 4) << "Monthly";
        QTest::newRow("Sunday of a week fails: its Wednesday takes Weekly")
            << QStringList{"2026-03-08"} << QDate(2026, 3, 11) << "Weekly";
        QTest::newRow("two failures in March: the third run, Sun Mar 8, takes Monthly")
            << QStringList{"2026-03-01", "2026-03-04"} << QDate(2026, 3, 8) << "Monthly";
        QTest::newRow("without a failure the week's Wednesday is Default")
            << QStringList{} << QDate(2026, 3, 11) << "Default";
    }
    void failureThenSuccessInOnePeriod()
    {
        QFETCH(QStringList, failed);
        QFETCH(QDate, success);
        QFETCH(QString, tag);

        const QList<RetentionSimulator::Point> simulated
            = RetentionSimulator::simulate(examplePolicy(true), QDate(2026, 1, 1), QDate(2026, 3, 31), dates(failed));
        for (const QDate &date : dates(failed))
            QVERIFY2(!pointOn(simulated, date), qPrintable(date.toString(Qt::ISODate)));
        const RetentionSimulator::Point *point = pointOn(simulated, success);
        QVERIFY(point);
        QCOMPARE(RetentionRule::tagName(point->tag), tag);
    }

    void aliveAtCountsHeldPoints_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<int>("yearly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<int>("defaults");

        const BackupPolicy policy = examplePolicy();
        // Default P3M: a point of local date d (22:00) is held at the start of D while d + 3 months
        // >= D. Oct 1 - Dec 31 2026 has 13 Sundays and 13 Wednesdays; 3 of them are Monthly.
        QTest::newRow("end of 2026: Yearly 1, Monthly 11, Default 23 (Oct-Dec less 3 Monthly)")
            << RetentionSimulator::endOfLocalDate(policy, QDate(2026, 12, 31)) << 1 << 11 << 23;
        // Apr 1 (a Wednesday) to Jun 30: 13 full weeks, 26 runs, 3 Monthly (Apr 1, May 3, Jun 3).
        QTest::newRow("end of June 2026: Yearly 1, Monthly 5 (Feb-Jun), Default 23")
            << RetentionSimulator::endOfLocalDate(policy, QDate(2026, 6, 30)) << 1 << 5 << 23;
        QTest::newRow("end of Sat 2026-01-03, before the first run: nothing")
            << RetentionSimulator::endOfLocalDate(policy, QDate(2026, 1, 3)) << 0 << 0 << 0;
        QTest::newRow("the instant of the first run (Sun Jan 4 22:00 CET): the Yearly point is held")
            << QDateTime(QDate(2026, 1, 4), QTime(21, 0), Qt::UTC) << 1 << 0 << 0;
        QTest::newRow("a millisecond before the first run: nothing")
            << QDateTime(QDate(2026, 1, 4), QTime(20, 59, 59, 999), Qt::UTC) << 0 << 0 << 0;
        // Monthly firsts of 2026: Feb 1, Mar 1, Apr 1, May 3, Jun 3, ... + 5 years.
        QTest::newRow("start of June 2031: Feb-May Monthly expired, Jun-Dec held (7)")
            << RetentionSimulator::endOfLocalDate(policy, QDate(2031, 5, 31)) << 1 << 7 << 0;
        QTest::newRow("the Yearly point's expiry instant, 2036-01-04 22:00 CET: expiry is exclusive")
            << QDateTime(QDate(2036, 1, 4), QTime(21, 0), Qt::UTC) << 0 << 0 << 0;
        QTest::newRow("a millisecond before the Yearly expiry: held")
            << QDateTime(QDate(2036, 1, 4), QTime(20, 59, 59, 999), Qt::UTC) << 1 << 0 << 0;
    }
    void aliveAtCountsHeldPoints()
    {
        QFETCH(QDateTime, instant);
        QFETCH(int, yearly);
        QFETCH(int, monthly);
        QFETCH(int, defaults);

        const QList<RetentionSimulator::Point> simulated
            = RetentionSimulator::simulate(examplePolicy(), QDate(2026, 1, 1), QDate(2026, 12, 31));
        const QMap<Kind, int> alive = RetentionSimulator::aliveAt(simulated, instant);
        QCOMPARE(alive.value(Kind::Yearly), yearly);
        QCOMPARE(alive.value(Kind::Monthly), monthly);
        QCOMPARE(alive.value(Kind::Weekly), 0);
        QCOMPARE(alive.value(Kind::Default), defaults);
    }

    void runsKeepTheLocalTimeAcrossDst()
    {
        const QList<RetentionSimulator::Point> simulated
            = RetentionSimulator::simulate(examplePolicy(), QDate(2026, 3, 22), QDate(2026, 4, 1));
        QCOMPARE(simulated.size(), 4);
        QCOMPARE(simulated.at(0).time, QDateTime(QDate(2026, 3, 22), QTime(21, 0), Qt::UTC)); // CET
        QCOMPARE(simulated.at(1).time, QDateTime(QDate(2026, 3, 25), QTime(21, 0), Qt::UTC));
        QCOMPARE(simulated.at(2).time, QDateTime(QDate(2026, 3, 29), QTime(20, 0), Qt::UTC)); // CEST
        QCOMPARE(simulated.at(3).time, QDateTime(QDate(2026, 4, 1), QTime(20, 0), Qt::UTC));
        // The range's first run is the first the evaluator sees: Yearly, then March is claimed.
        QCOMPARE(simulated.at(0).tag, Kind::Yearly);
        QCOMPARE(simulated.at(3).tag, Kind::Monthly);
        // Default P3M from Wed Mar 25 22:00 CET: Thu Jun 25 22:00 CEST.
        QCOMPARE(simulated.at(1).expiry, QDateTime(QDate(2026, 6, 25), QTime(20, 0), Qt::UTC));
    }

    void rangeIsInclusiveInLocalDates_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<int>("points");

        QTest::newRow("one Sunday") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << 1;
        QTest::newRow("Monday to Tuesday: no run") << QDate(2026, 3, 2) << QDate(2026, 3, 3) << 0;
        QTest::newRow("Sunday to Wednesday, both ends included") << QDate(2026, 3, 1) << QDate(2026, 3, 4) << 2;
        QTest::newRow("until before from: nothing") << QDate(2026, 3, 4) << QDate(2026, 3, 1) << 0;
        QTest::newRow("March 2026: 5 Sundays, 4 Wednesdays") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << 9;
    }
    void rangeIsInclusiveInLocalDates()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, until);
        QFETCH(int, points);
        QCOMPARE(RetentionSimulator::simulate(examplePolicy(), from, until).size(), points);
    }

    void endOfLocalDateIsTheNextLocalMidnight_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDateTime>("end");

        QTest::newRow("Europe/Berlin winter: 23:00 UTC")
            << "Europe/Berlin" << QDate(2026, 3, 28) << QDateTime(QDate(2026, 3, 28), QTime(23, 0), Qt::UTC);
        QTest::newRow("Europe/Berlin spring-forward day is 23 hours long: 22:00 UTC")
            << "Europe/Berlin" << QDate(2026, 3, 29) << QDateTime(QDate(2026, 3, 29), QTime(22, 0), Qt::UTC);
        QTest::newRow("America/New_York fall-back day: 05:00 UTC next day")
            << "America/New_York" << QDate(2026, 11, 1) << QDateTime(QDate(2026, 11, 2), QTime(5, 0), Qt::UTC);
        QTest::newRow("America/Sao_Paulo 2018-11-04 skips midnight: the day starts at 01:00 (03:00 UTC)")
            << "America/Sao_Paulo" << QDate(2018, 11, 3) << QDateTime(QDate(2018, 11, 4), QTime(3, 0), Qt::UTC);
        QTest::newRow("UTC") << "UTC" << QDate(2026, 12, 31) << QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    }
    void endOfLocalDateIsTheNextLocalMidnight()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QDateTime, end);

        BackupPolicy policy = examplePolicy();
        WeeklySchedule schedule = policy.schedule();
        schedule.setTimeZone(QTimeZone(zone.toLatin1()));
        policy.setSchedule(schedule);
        const QDateTime result = RetentionSimulator::endOfLocalDate(policy, date);
        QCOMPARE(result, end);
        QCOMPARE(result.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestRetentionSimulator)
#include "TestRetentionSimulator.moc"
