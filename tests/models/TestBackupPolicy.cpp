#include "models/policies/BackupPolicy.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace PgVault;
using Kind = RetentionRule::Kind;

namespace {

BackupPolicy validPolicy()
{
    BackupPolicy policy;
    policy.setName(QStringLiteral("weekly-pg"));
    policy.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    policy.setRules({RetentionRule(Kind::Default, Duration::months(3)),
        RetentionRule(Kind::Monthly, Duration::years(5)),
        RetentionRule(Kind::Yearly, Duration::years(10))});
    return policy;
}

QStringList fieldsOf(const QList<Error> &errors)
{
    QStringList fields;
    for (const Error &e : errors)
        fields << e.field;
    return fields;
}

} // namespace

/// BackupPolicy: rule bookkeeping and validate()'s field-addressed errors.
class TestBackupPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewPolicyHasTheDefaultRuleAtTenYears()
    {
        const BackupPolicy policy;
        QCOMPARE(policy.rules().size(), 1);
        QCOMPARE(policy.rules().first(), RetentionRule(Kind::Default, Duration::years(10)));
    }

    void aCompletePolicyIsValid()
    {
        const QList<Error> errors = validPolicy().validate();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).text()));
    }

    void rulesAreKeptInPriorityOrder()
    {
        BackupPolicy policy = validPolicy();
        policy.putRule(RetentionRule(Kind::Weekly, Duration::weeks(12)));
        QList<Kind> kinds;
        for (const RetentionRule &r : policy.rules())
            kinds << r.kind();
        QCOMPARE(kinds, (QList<Kind>{Kind::Yearly, Kind::Monthly, Kind::Weekly, Kind::Default}));
    }

    void putRuleReplacesTheSameKind()
    {
        BackupPolicy policy = validPolicy();
        policy.putRule(RetentionRule(Kind::Monthly, Duration::years(2)));
        QCOMPARE(policy.rule(Kind::Monthly)->duration(), Duration::years(2));
        QCOMPARE(policy.rules().size(), 3);
    }

    void theDefaultRuleCannotBeRemoved()
    {
        BackupPolicy policy = validPolicy();
        QVERIFY(!policy.removeRule(Kind::Default));
        QVERIFY(policy.removeRule(Kind::Monthly));
        QVERIFY(!policy.hasRule(Kind::Monthly));
        QVERIFY(policy.hasRule(Kind::Default));
    }

    void validatesTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Enter a policy name.";
        QTest::newRow("two characters") << "ab"
                                        << "The policy name must be at least 3 characters long.";
        QTest::newRow("151 characters") << QString(151, QLatin1Char('a'))
                                        << "The policy name must be at most 150 characters long.";
        QTest::newRow("a space")
            << "weekly pg"
            << "The policy name can contain only letters, digits and hyphens; spaces are not allowed.";
        QTest::newRow("an underscore") << "weekly_pg"
                                       << "The policy name can contain only letters, digits and hyphens; \"_\" is "
                                          "not allowed.";
        QTest::newRow("a non-ASCII letter") << "wöchentlich"
                                            << "The policy name can contain only letters, digits and hyphens; "
                                               "\"ö\" is not allowed.";
        QTest::newRow("three characters") << "abc"
                                          << "";
        QTest::newRow("150 characters") << QString(150, QLatin1Char('a')) << "";
        QTest::newRow("hyphens and digits") << "pg-2026-weekly"
                                            << "";
    }
    void validatesTheName()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QCOMPARE(BackupPolicy::nameProblem(name), message);
        BackupPolicy policy = validPolicy();
        policy.setName(name);
        const QList<Error> errors = policy.validate();
        if (message.isEmpty()) {
            QVERIFY(errors.isEmpty());
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, QStringLiteral("name"));
            QCOMPARE(errors.first().message, message);
        }
    }

    void needsAtLeastOneWeekday()
    {
        BackupPolicy policy = validPolicy();
        WeeklySchedule schedule = policy.schedule();
        schedule.setDays({});
        policy.setSchedule(schedule);
        const QList<Error> errors = policy.validate();
        QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("schedule.days")});
        QCOMPARE(errors.first().message, QStringLiteral("Select at least one weekday for the backup schedule."));
    }

    void needsATimeAndAZone()
    {
        BackupPolicy policy = validPolicy();
        policy.setSchedule(WeeklySchedule({Qt::Monday}, QTime(), QTimeZone()));
        QCOMPARE(fieldsOf(policy.validate()),
            (QStringList{QStringLiteral("schedule.time"), QStringLiteral("schedule.timeZone")}));
    }

    void checksEveryDuration_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("message");
        QTest::newRow("Default P3D") << int(Kind::Default) << "P3D"
                                     << "Default retention of P3D is below 7 days.";
        QTest::newRow("Weekly P11Y") << int(Kind::Weekly) << "P11Y"
                                     << "Weekly retention of P11Y is above 10 years.";
        QTest::newRow("Monthly P121M") << int(Kind::Monthly) << "P121M"
                                       << "Monthly retention of P121M is above 10 years.";
        QTest::newRow("Yearly P6D") << int(Kind::Yearly) << "P6D"
                                    << "Yearly retention of P6D is below 7 days.";
    }
    void checksEveryDuration()
    {
        QFETCH(int, kind);
        QFETCH(QString, duration);
        QFETCH(QString, message);
        BackupPolicy policy = validPolicy();
        policy.putRule(RetentionRule(Kind(kind), *Duration::parse(duration)));
        const QList<Error> errors = policy.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("rules.%1.duration").arg(RetentionRule::tagName(Kind(kind))));
        QCOMPARE(errors.first().message, message);
        QCOMPARE(errors.first().remedy, QStringLiteral("Choose a duration from 7 days to 10 years."));
    }

    void needsExactlyOneDefaultRule()
    {
        BackupPolicy policy = validPolicy();
        policy.setRules({RetentionRule(Kind::Monthly, Duration::years(5))});
        QList<Error> errors = policy.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("The policy has no Default retention rule."));

        policy.setRules(
            {RetentionRule(Kind::Default, Duration::years(1)), RetentionRule(Kind::Default, Duration::years(2))});
        errors = policy.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(
            errors.first().message, QStringLiteral("The policy has 2 Default retention rules; it may have only one."));
    }

    void allowsAtMostOneOfEachOtherRule()
    {
        BackupPolicy policy = validPolicy();
        policy.setRules({RetentionRule(Kind::Default, Duration::years(1)),
            RetentionRule(Kind::Weekly, Duration::weeks(4)),
            RetentionRule(Kind::Weekly, Duration::weeks(8))});
        const QList<Error> errors = policy.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("rules"));
        QCOMPARE(
            errors.first().message, QStringLiteral("The policy has 2 Weekly retention rules; it may have only one."));
    }

    void summarisesRetention()
    {
        QCOMPARE(validPolicy().retentionSummary(),
            QStringLiteral("Yearly 10 year(s), Monthly 5 year(s), Default 3 month(s)"));
    }
};

QTEST_GUILESS_MAIN(TestBackupPolicy)
#include "TestBackupPolicy.moc"
