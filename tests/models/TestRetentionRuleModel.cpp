#include "models/policies/RetentionRuleModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace PgVault;
using Kind = RetentionRule::Kind;

/// The rules grid's model: priority order, Default kept, display vs raw roles.
class TestRetentionRuleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithDefaultTenYears();
    void addsInPriorityOrderAndReplacesSameKind();
    void defaultCannotBeRemoved();
    void missingKindsShrinkToNothing();
    void sortRoleIsRaw();
};

void TestRetentionRuleModel::startsWithDefaultTenYears()
{
    RetentionRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RetentionRuleModel::ColumnCount));
    QCOMPARE(model.ruleAt(0), RetentionRule(Kind::Default, Duration::years(10)));
    QCOMPARE(model.index(0, RetentionRuleModel::DataStoreColumn).data().toString(), QStringLiteral("Vault-standard"));
    QCOMPARE(
        model.headerData(RetentionRuleModel::RetainForColumn, Qt::Horizontal).toString(), QStringLiteral("Retain for"));
}

void TestRetentionRuleModel::addsInPriorityOrderAndReplacesSameKind()
{
    RetentionRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy rulesChanged(&model, &RetentionRuleModel::rulesChanged);

    model.putRule(RetentionRule(Kind::Weekly, Duration::weeks(12)));
    model.putRule(RetentionRule(Kind::Yearly, Duration::years(10)));
    model.putRule(RetentionRule(Kind::Monthly, Duration::months(6)));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.rowOf(Kind::Yearly), 0);
    QCOMPARE(model.rowOf(Kind::Monthly), 1);
    QCOMPARE(model.rowOf(Kind::Weekly), 2);
    QCOMPARE(model.rowOf(Kind::Default), 3);

    model.putRule(RetentionRule(Kind::Monthly, Duration::years(5)));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(
        model.index(1, RetentionRuleModel::RetainForColumn).data().toString(), Duration::years(5).toDisplayString());
    QCOMPARE(model.index(1, 0).data(RetentionRuleModel::IsoDurationRole).toString(), QStringLiteral("P5Y"));
    QCOMPARE(rulesChanged.count(), 4);
}

void TestRetentionRuleModel::defaultCannotBeRemoved()
{
    RetentionRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.putRule(RetentionRule(Kind::Weekly, Duration::weeks(12)));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(!model.removeRule(Kind::Default));
    QVERIFY(!model.removeRule(Kind::Yearly));
    QCOMPARE(removed.count(), 0);
    QVERIFY(model.removeRule(Kind::Weekly));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestRetentionRuleModel::missingKindsShrinkToNothing()
{
    RetentionRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.missingKinds(), (QList<Kind>{Kind::Yearly, Kind::Monthly, Kind::Weekly}));
    model.setRules({RetentionRule(Kind::Default, Duration::months(3)),
        RetentionRule(Kind::Weekly, Duration::weeks(8)),
        RetentionRule(Kind::Monthly, Duration::years(1)),
        RetentionRule(Kind::Yearly, Duration::years(10))});
    QVERIFY(model.missingKinds().isEmpty());
    QCOMPARE(model.ruleAt(0).kind(), Kind::Yearly);
}

void TestRetentionRuleModel::sortRoleIsRaw()
{
    RetentionRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules(
        {RetentionRule(Kind::Default, Duration::days(20)), RetentionRule(Kind::Weekly, Duration::days(100))});
    const int weekly = model.rowOf(Kind::Weekly);
    const int fallback = model.rowOf(Kind::Default);
    QCOMPARE(model.index(weekly, RetentionRuleModel::RetainForColumn).data(RetentionRuleModel::SortRole).toInt(), 100);
    QCOMPARE(model.index(fallback, RetentionRuleModel::RetainForColumn).data(RetentionRuleModel::SortRole).toInt(), 20);
    QCOMPARE(model.index(weekly, RetentionRuleModel::RuleColumn).data(RetentionRuleModel::SortRole).toInt(), 20);
    QCOMPARE(model.index(weekly, 0).data(RetentionRuleModel::KindRole).toInt(), int(Kind::Weekly));
}

QTEST_GUILESS_MAIN(TestRetentionRuleModel)
#include "TestRetentionRuleModel.moc"
