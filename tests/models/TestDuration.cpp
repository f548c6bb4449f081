#include "models/policies/Duration.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QTimeZone>

using namespace PgVault;

/// Duration: ISO 8601 parse and print, calendar arithmetic, the 7 days – 10 years range.
class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAzureDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("iso");
        QTest::newRow("ten years") << "P10Y" << 10 << int(Duration::Unit::Years) << "P10Y";
        QTest::newRow("three months") << "P3M" << 3 << int(Duration::Unit::Months) << "P3M";
        QTest::newRow("twelve weeks") << "P12W" << 12 << int(Duration::Unit::Weeks) << "P12W";
        QTest::newRow("seven days") << "P7D" << 7 << int(Duration::Unit::Days) << "P7D";
        QTest::newRow("lowercase is Azure's too") << "p5y" << 5 << int(Duration::Unit::Years) << "P5Y";
        QTest::newRow("surrounding spaces") << " P1W " << 1 << int(Duration::Unit::Weeks) << "P1W";
    }
    void parsesAzureDurations()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(int, unit);
        QFETCH(QString, iso);
        const Result<Duration> parsed = Duration::parse(text);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed->count(), count);
        QCOMPARE(int(parsed->unit()), unit);
        QCOMPARE(parsed->toIso(), iso);
    }

    void rejectsWhatIsNotOneCountAndUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "Duration.Syntax";
        QTest::newRow("combined units") << "P1Y2M"
                                        << "Duration.Syntax";
        QTest::newRow("time part") << "PT12H"
                                   << "Duration.Syntax";
        QTest::newRow("fraction") << "P1.5Y"
                                  << "Duration.Syntax";
        QTest::newRow("negative") << "P-3D"
                                  << "Duration.Syntax";
        QTest::newRow("no P") << "10Y"
                              << "Duration.Syntax";
        QTest::newRow("zero") << "P0D"
                              << "Duration.Count";
        QTest::newRow("unknown unit") << "P3H"
                                      << "Duration.Syntax";
    }
    void rejectsWhatIsNotOneCountAndUnit()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Result<Duration> parsed = Duration::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY2(parsed.error().message.contains(QLatin1Char('"') + text + QLatin1Char('"')),
            qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().remedy.isEmpty());
    }

    void addsCalendarDurations_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Jan 31 + P1M is the last day of February") << QDate(2026, 1, 31) << "P1M" << QDate(2026, 2, 28);
        QTest::newRow("Jan 31 + P1M in a leap year") << QDate(2028, 1, 31) << "P1M" << QDate(2028, 2, 29);
        QTest::newRow("Feb 29 + P1Y is Feb 28") << QDate(2028, 2, 29) << "P1Y" << QDate(2029, 2, 28);
        QTest::newRow("Feb 29 + P4Y is Feb 29") << QDate(2028, 2, 29) << "P4Y" << QDate(2032, 2, 29);
        QTest::newRow("Mar 31 + P3M is Jun 30") << QDate(2026, 3, 31) << "P3M" << QDate(2026, 6, 30);
        QTest::newRow("P12W is 84 days") << QDate(2026, 1, 1) << "P12W" << QDate(2026, 3, 26);
        QTest::newRow("P7D") << QDate(2026, 12, 28) << "P7D" << QDate(2027, 1, 4);
        QTest::newRow("P10Y") << QDate(2026, 11, 27) << "P10Y" << QDate(2036, 11, 27);
    }
    void addsCalendarDurations()
    {
        QFETCH(QDate, from);
        QFETCH(QString, duration);
        QFETCH(QDate, expected);
        const Result<Duration> parsed = Duration::parse(duration);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed->addTo(from), expected);
    }

    void keepsTheWallClockAcrossDaylightSaving()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime winter(QDate(2026, 1, 15), QTime(22, 0), berlin);
        const QDateTime summer = Duration::months(6).addTo(winter);
        QCOMPARE(summer.date(), QDate(2026, 7, 15));
        QCOMPARE(summer.time(), QTime(22, 0));
        QCOMPARE(summer.toUTC().time(), QTime(20, 0));
    }

    void checksTheRetentionRange_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("problem");
        QTest::newRow("P7D is the minimum") << "P7D"
                                            << "";
        QTest::newRow("P6D is below") << "P6D"
                                      << "is below 7 days";
        QTest::newRow("P1W") << "P1W"
                             << "";
        QTest::newRow("P10Y is the maximum") << "P10Y"
                                             << "";
        QTest::newRow("P11Y is above") << "P11Y"
                                       << "is above 10 years";
        QTest::newRow("P120M") << "P120M"
                               << "";
        QTest::newRow("P121M is above") << "P121M"
                                        << "is above 10 years";
        QTest::newRow("P3650D") << "P3650D"
                                << "";
        QTest::newRow("P3651D is above") << "P3651D"
                                         << "is above 10 years";
        QTest::newRow("P520W") << "P520W"
                               << "";
        QTest::newRow("P521W is above") << "P521W"
                                        << "is above 10 years";
    }
    void checksTheRetentionRange()
    {
        QFETCH(QString, duration);
        QFETCH(QString, problem);
        const Result<Duration> parsed = Duration::parse(duration);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed->retentionRangeProblem(), problem);
        QCOMPARE(parsed->isWithinRetentionRange(), problem.isEmpty());
    }

    void printsForPeople()
    {
        QCOMPARE(Duration::years(10).toDisplayString(), QStringLiteral("10 year(s)"));
        QCOMPARE(Duration::weeks(1).toIso(), QStringLiteral("P1W"));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
