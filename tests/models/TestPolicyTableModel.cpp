#include "models/policies/PolicyTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace PgVault;

/// The Backup policies table: one row per stored policy with schedule and retention summaries.
class TestPolicyTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSummariesAndUsage();
    void findsRowsByNameWithoutCase();
};

namespace {

StoredPolicy stored(const QString &name, int instances)
{
    BackupPolicy policy;
    policy.setName(name);
    policy.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    policy.putRule(RetentionRule(RetentionRule::Kind::Monthly, Duration::years(5)));
    return StoredPolicy{name + QStringLiteral("-id"), policy, QDateTime::currentDateTimeUtc(), instances};
}

} // namespace

void TestPolicyTableModel::showsSummariesAndUsage()
{
    PolicyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPolicies({stored(QStringLiteral("weekly-pg"), 2), stored(QStringLiteral("other"), 0)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PolicyTableModel::ColumnCount));
    QCOMPARE(model.index(0, PolicyTableModel::NameColumn).data().toString(), QStringLiteral("weekly-pg"));
    QCOMPARE(model.index(0, PolicyTableModel::ScheduleColumn).data().toString(),
        QStringLiteral("Weekly on Sun, Wed at 22:00 Europe/Berlin"));
    QCOMPARE(model.index(0, PolicyTableModel::RetentionColumn).data().toString(),
        QStringLiteral("Monthly %1, Default %2")
            .arg(Duration::years(5).toDisplayString(), Duration::years(10).toDisplayString()));
    QCOMPARE(model.index(0, PolicyTableModel::InstancesColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, 0).data(PolicyTableModel::IdRole).toString(), QStringLiteral("weekly-pg-id"));
    QCOMPARE(model.index(1, 0).data(PolicyTableModel::InstanceCountRole).toInt(), 0);
    QCOMPARE(model.headerData(PolicyTableModel::InstancesColumn, Qt::Horizontal).toString(),
        QStringLiteral("Backup instances"));
    model.setPolicies({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPolicyTableModel::findsRowsByNameWithoutCase()
{
    PolicyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPolicies({stored(QStringLiteral("Weekly-PG"), 0)});
    QCOMPARE(model.rowOfName(QStringLiteral("weekly-pg")), 0);
    QCOMPARE(model.rowOfName(QStringLiteral("missing")), -1);
    QCOMPARE(model.policyAt(0).policy.name(), QStringLiteral("Weekly-PG"));
}

QTEST_GUILESS_MAIN(TestPolicyTableModel)
#include "TestPolicyTableModel.moc"
