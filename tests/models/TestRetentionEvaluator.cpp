#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionEvaluator.h"
#include "tests/support/TestSupport.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace PgVault;
using Kind = RetentionRule::Kind;

namespace {

/// "2026-03-01T22:00" is a wall clock in `zone`; "2026-03-28T23:30Z" is UTC (used where the wall
/// clock is ambiguous, or to show that the UTC date differs from the local one).
QDateTime instant(const QString &text, const QTimeZone &zone)
{
    if (text.endsWith(QLatin1Char('Z')))
        return QDateTime::fromString(text, Qt::ISODate).toUTC();
    const QDateTime wall = QDateTime::fromString(text, Qt::ISODate);
    return QDateTime(wall.date(), wall.time(), zone).toUTC();
}

QList<Kind> kinds(const QString &names)
{
    QList<Kind> result;
    for (const QString &name : names.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result << *RetentionRule::kindFromTagName(name);
    return result;
}

QString names(const QList<Kind> &list)
{
    QStringList result;
    for (Kind kind : list)
        result << RetentionRule::tagName(kind);
    return result.join(QLatin1Char(' '));
}

/// Default P3M plus the named rules: Weekly P12W, Monthly P5Y, Yearly P10Y.
BackupPolicy policyWith(const QString &zone, const QString &rules)
{
    BackupPolicy policy;
    policy.setName(QStringLiteral("test-policy"));
    policy.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone(zone.toLatin1())));
    QList<RetentionRule> list{RetentionRule(Kind::Default, Duration::months(3))};
    for (Kind kind : kinds(rules)) {
        const Duration duration = kind == Kind::Yearly ? Duration::years(10)
            : kind == Kind::Monthly                    ? Duration::years(5)
                                                       : Duration::weeks(12);
        list << RetentionRule(kind, duration);
    }
    policy.setRules(list);
    return policy;
}

const QString AllRules = QStringLiteral("Yearly Monthly Weekly");
const QString Berlin = QStringLiteral("Europe/Berlin");
const QString NewYork = QStringLiteral("America/New_York");

} // namespace

/// RetentionEvaluator: which rule keeps a recovery point (first of year / month / Sunday week in the
/// policy zone, Yearly > Monthly > Weekly > Default) and until when.
class TestRetentionEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsTheFirstOfEachPeriod_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("matched");

        // clang-format off
        QTest::newRow("first backup ever is first of year, month and week -> Yearly")
            << Berlin << AllRules << QStringList{} << "2026-03-01T22:00" << "" << "Yearly" << "Yearly Monthly Weekly";
        QTest::newRow("Azure's example: first of week that is also first of month -> Monthly")
            << Berlin << AllRules << QStringList{"2026-02-22T22:00", "2026-02-25T22:00"}
            << "2026-03-01T22:00" << "" << "Monthly" << "Monthly Weekly";
        QTest::newRow("first of week only -> Weekly")
            << Berlin << AllRules << QStringList{"2026-03-01T22:00", "2026-03-04T22:00"}
            << "2026-03-08T22:00" << "" << "Weekly" << "Weekly";
        QTest::newRow("second backup of a week -> Default")
            << Berlin << AllRules << QStringList{"2026-03-01T22:00", "2026-03-08T22:00"}
            << "2026-03-11T22:00" << "" << "Default" << "";
        QTest::newRow("first of year -> Yearly even though also first of week and month")
            << Berlin << AllRules << QStringList{"2025-12-28T22:00", "2025-12-31T22:00"}
            << "2026-01-04T22:00" << "" << "Yearly" << "Yearly Monthly Weekly";
        QTest::newRow("week spanning New Year: Sun 2023-01-01 after Sat 2022-12-31 is first of year and week -> Yearly")
            << Berlin << AllRules << QStringList{"2022-12-25T22:00", "2022-12-31T22:00"}
            << "2023-01-01T22:00" << "" << "Yearly" << "Yearly Monthly Weekly";
        QTest::newRow("week spanning New Year: Sat 2022-12-31 is the old week's and year's third -> Default")
            << Berlin << AllRules << QStringList{"2022-12-25T22:00", "2022-12-28T22:00"}
            << "2022-12-31T22:00" << "" << "Default" << "";
        QTest::newRow("week spanning New Year: Wed 2024-01-03 after Sun 2023-12-31 is first of year, not of week")
            << Berlin << AllRules << QStringList{"2023-12-31T22:00"}
            << "2024-01-03T22:00" << "" << "Yearly" << "Yearly Monthly";
        QTest::newRow("rules missing (Default and Monthly only): first of week -> Default")
            << Berlin << "Monthly" << QStringList{"2026-03-01T22:00"}
            << "2026-03-08T22:00" << "" << "Default" << "";
        QTest::newRow("rules missing (Default and Monthly only): first of year -> Monthly")
            << Berlin << "Monthly" << QStringList{} << "2026-01-04T22:00" << "" << "Monthly" << "Monthly";
        QTest::newRow("rules missing (Default and Weekly only): first of month and week -> Weekly")
            << Berlin << "Weekly" << QStringList{"2026-02-25T22:00"} << "2026-03-01T22:00" << "" << "Weekly" << "Weekly";
        QTest::newRow("only Default: first of everything -> Default")
            << Berlin << "" << QStringList{} << "2026-01-04T22:00" << "" << "Default" << "";
        QTest::newRow("Europe/Berlin spring-forward week: Sun 00:30 local (Sat 23:30 UTC) opens the new week -> Weekly")
            << Berlin << AllRules << QStringList{"2026-03-22T22:00", "2026-03-25T22:00"}
            << "2026-03-28T23:30Z" << "" << "Weekly" << "Weekly";
        QTest::newRow("Europe/Berlin spring-forward week: Sat 23:30 local stays in the old week -> Default")
            << Berlin << AllRules << QStringList{"2026-03-22T22:00", "2026-03-25T22:00"}
            << "2026-03-28T23:30" << "" << "Default" << "";
        QTest::newRow("Europe/Berlin fall-back week: Sun 2026-10-25 00:30 CEST (Sat 22:30 UTC) opens the new week -> Weekly")
            << Berlin << AllRules << QStringList{"2026-10-18T22:00", "2026-10-21T22:00"}
            << "2026-10-24T22:30Z" << "" << "Weekly" << "Weekly";
        QTest::newRow("Europe/Berlin: Sun 2026-11-01 00:30 CET (Sat 23:30 UTC) is first of month and week -> Monthly")
            << Berlin << AllRules << QStringList{"2026-10-25T22:00", "2026-10-28T22:00"}
            << "2026-10-31T23:30Z" << "" << "Monthly" << "Monthly Weekly";
        QTest::newRow("America/New_York spring-forward week: Sat 21:00 EST (Sun 02:00 UTC) stays in the old week -> Default")
            << NewYork << AllRules << QStringList{"2026-03-01T22:00", "2026-03-04T22:00"}
            << "2026-03-08T02:00Z" << "" << "Default" << "";
        QTest::newRow("America/New_York spring-forward day: Sun 03:30 EDT just after the gap opens the week -> Weekly")
            << NewYork << AllRules << QStringList{"2026-03-01T22:00", "2026-03-04T22:00"}
            << "2026-03-08T03:30" << "" << "Weekly" << "Weekly";
        QTest::newRow("America/New_York fall-back day: the first 01:30 (EDT) is first of month and week -> Monthly")
            << NewYork << AllRules << QStringList{"2026-10-28T22:00"}
            << "2026-11-01T05:30Z" << "" << "Monthly" << "Monthly Weekly";
        QTest::newRow("America/New_York fall-back day: the second 01:30 (EST) is not first -> Default")
            << NewYork << AllRules << QStringList{"2026-10-28T22:00", "2026-11-01T05:30Z"}
            << "2026-11-01T06:30Z" << "" << "Default" << "";
        QTest::newRow("UTC policy: Sat 23:30 UTC stays in its week even where Berlin has Sunday -> Default")
            << "UTC" << AllRules << QStringList{"2026-03-22T22:00"} << "2026-03-28T23:30Z" << "" << "Default" << "";
        QTest::newRow("out-of-order history: an earlier point added later still claims the week -> Default")
            << Berlin << AllRules << QStringList{"2026-03-11T22:00", "2026-03-01T22:00", "2026-03-08T22:00"}
            << "2026-03-10T22:00" << "" << "Default" << "";
        QTest::newRow("out-of-order: a point earlier than every known point of its week -> Weekly")
            << Berlin << AllRules << QStringList{"2026-03-01T22:00", "2026-03-11T22:00"}
            << "2026-03-09T10:00" << "" << "Weekly" << "Weekly";
        QTest::newRow("out-of-order: a point earlier than the known first of its month -> Monthly")
            << Berlin << AllRules << QStringList{"2026-03-04T22:00", "2026-01-04T22:00"}
            << "2026-03-01T22:00" << "" << "Monthly" << "Monthly Weekly";
        QTest::newRow("a point at the very instant of its week's known first is that first -> Weekly")
            << Berlin << AllRules << QStringList{"2026-03-01T22:00", "2026-03-08T22:00"}
            << "2026-03-08T22:00" << "" << "Weekly" << "Weekly";
        QTest::newRow("on-demand: the chosen Weekly rule wins over the matched Monthly")
            << Berlin << AllRules << QStringList{"2026-02-25T22:00"}
            << "2026-03-01T22:00" << "Weekly" << "Weekly" << "Monthly Weekly";
        QTest::newRow("on-demand: Default chosen for a first of month -> Default")
            << Berlin << AllRules << QStringList{"2026-02-25T22:00"}
            << "2026-03-01T22:00" << "Default" << "Default" << "Monthly Weekly";
        QTest::newRow("on-demand: Yearly chosen for the week's second backup -> Yearly")
            << Berlin << AllRules << QStringList{"2026-03-01T22:00"}
            << "2026-03-03T10:00" << "Yearly" << "Yearly" << "";
        QTest::newRow("on-demand: a chosen rule the policy lacks falls back to Default")
            << Berlin << "Monthly" << QStringList{"2026-03-01T22:00"}
            << "2026-03-03T10:00" << "Yearly" << "Default" << "";
        // clang-format on
    }
    void tagsTheFirstOfEachPeriod()
    {
        QFETCH(QString, zone);
        QFETCH(QString, rules);
        QFETCH(QStringList, history);
        QFETCH(QString, point);
        QFETCH(QString, chosen);
        QFETCH(QString, tag);
        QFETCH(QString, matched);

        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        RetentionEvaluator evaluator(policyWith(zone, rules));
        for (const QString &text : history)
            evaluator.addSuccessfulPoint(instant(text, tz));
        const QDateTime time = instant(point, tz);
        const std::optional<Kind> chosenKind = chosen.isEmpty() ? std::nullopt : RetentionRule::kindFromTagName(chosen);

        const RetentionEvaluator::Decision decision = evaluator.evaluate(time, chosenKind);
        QCOMPARE(RetentionRule::tagName(decision.tag), tag);
        QCOMPARE(names(decision.matched), matched);
        QCOMPARE(decision.expiry, evaluator.expiry(time, decision.tag));
        QCOMPARE(decision.expiry.timeSpec(), Qt::UTC);
        // evaluate() records nothing: asking again gives the same answer.
        QCOMPARE(evaluator.evaluate(time, chosenKind), decision);
    }

    void expiryIsCalendarArithmeticInThePolicyZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("expected"); // UTC

        // clang-format off
        QTest::newRow("Jan 31 + P1M -> Feb 28")
            << Berlin << "2026-01-31T22:00" << "P1M" << "2026-02-28T21:00:00Z";
        QTest::newRow("Jan 31 + P1M in a leap year -> Feb 29")
            << Berlin << "2028-01-31T22:00" << "P1M" << "2028-02-29T21:00:00Z";
        QTest::newRow("Feb 29 + P1Y -> Feb 28")
            << Berlin << "2028-02-29T22:00" << "P1Y" << "2029-02-28T21:00:00Z";
        QTest::newRow("Feb 29 + P4Y -> Feb 29")
            << Berlin << "2028-02-29T22:00" << "P4Y" << "2032-02-29T21:00:00Z";
        QTest::newRow("Aug 31 + P6M -> Feb 28, back to UTC with winter time")
            << Berlin << "2026-08-31T22:00" << "P6M" << "2027-02-28T21:00:00Z";
        QTest::newRow("Europe/Berlin P3M over spring forward keeps 22:00 local (21:00 UTC -> 20:00 UTC)")
            << Berlin << "2026-01-04T22:00" << "P3M" << "2026-04-04T20:00:00Z";
        QTest::newRow("Europe/Berlin P3M over fall back keeps 22:00 local (20:00 UTC -> 21:00 UTC)")
            << Berlin << "2026-08-02T22:00" << "P3M" << "2026-11-02T21:00:00Z";
        QTest::newRow("Europe/Berlin P1W from 01:30 UTC Saturday (Sunday local) keeps the local Sunday")
            << Berlin << "2026-03-21T23:30Z" << "P1W" << "2026-03-28T23:30:00Z";
        QTest::newRow("Europe/Berlin P1W landing on the spring-forward Sunday 00:30 keeps 00:30 local")
            << Berlin << "2026-03-22T00:30" << "P1W" << "2026-03-28T23:30:00Z";
        QTest::newRow("Europe/Berlin P1W into the spring-forward gap: 02:30 does not exist, kept until 03:30 CEST")
            << Berlin << "2026-03-22T02:30" << "P1W" << "2026-03-29T01:30:00Z";
        QTest::newRow("Europe/Berlin P1W into the fall-back overlap from summer time: the first 02:30 (CEST)")
            << Berlin << "2026-10-18T02:30" << "P1W" << "2026-10-25T00:30:00Z";
        QTest::newRow("Europe/Berlin P53W from the second 02:30 (CET) into the next overlap: the second 02:30 again")
            << Berlin << "2026-10-25T01:30Z" << "P53W" << "2027-10-31T01:30:00Z";
        QTest::newRow("America/New_York P1W into the spring-forward gap: 02:30 does not exist, kept until 03:30 EDT")
            << NewYork << "2026-03-01T02:30" << "P1W" << "2026-03-08T07:30:00Z";
        QTest::newRow("America/New_York P12W over spring forward keeps 22:00 local (03:00 UTC -> 02:00 UTC)")
            << NewYork << "2026-02-01T22:00" << "P12W" << "2026-04-27T02:00:00Z";
        QTest::newRow("America/New_York P7D over fall back keeps 22:00 local (02:00 UTC -> 03:00 UTC)")
            << NewYork << "2026-10-28T22:00" << "P7D" << "2026-11-05T03:00:00Z";
        QTest::newRow("America/New_York P10Y keeps 23:00 local")
            << NewYork << "2026-07-05T23:00" << "P10Y" << "2036-07-06T03:00:00Z";
        QTest::newRow("UTC Jan 31 + P1M -> Feb 28")
            << "UTC" << "2026-01-31T22:00" << "P1M" << "2026-02-28T22:00:00Z";
        // clang-format on
    }
    void expiryIsCalendarArithmeticInThePolicyZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, point);
        QFETCH(QString, duration);
        QFETCH(QString, expected);

        const Result<Duration> parsed = Duration::parse(duration);
        QVERIFY_RESULT(parsed);
        BackupPolicy policy = policyWith(zone, QString());
        policy.putRule(RetentionRule(Kind::Monthly, *parsed));
        const RetentionEvaluator evaluator(policy);
        const QDateTime time = instant(point, QTimeZone(zone.toLatin1()));
        const QDateTime expiry = evaluator.expiry(time, Kind::Monthly);
        QCOMPARE(expiry, QDateTime::fromString(expected, Qt::ISODate));
        QCOMPARE(expiry.timeSpec(), Qt::UTC);
        QCOMPARE(evaluator.evaluate(time).expiry, expiry); // first of everything: Monthly wins here
    }

    /// The fast path (cached offsets, date arithmetic on julian days) must agree with plain
    /// QDateTime arithmetic (Duration::addTo) for every point, and with period membership computed
    /// through QDateTime::toTimeZone. Where the expiry's wall clock is skipped by a spring-forward
    /// gap, QDateTime in Qt 6.4 lands an hour past the gap; the evaluator instead keeps the point
    /// as far past the gap's start as the wall clock is (02:30 -> 03:30).
    void agreesWithQDateTimeArithmetic_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("days");

        const QDateTime start2026(QDate(2025, 12, 20), QTime(0, 7), Qt::UTC);
        QTest::newRow("Europe/Berlin, 2 years") << Berlin << start2026 << 730;
        QTest::newRow("America/New_York, 2 years") << NewYork << start2026 << 730;
        QTest::newRow("Australia/Lord_Howe, half-hour DST") << "Australia/Lord_Howe" << start2026 << 400;
        QTest::newRow("America/Sao_Paulo, DST at midnight (2018)")
            << "America/Sao_Paulo" << QDateTime(QDate(2018, 1, 1), QTime(0, 0), Qt::UTC) << 400;
        QTest::newRow("Pacific/Apia, skips 2011-12-30")
            << "Pacific/Apia" << QDateTime(QDate(2011, 6, 1), QTime(0, 0), Qt::UTC) << 365;
        QTest::newRow("Asia/Kolkata, no DST") << "Asia/Kolkata" << start2026 << 365;
        QTest::newRow("UTC") << "UTC" << start2026 << 365;
    }
    void agreesWithQDateTimeArithmetic()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, start);
        QFETCH(int, days);

        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        BackupPolicy policy = policyWith(zone, AllRules);
        policy.putRule(RetentionRule(Kind::Default, Duration::days(7)));
        policy.putRule(RetentionRule(Kind::Weekly, Duration::months(1)));
        RetentionEvaluator evaluator(policy);

        // Points every 97 minutes, recorded in a fixed shuffled order to exercise the offset cache
        // and the out-of-order rule.
        QList<QDateTime> points;
        for (QDateTime t = start; t < start.addDays(days); t = t.addSecs(97 * 60))
            points << t;
        std::shuffle(points.begin(), points.end(), std::mt19937(20260329));

        QHash<qint64, qint64> weeks;
        QHash<qint64, qint64> months;
        QHash<qint64, qint64> years;
        const auto firstOf = [](QHash<qint64, qint64> &firsts, qint64 key, qint64 msecs) {
            const auto it = firsts.constFind(key);
            const bool first = it == firsts.cend() || *it >= msecs;
            if (first)
                firsts.insert(key, msecs);
            return first;
        };
        int gaps = 0;
        for (const QDateTime &point : std::as_const(points)) {
            const QDateTime local = point.toTimeZone(tz);
            const QDate date = local.date();
            const qint64 msecs = point.toMSecsSinceEpoch();
            QList<Kind> expectedMatched;
            if (firstOf(years, date.year(), msecs))
                expectedMatched << Kind::Yearly;
            if (firstOf(months, date.year() * 12 + date.month(), msecs))
                expectedMatched << Kind::Monthly;
            if (firstOf(weeks, date.addDays(-(date.dayOfWeek() % 7)).toJulianDay(), msecs))
                expectedMatched << Kind::Weekly;

            const RetentionEvaluator::Decision decision = evaluator.record(point);
            QVERIFY2(decision.matched == expectedMatched,
                qPrintable(QStringLiteral("%1 (%2): %3 instead of %4")
                               .arg(point.toString(Qt::ISODate),
                                   local.toString(Qt::ISODate),
                                   names(decision.matched),
                                   names(expectedMatched))));
            for (Kind kind : RetentionRule::allKinds()) {
                const Duration duration = policy.rule(kind)->duration();
                QDateTime expected = duration.addTo(local).toUTC();
                const QDate targetDate = duration.addTo(date);
                if (expected.toTimeZone(tz).date() != targetDate || expected.toTimeZone(tz).time() != local.time()) {
                    // The wall clock does not exist: the offset before the gap still applies.
                    const QDateTime wall(targetDate, local.time(), Qt::UTC);
                    expected = wall.addSecs(-tz.offsetFromUtc(wall.addDays(-1)));
                    ++gaps;
                }
                QVERIFY2(evaluator.expiry(point, kind) == expected,
                    qPrintable(QStringLiteral("%1 (%2) + %3: %4 instead of %5")
                                   .arg(point.toString(Qt::ISODate),
                                       local.toString(Qt::ISODate),
                                       policy.rule(kind)->duration().toIso(),
                                       evaluator.expiry(point, kind).toString(Qt::ISODate),
                                       expected.toString(Qt::ISODate))));
            }
        }
        qDebug("%lld points, %d expiries in a spring-forward gap", qlonglong(points.size()), gaps);
    }

    void recordedOnDemandPointClaimsItsPeriods()
    {
        const QTimeZone tz(Berlin.toLatin1());
        RetentionEvaluator evaluator(policyWith(Berlin, AllRules));
        evaluator.addSuccessfulPoint(instant(QStringLiteral("2026-03-01T22:00"), tz));
        const RetentionEvaluator::Decision onDemand
            = evaluator.record(instant(QStringLiteral("2026-03-09T10:00"), tz), Kind::Default);
        QCOMPARE(onDemand.tag, Kind::Default);
        QCOMPARE(onDemand.matched, QList<Kind>{Kind::Weekly});
        const RetentionEvaluator::Decision scheduled
            = evaluator.record(instant(QStringLiteral("2026-03-11T22:00"), tz));
        QCOMPARE(scheduled.tag, Kind::Default);
        QVERIFY(scheduled.matched.isEmpty());
    }

    void laterAddedEarlierPointOnlyChangesLaterAnswers()
    {
        const QTimeZone tz(Berlin.toLatin1());
        RetentionEvaluator evaluator(policyWith(Berlin, AllRules));
        evaluator.addSuccessfulPoint(instant(QStringLiteral("2026-03-01T22:00"), tz));
        const QDateTime wednesday = instant(QStringLiteral("2026-03-11T22:00"), tz);
        const RetentionEvaluator::Decision before = evaluator.record(wednesday);
        QCOMPARE(before.tag, Kind::Weekly);
        evaluator.addSuccessfulPoint(instant(QStringLiteral("2026-03-08T22:00"), tz));
        QCOMPARE(before.tag, Kind::Weekly); // a returned decision is a value; nothing rewrites it
        QCOMPARE(evaluator.evaluate(wednesday).tag, Kind::Default);
        QCOMPARE(evaluator.evaluate(instant(QStringLiteral("2026-03-08T22:00"), tz)).tag, Kind::Weekly);
    }

    void invalidTimeGivesNoExpiry()
    {
        const RetentionEvaluator evaluator(policyWith(Berlin, AllRules));
        QVERIFY(!evaluator.evaluate(QDateTime()).expiry.isValid());
        QVERIFY(!evaluator.expiry(QDateTime(), Kind::Default).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRetentionEvaluator)
#include "TestRetentionEvaluator.moc"
