#include "models/instances/InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace PgVault;

/// The Backup instances table: server, policy, last backup, next run, protection state and alerts.
class TestInstanceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsInstancesAndNextRun();
    void protectionStateFollowsPointsAndJobs();
    void sortsTimesRaw();
    void alertsColumnKeepsAlertsAcrossReloads();
};

namespace {

InstanceTableModel::Row row(const QString &name, bool withPoint)
{
    InstanceTableModel::Row row;
    row.instance.id = name + QStringLiteral("-id");
    row.instance.name = name;
    row.instance.host = QStringLiteral("db.example.org");
    row.instance.port = 5433;
    row.instance.user = QStringLiteral("backup");
    row.instance.policyName = QStringLiteral("weekly-pg");
    row.instance.vaultName = QStringLiteral("local");
    row.schedule = WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin"));
    if (withPoint) {
        RecoveryPoint point;
        point.id = QStringLiteral("0123456789abcdef0123456789abcdef");
        point.instanceId = row.instance.id;
        point.time = QDateTime(QDate(2025, 3, 2), QTime(21, 0), Qt::UTC);
        point.tag = RetentionRule::Kind::Weekly;
        row.lastPoint = point;
    }
    return row;
}

// Saturday 1 March 2025, noon UTC: the next run is Sunday 2 March 22:00 Berlin = 21:00 UTC.
const QDateTime Now(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

void TestInstanceTableModel::showsInstancesAndNextRun()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows({row(QStringLiteral("orders"), true), row(QStringLiteral("crm"), false)}, Now);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(InstanceTableModel::ColumnCount));
    const auto cell = [&](int r, int column, int role = Qt::DisplayRole) {
        return model.index(r, column).data(role);
    };
    QCOMPARE(cell(0, InstanceTableModel::NameColumn).toString(), QStringLiteral("orders"));
    QCOMPARE(cell(0, InstanceTableModel::ServerColumn).toString(), QStringLiteral("backup@db.example.org:5433"));
    QCOMPARE(cell(0, InstanceTableModel::PolicyColumn).toString(), QStringLiteral("weekly-pg"));
    QCOMPARE(cell(0, InstanceTableModel::VaultColumn).toString(), QStringLiteral("local"));
    QVERIFY(cell(0, InstanceTableModel::LastBackupColumn).toString().endsWith(QStringLiteral("(Weekly)")));
    QCOMPARE(cell(1, InstanceTableModel::LastBackupColumn).toString(), QStringLiteral("None yet"));
    QCOMPARE(cell(0, InstanceTableModel::NextRunColumn, InstanceTableModel::SortRole).toDateTime(),
        QDateTime(QDate(2025, 3, 2), QTime(21, 0), Qt::UTC));
    QCOMPARE(cell(0, 0, InstanceTableModel::IdRole).toString(), QStringLiteral("orders-id"));
    QCOMPARE(cell(1, 0, InstanceTableModel::NameRole).toString(), QStringLiteral("crm"));
    QCOMPARE(model.headerData(InstanceTableModel::NextRunColumn, Qt::Horizontal).toString(),
        QStringLiteral("Next scheduled run"));
    QCOMPARE(model.rowOfId(QStringLiteral("crm-id")), 1);
    QCOMPARE(model.rowOfId(QStringLiteral("nope")), -1);

    InstanceTableModel::Row orphan = row(QStringLiteral("orphan"), false);
    orphan.schedule.reset();
    orphan.instance.policyName.clear();
    model.setRows({orphan}, Now);
    QCOMPARE(cell(0, InstanceTableModel::NextRunColumn).toString(), QStringLiteral("Not scheduled"));
    QCOMPARE(cell(0, InstanceTableModel::PolicyColumn).toString(), QStringLiteral("(policy missing)"));
    model.setRows({}, Now);
    QCOMPARE(model.rowCount(), 0);
}

void TestInstanceTableModel::protectionStateFollowsPointsAndJobs()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InstanceTableModel::Row failed = row(QStringLiteral("failed"), true);
    failed.lastBackupFailed = true;
    model.setRows({row(QStringLiteral("new"), false), row(QStringLiteral("done"), true), failed}, Now);
    const auto state = [&](int r) {
        return model.index(r, InstanceTableModel::StateColumn).data().toString();
    };
    QCOMPARE(state(0), QStringLiteral("Protection configured"));
    QCOMPARE(state(1), QStringLiteral("Protected"));
    QCOMPARE(state(2), QStringLiteral("Protection error"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBackupRunning(QStringLiteral("new-id"), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state(0), QStringLiteral("Backup in progress"));
    QCOMPARE(model.index(0, 0).data(InstanceTableModel::StateRole).toInt(),
        int(InstanceTableModel::ProtectionState::BackupRunning));
    model.setBackupRunning(QStringLiteral("new-id"), true);
    QCOMPARE(changed.count(), 1); // no change, no signal
    model.setBackupRunning(QStringLiteral("failed-id"), true);
    model.setBackupRunning(QStringLiteral("failed-id"), false);
    QCOMPARE(state(2), QStringLiteral("Protected")); // a new run clears the old failure
    model.setBackupRunning(QStringLiteral("unknown-id"), true);
    QCOMPARE(changed.count(), 3);
}

void TestInstanceTableModel::sortsTimesRaw()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({row(QStringLiteral("a"), true), row(QStringLiteral("b"), false)}, Now);
    QCOMPARE(model.index(0, InstanceTableModel::LastBackupColumn).data(InstanceTableModel::SortRole).toDateTime(),
        QDateTime(QDate(2025, 3, 2), QTime(21, 0), Qt::UTC));
    QVERIFY(!model.index(1, InstanceTableModel::LastBackupColumn)
                 .data(InstanceTableModel::SortRole)
                 .toDateTime()
                 .isValid());
    QCOMPARE(model.index(1, InstanceTableModel::NameColumn).data(InstanceTableModel::SortRole).toString(),
        QStringLiteral("b"));
}

void TestInstanceTableModel::alertsColumnKeepsAlertsAcrossReloads()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({row(QStringLiteral("orders"), true), row(QStringLiteral("crm"), false)}, Now);
    QCOMPARE(model.headerData(InstanceTableModel::AlertsColumn, Qt::Horizontal).toString(), QStringLiteral("Alerts"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAlerts({{QStringLiteral("crm-id"),
        {QStringLiteral("The last backup failed: refused. Check the server."),
            QStringLiteral("No successful backup for 9 days. Back up now.")}}});
    QCOMPARE(changed.count(), 1);
    const auto cell = [&](int r, int role) {
        return model.index(r, InstanceTableModel::AlertsColumn).data(role);
    };
    QCOMPARE(cell(0, Qt::DisplayRole).toString(), QString());
    QVERIFY2(
        cell(1, Qt::DisplayRole).toString().startsWith(QStringLiteral("\u26A0 ")), qPrintable(cell(1, 0).toString()));
    QVERIFY(cell(1, Qt::DisplayRole)
                .toString()
                .endsWith(QStringLiteral("The last backup failed: refused. Check the server.")));
    QCOMPARE(cell(1, Qt::ToolTipRole).toString(),
        QStringLiteral(
            "The last backup failed: refused. Check the server.\nNo successful backup for 9 days. Back up now."));
    QCOMPARE(cell(1, InstanceTableModel::AlertsRole).toStringList().size(), 2);
    QCOMPARE(cell(1, InstanceTableModel::SortRole).toInt(), 2);

    // The same alerts again change nothing; a reload of the rows keeps them.
    model.setAlerts({{QStringLiteral("crm-id"), model.alerts(QStringLiteral("crm-id"))}});
    QCOMPARE(changed.count(), 1);
    model.setRows({row(QStringLiteral("orders"), true), row(QStringLiteral("crm"), false)}, Now);
    QCOMPARE(cell(1, InstanceTableModel::AlertsRole).toStringList().size(), 2);
    model.setAlerts({});
    QCOMPARE(cell(1, Qt::DisplayRole).toString(), QString());
}

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "TestInstanceTableModel.moc"
