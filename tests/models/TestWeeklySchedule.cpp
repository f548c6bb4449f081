#include "models/policies/WeeklySchedule.h"
#include "tests/support/TestSupport.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace PgVault;

namespace {

using Days = QList<Qt::DayOfWeek>;

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

QTimeZone zone(const QString &id)
{
    return id == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(id.toLatin1());
}

} // namespace

Q_DECLARE_METATYPE(Days)

/// WeeklySchedule: Azure's "R/<start>/P1W" intervals and Windows zone ids, and run times across
/// daylight-saving changes.
class TestWeeklySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void writesAzureIntervals_data()
    {
        QTest::addColumn<Days>("days");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("intervals");
        QTest::addColumn<QString>("azureZone");

        QTest::newRow("Azure CLI default: Sunday 06:30 UTC")
            << Days{Qt::Sunday} << QTime(6, 30) << "UTC" << QStringList{"R/2021-08-15T06:30:00+00:00/P1W"} << "UTC";
        QTest::newRow("Sun + Wed 22:00 Europe/Berlin: summer offset of the reference week")
            << Days{Qt::Wednesday, Qt::Sunday} << QTime(22, 0) << "Europe/Berlin"
            << QStringList{"R/2021-08-15T22:00:00+02:00/P1W", "R/2021-08-18T22:00:00+02:00/P1W"}
            << "W. Europe Standard Time";
        QTest::newRow("Mon + Sat 01:15 America/New_York")
            << Days{Qt::Saturday, Qt::Monday} << QTime(1, 15) << "America/New_York"
            << QStringList{"R/2021-08-16T01:15:00-04:00/P1W", "R/2021-08-21T01:15:00-04:00/P1W"}
            << "Eastern Standard Time";
        QTest::newRow("Friday 23:00 Asia/Kolkata: half-hour offset")
            << Days{Qt::Friday} << QTime(23, 0) << "Asia/Kolkata" << QStringList{"R/2021-08-20T23:00:00+05:30/P1W"}
            << "India Standard Time";
    }
    void writesAzureIntervals()
    {
        QFETCH(Days, days);
        QFETCH(QTime, time);
        QFETCH(QString, zone);
        QFETCH(QStringList, intervals);
        QFETCH(QString, azureZone);

        const WeeklySchedule schedule(days, time, ::zone(zone));
        QCOMPARE(schedule.toAzureIntervals(), intervals);
        QCOMPARE(schedule.azureTimeZone(), azureZone);
    }

    void roundTripsThroughAzure_data()
    {
        QTest::addColumn<Days>("days");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("zone");

        QTest::newRow("Sunday 06:30 UTC") << Days{Qt::Sunday} << QTime(6, 30) << "UTC";
        QTest::newRow("Sun + Wed 22:00 Europe/Berlin")
            << Days{Qt::Sunday, Qt::Wednesday} << QTime(22, 0) << "Europe/Berlin";
        QTest::newRow("every day 02:30 America/New_York")
            << Days{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday, Qt::Sunday}
            << QTime(2, 30) << "America/New_York";
        QTest::newRow("Saturday 00:00 Australia/Sydney (southern summer in August's reference week is winter)")
            << Days{Qt::Saturday} << QTime(0, 0) << "Australia/Sydney";
    }
    void roundTripsThroughAzure()
    {
        QFETCH(Days, days);
        QFETCH(QTime, time);
        QFETCH(QString, zone);

        const WeeklySchedule schedule(days, time, ::zone(zone));
        const Result<WeeklySchedule> back
            = WeeklySchedule::fromAzure(schedule.toAzureIntervals(), schedule.azureTimeZone());
        QVERIFY_RESULT(back);
        QCOMPARE(*back, schedule);
        QCOMPARE(back->days(), schedule.days());
        QCOMPARE(back->time(), time);
    }

    void readsAzureSchedules_data()
    {
        QTest::addColumn<QStringList>("intervals");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<Days>("days");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QByteArray>("zoneId");

        QTest::newRow("PowerShell template: Sunday 23:00 UTC")
            << QStringList{"R/2024-01-07T23:00:00+00:00/P1W"} << "UTC" << Days{Qt::Sunday} << QTime(23, 0)
            << QByteArray("UTC");
        QTest::newRow("real-world Tuesday 02:00 W. Europe Standard Time with a winter offset")
            << QStringList{"R/2026-09-22T02:00:00+01:00/P1W"} << "W. Europe Standard Time" << Days{Qt::Tuesday}
            << QTime(2, 0) << QByteArray("Europe/Berlin");
        QTest::newRow("Eastern Standard Time, days in any order come back Sunday first")
            << QStringList{"R/2021-08-18T21:00:00-04:00/P1W", "R/2021-08-15T21:00:00-04:00/P1W"}
            << "Eastern Standard Time" << Days{Qt::Sunday, Qt::Wednesday} << QTime(21, 0)
            << QByteArray("America/New_York");
        QTest::newRow("an IANA id is accepted too") << QStringList{"R/2021-08-15T06:30:00+02:00/P1W"} << "Europe/Berlin"
                                                    << Days{Qt::Sunday} << QTime(6, 30) << QByteArray("Europe/Berlin");
        QTest::newRow("no time zone and a zero offset: UTC")
            << QStringList{"R/2021-08-15T06:30:00Z/P1W"} << "" << Days{Qt::Sunday} << QTime(6, 30) << QByteArray("UTC");
    }
    void readsAzureSchedules()
    {
        QFETCH(QStringList, intervals);
        QFETCH(QString, timeZone);
        QFETCH(Days, days);
        QFETCH(QTime, time);
        QFETCH(QByteArray, zoneId);

        const Result<WeeklySchedule> schedule = WeeklySchedule::fromAzure(intervals, timeZone);
        QVERIFY_RESULT(schedule);
        QCOMPARE(schedule->days(), days);
        QCOMPARE(schedule->time(), time);
        QCOMPARE(schedule->timeZone().id(), zoneId);
    }

    void noZoneAndAnOffsetGivesAFixedOffsetZone()
    {
        const Result<WeeklySchedule> schedule
            = WeeklySchedule::fromAzure({QStringLiteral("R/2021-08-15T06:30:00+05:30/P1W")}, QString());
        QVERIFY_RESULT(schedule);
        QCOMPARE(schedule->timeZone().offsetFromUtc(utc("2026-01-01T00:00:00Z")), 5 * 3600 + 30 * 60);
        QCOMPARE(schedule->toAzureIntervals(), QStringList{"R/2021-08-15T06:30:00+05:30/P1W"});
    }

    void rejectsWhatIsNotAWeeklySchedule_data()
    {
        QTest::addColumn<QStringList>("intervals");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        QTest::newRow("no intervals") << QStringList{} << "UTC"
                                      << "Schedule.NoIntervals"
                                      << "repeatingTimeIntervals";
        QTest::newRow("not a repeating interval") << QStringList{"2021-08-15T06:30:00+00:00/P1W"} << "UTC"
                                                  << "Schedule.BadInterval"
                                                  << "repeatingTimeIntervals[0]";
        QTest::newRow("daily is not weekly")
            << QStringList{"R/2021-08-15T06:30:00+00:00/P1W", "R/2021-08-16T06:30:00+00:00/P1D"} << "UTC"
            << "Schedule.NotWeekly"
            << "repeatingTimeIntervals[1]";
        QTest::newRow("a start that is not a date-time") << QStringList{"R/yesterday/P1W"} << "UTC"
                                                         << "Schedule.BadStart"
                                                         << "repeatingTimeIntervals[0]";
        QTest::newRow("two different times")
            << QStringList{"R/2021-08-15T06:30:00+00:00/P1W", "R/2021-08-18T07:30:00+00:00/P1W"} << "UTC"
            << "Schedule.MixedTimes"
            << "repeatingTimeIntervals[1]";
        QTest::newRow("unknown time zone") << QStringList{"R/2021-08-15T06:30:00+00:00/P1W"} << "Mars Standard Time"
                                           << "Schedule.UnknownTimeZone"
                                           << "timeZone";
    }
    void rejectsWhatIsNotAWeeklySchedule()
    {
        QFETCH(QStringList, intervals);
        QFETCH(QString, timeZone);
        QFETCH(QString, code);
        QFETCH(QString, field);

        const Result<WeeklySchedule> schedule = WeeklySchedule::fromAzure(intervals, timeZone);
        QVERIFY(!schedule.ok());
        QCOMPARE(schedule.error().code, code);
        QCOMPARE(schedule.error().field, field);
        QVERIFY(!schedule.error().message.isEmpty());
        QVERIFY(!schedule.error().remedy.isEmpty());
    }

    void mapsWindowsAndIanaZones_data()
    {
        QTest::addColumn<QString>("iana");
        QTest::addColumn<QString>("windows");

        QTest::newRow("Europe/Berlin <-> W. Europe Standard Time") << "Europe/Berlin"
                                                                   << "W. Europe Standard Time";
        QTest::newRow("America/New_York <-> Eastern Standard Time") << "America/New_York"
                                                                    << "Eastern Standard Time";
        QTest::newRow("UTC <-> UTC") << "UTC"
                                     << "UTC";
    }
    void mapsWindowsAndIanaZones()
    {
        QFETCH(QString, iana);
        QFETCH(QString, windows);

        QCOMPARE(WeeklySchedule::windowsZoneId(zone(iana)), windows);
        const QTimeZone back = WeeklySchedule::zoneFromAzure(windows);
        QVERIFY(back.isValid());
        QCOMPARE(back.id(), iana.toLatin1());
        QCOMPARE(WeeklySchedule::zoneFromAzure(iana).id(), iana.toLatin1());
    }

    void renamedZonesStillHaveWindowsIds_data()
    {
        QTest::addColumn<QString>("iana");
        QTest::addColumn<QString>("windows");

        // Qt 6.4's CLDR table lists these only under their former names (Asia/Calcutta, ...).
        QTest::newRow("Asia/Kolkata -> India Standard Time") << "Asia/Kolkata"
                                                             << "India Standard Time";
        QTest::newRow("Europe/Kyiv -> FLE Standard Time") << "Europe/Kyiv"
                                                          << "FLE Standard Time";
        QTest::newRow("Asia/Kathmandu -> Nepal Standard Time") << "Asia/Kathmandu"
                                                               << "Nepal Standard Time";
        QTest::newRow("America/Argentina/Buenos_Aires -> Argentina Standard Time") << "America/Argentina/Buenos_Aires"
                                                                                   << "Argentina Standard Time";
    }
    void renamedZonesStillHaveWindowsIds()
    {
        QFETCH(QString, iana);
        QFETCH(QString, windows);

        const QTimeZone tz(iana.toLatin1());
        QVERIFY(tz.isValid());
        QCOMPARE(WeeklySchedule::windowsZoneId(tz), windows);
        // Azure's id comes back as the same zone (under whichever name Qt prefers).
        const QTimeZone back = WeeklySchedule::zoneFromAzure(windows);
        QVERIFY(back.isValid());
        const QDateTime probe(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(back.offsetFromUtc(probe), tz.offsetFromUtc(probe));
    }

    void unknownZonesAreInvalid()
    {
        QVERIFY(!WeeklySchedule::zoneFromAzure(QStringLiteral("Mars Standard Time")).isValid());
        QVERIFY(!WeeklySchedule::zoneFromAzure(QString()).isValid());
        QCOMPARE(WeeklySchedule::zoneFromAzure(QStringLiteral("utc")), QTimeZone::utc());
    }

    void nextRunAfterFollowsTheLocalClock_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<Days>("days");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");

        const QString berlin = QStringLiteral("Europe/Berlin");
        const QString newYork = QStringLiteral("America/New_York");
        // clang-format off
        QTest::newRow("Europe/Berlin Sun 22:00 in winter: 21:00 UTC")
            << berlin << Days{Qt::Sunday} << QTime(22, 0) << utc("2026-03-16T00:00:00Z") << utc("2026-03-22T21:00:00Z");
        QTest::newRow("Europe/Berlin Sun 22:00 on the spring-forward day (2026-03-29): 20:00 UTC")
            << berlin << Days{Qt::Sunday} << QTime(22, 0) << utc("2026-03-23T00:00:00Z") << utc("2026-03-29T20:00:00Z");
        QTest::newRow("Europe/Berlin Sun 22:00 on the fall-back day (2026-10-25): 21:00 UTC")
            << berlin << Days{Qt::Sunday} << QTime(22, 0) << utc("2026-10-19T00:00:00Z") << utc("2026-10-25T21:00:00Z");
        QTest::newRow("Europe/Berlin Sun 02:30 in the spring gap: the first instant after it, 03:00 CEST")
            << berlin << Days{Qt::Sunday} << QTime(2, 30) << utc("2026-03-28T12:00:00Z") << utc("2026-03-29T01:00:00Z");
        QTest::newRow("Europe/Berlin Sun 02:30 in the autumn overlap: once, at the first occurrence (CEST)")
            << berlin << Days{Qt::Sunday} << QTime(2, 30) << utc("2026-10-24T12:00:00Z") << utc("2026-10-25T00:30:00Z");
        QTest::newRow("Europe/Berlin Sun 02:30 after the first occurrence: not again at the second, next week")
            << berlin << Days{Qt::Sunday} << QTime(2, 30) << utc("2026-10-25T00:30:00Z") << utc("2026-11-01T01:30:00Z");
        QTest::newRow("Europe/Berlin Sun 02:30 the week after the gap: 02:30 CEST again")
            << berlin << Days{Qt::Sunday} << QTime(2, 30) << utc("2026-03-29T01:00:00Z") << utc("2026-04-05T00:30:00Z");
        QTest::newRow("America/New_York Sun 02:30 in the spring gap (2026-03-08): 03:00 EDT")
            << newYork << Days{Qt::Sunday} << QTime(2, 30) << utc("2026-03-07T12:00:00Z") << utc("2026-03-08T07:00:00Z");
        QTest::newRow("America/New_York Sun 01:30 in the autumn overlap (2026-11-01): the first, EDT")
            << newYork << Days{Qt::Sunday} << QTime(1, 30) << utc("2026-10-31T12:00:00Z") << utc("2026-11-01T05:30:00Z");
        QTest::newRow("America/New_York Sun 01:30 after its first occurrence: next week, EST")
            << newYork << Days{Qt::Sunday} << QTime(1, 30) << utc("2026-11-01T05:30:00Z") << utc("2026-11-08T06:30:00Z");
        QTest::newRow("America/New_York Sun 02:30 on the fall-back day is not repeated: 07:30 UTC")
            << newYork << Days{Qt::Sunday} << QTime(2, 30) << utc("2026-10-31T12:00:00Z") << utc("2026-11-01T07:30:00Z");
        QTest::newRow("America/New_York Wed 22:00 after spring forward: 02:00 UTC Thursday")
            << newYork << Days{Qt::Wednesday} << QTime(22, 0) << utc("2026-03-08T12:00:00Z") << utc("2026-03-12T02:00:00Z");
        QTest::newRow("America/New_York Sat 21:00 local is Sunday in UTC")
            << newYork << Days{Qt::Saturday} << QTime(21, 0) << utc("2026-03-02T00:00:00Z") << utc("2026-03-08T02:00:00Z");
        QTest::newRow("Sun + Wed: the nearer weekday comes first")
            << berlin << Days{Qt::Sunday, Qt::Wednesday} << QTime(22, 0) << utc("2026-03-23T00:00:00Z") << utc("2026-03-25T21:00:00Z");
        QTest::newRow("strictly after: a run at the instant itself is not next")
            << berlin << Days{Qt::Sunday, Qt::Wednesday} << QTime(22, 0) << utc("2026-03-25T21:00:00Z") << utc("2026-03-29T20:00:00Z");
        QTest::newRow("UTC Sunday 06:30")
            << "UTC" << Days{Qt::Sunday} << QTime(6, 30) << utc("2026-11-27T04:00:00Z") << utc("2026-11-29T06:30:00Z");
        // clang-format on
    }
    void nextRunAfterFollowsTheLocalClock()
    {
        QFETCH(QString, zone);
        QFETCH(Days, days);
        QFETCH(QTime, time);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);

        const WeeklySchedule schedule(days, time, ::zone(zone));
        const QDateTime next = schedule.nextRunAfter(after);
        QCOMPARE(next, expected);
        QCOMPARE(next.timeSpec(), Qt::UTC);
    }

    void runsBetween_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("until");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDateTime>("first");
        QTest::addColumn<QDateTime>("last");

        // clang-format off
        QTest::newRow("March 2026 in Europe/Berlin: 5 Sundays + 4 Wednesdays, across spring forward")
            << "Europe/Berlin" << utc("2026-02-28T23:00:00Z") << utc("2026-03-31T22:00:00Z") << 9
            << utc("2026-03-01T21:00:00Z") << utc("2026-03-29T20:00:00Z");
        QTest::newRow("from is inclusive, until exclusive")
            << "Europe/Berlin" << utc("2026-03-01T21:00:00Z") << utc("2026-03-08T21:00:00Z") << 2
            << utc("2026-03-01T21:00:00Z") << utc("2026-03-04T21:00:00Z");
        QTest::newRow("a year of Sun + Wed in Europe/Berlin: 104 runs")
            << "Europe/Berlin" << utc("2025-12-31T23:00:00Z") << utc("2026-12-31T23:00:00Z") << 104
            << utc("2026-01-04T21:00:00Z") << utc("2026-12-30T21:00:00Z");
        QTest::newRow("America/New_York November 2026: 5 Sundays + 4 Wednesdays, across fall back")
            << "America/New_York" << utc("2026-11-01T04:00:00Z") << utc("2026-12-01T05:00:00Z") << 9
            << utc("2026-11-02T03:00:00Z") << utc("2026-11-30T03:00:00Z");
        QTest::newRow("empty range") << "UTC" << utc("2026-03-01T00:00:00Z") << utc("2026-03-01T00:00:00Z") << 0
                                     << QDateTime() << QDateTime();
        // clang-format on
    }
    void runsBetween()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, until);
        QFETCH(int, count);
        QFETCH(QDateTime, first);
        QFETCH(QDateTime, last);

        const WeeklySchedule schedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), ::zone(zone));
        const QList<QDateTime> runs = schedule.runsBetween(from, until);
        QCOMPARE(runs.size(), count);
        if (count == 0)
            return;
        QCOMPARE(runs.first(), first);
        QCOMPARE(runs.last(), last);
        QVERIFY(std::is_sorted(runs.cbegin(), runs.cend()));
        for (const QDateTime &run : runs) {
            QCOMPARE(run.toTimeZone(::zone(zone)).time(), QTime(22, 0));
            QCOMPARE(schedule.nextRunAfter(run.addMSecs(-1)), run);
        }
    }

    void summaryReadsLikeTheSchedule_data()
    {
        QTest::addColumn<Days>("days");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("summary");

        QTest::newRow("Sun + Wed 22:00 Europe/Berlin")
            << Days{Qt::Wednesday, Qt::Sunday} << QTime(22, 0) << "Europe/Berlin"
            << "Weekly on Sun, Wed at 22:00 Europe/Berlin";
        QTest::newRow("Sunday 06:30 UTC") << Days{Qt::Sunday} << QTime(6, 30) << "UTC"
                                          << "Weekly on Sun at 06:30 UTC";
        QTest::newRow("weekdays 01:05 America/New_York")
            << Days{Qt::Friday, Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday} << QTime(1, 5)
            << "America/New_York"
            << "Weekly on Mon, Tue, Wed, Thu, Fri at 01:05 America/New_York";
    }
    void summaryReadsLikeTheSchedule()
    {
        QFETCH(Days, days);
        QFETCH(QTime, time);
        QFETCH(QString, zone);
        QFETCH(QString, summary);
        QCOMPARE(WeeklySchedule(days, time, ::zone(zone)).summary(), summary);
    }

    void daysAreSundayFirstWithoutDuplicates()
    {
        const WeeklySchedule schedule(
            {Qt::Saturday, Qt::Monday, Qt::Sunday, Qt::Monday}, QTime(22, 0), QTimeZone::utc());
        QCOMPARE(schedule.days(), (Days{Qt::Sunday, Qt::Monday, Qt::Saturday}));
        QVERIFY(schedule.runsOn(Qt::Saturday));
        QVERIFY(!schedule.runsOn(Qt::Tuesday));
    }
};

QTEST_GUILESS_MAIN(TestWeeklySchedule)
#include "TestWeeklySchedule.moc"
