#include "models/points/RecoveryPointTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace PgVault;

/// RecoveryPointTableModel: a well-behaved model, its columns and raw sort values.
class TestRecoveryPointTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void behavesAsAnItemModel();
    void showsVerifiedState_data();
    void showsVerifiedState();
    void showsADeletedPointWithItsPurgeDate();

private:
    static RecoveryPoint point(const QString &id, const QDateTime &time, RetentionRule::Kind tag)
    {
        RecoveryPoint p;
        p.id = id;
        p.instanceId = QStringLiteral("i1");
        p.time = time;
        p.tag = tag;
        p.expiry = time.addYears(1);
        p.sizeBytes = 4096;
        return p;
    }
};

void TestRecoveryPointTableModel::behavesAsAnItemModel()
{
    RecoveryPointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QDateTime t(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    model.setPoints({point(QStringLiteral("a"), t, RetentionRule::Kind::Monthly),
        point(QStringLiteral("b"), t.addDays(-7), RetentionRule::Kind::Weekly)});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RecoveryPointTableModel::ColumnCount));
    QCOMPARE(model.index(0, RecoveryPointTableModel::TagColumn).data().toString(), QStringLiteral("Monthly"));
    QCOMPARE(model.index(1, RecoveryPointTableModel::TimeColumn).data(RecoveryPointTableModel::SortRole).toDateTime(),
        t.addDays(-7));
    QCOMPARE(
        model.index(0, RecoveryPointTableModel::SizeColumn).data(RecoveryPointTableModel::SortRole).toLongLong(), 4096);
    QCOMPARE(model.index(1, 0).data(RecoveryPointTableModel::IdRole).toString(), QStringLiteral("b"));
    QCOMPARE(model.rowOfId(QStringLiteral("b")), 1);
    QCOMPARE(model.rowOfId(QStringLiteral("zz")), -1);
    QCOMPARE(model.headerData(RecoveryPointTableModel::VerifiedColumn, Qt::Horizontal).toString(),
        QStringLiteral("Verified"));
    model.setPoints({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRecoveryPointTableModel::showsADeletedPointWithItsPurgeDate()
{
    RecoveryPointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    RecoveryPoint deleted = point(QStringLiteral("d"), t, RetentionRule::Kind::Default);
    deleted.deleted = t.addDays(30);
    deleted.purgeAfter = t.addDays(44);
    model.setPoints({point(QStringLiteral("a"), t.addDays(7), RetentionRule::Kind::Weekly), deleted});
    const QModelIndex live = model.index(0, RecoveryPointTableModel::ExpiryColumn);
    const QModelIndex gone = model.index(1, RecoveryPointTableModel::ExpiryColumn);
    QVERIFY(!live.data(RecoveryPointTableModel::DeletedRole).toBool());
    QVERIFY(gone.data(RecoveryPointTableModel::DeletedRole).toBool());
    QVERIFY(!live.data().toString().startsWith(QStringLiteral("Deleted")));
    QCOMPARE(gone.data().toString(),
        QStringLiteral("Deleted — purged on %1")
            .arg(QLocale().toString(t.addDays(44).toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(gone.data(RecoveryPointTableModel::SortRole).toDateTime(), t.addDays(44));
}

void TestRecoveryPointTableModel::showsVerifiedState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("hasDate");
    QTest::addColumn<QString>("startsWith");
    QTest::newRow("never verified") << QString() << false << QStringLiteral("Never");
    QTest::newRow("passed, with its date") << QStringLiteral("Passed") << true << QStringLiteral("Passed on ");
    QTest::newRow("failed after a pass") << QStringLiteral("Failed") << true
                                         << QStringLiteral("Failed (last passed on ");
    QTest::newRow("failed, never passed") << QStringLiteral("Failed") << false << QStringLiteral("Failed");
}

void TestRecoveryPointTableModel::showsVerifiedState()
{
    QFETCH(QString, state);
    QFETCH(bool, hasDate);
    QFETCH(QString, startsWith);
    RecoveryPoint p = point(QStringLiteral("a"), QDateTime::currentDateTimeUtc(), RetentionRule::Kind::Default);
    p.verifyState = state;
    if (hasDate)
        p.verified = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
    RecoveryPointTableModel model;
    model.setPoints({p});
    const QString text = model.index(0, RecoveryPointTableModel::VerifiedColumn).data().toString();
    QVERIFY2(text.startsWith(startsWith), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRecoveryPointTableModel)
#include "TestRecoveryPointTableModel.moc"
