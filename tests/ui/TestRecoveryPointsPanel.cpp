#include "models/points/RecoveryPointTableModel.h"
#include "ui/instances/PointExplanation.h"
#include "ui/instances/RecoveryPointsPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace PgVault;

/// The recovery points panel: its list, "Why is this kept?" and the Verify / Test restore starts.
class TestRecoveryPointsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthlyPointThatAlsoMatchedWeekly();
    void onDemandChosenRule();
    void defaultPointSaysNoOtherRuleApplied();
    void selectingAPointExplainsIt();
    void periodsAreNamedInThePolicyZone();
    void verifyStartErrorIsShownWithRemedy();
    void testRestoreIsTrackedUntilItEnds();

private:
    static RecoveryPoint monthly();
    static BackupInstance instance();
};

RecoveryPoint TestRecoveryPointsPanel::monthly()
{
    RecoveryPoint p;
    p.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.instanceId = QStringLiteral("i1");
    // Sunday 1 November 2026, 02:00 UTC: first of the month and of the week.
    p.time = QDateTime(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    p.tag = RetentionRule::Kind::Monthly;
    p.matched = {RetentionRule::Kind::Monthly, RetentionRule::Kind::Weekly};
    p.expiry = QDateTime(QDate(2027, 11, 1), QTime(2, 0), Qt::UTC);
    p.sizeBytes = 8192;
    p.databases = {QStringLiteral("sales")};
    return p;
}

BackupInstance TestRecoveryPointsPanel::instance()
{
    BackupInstance i;
    i.id = QStringLiteral("i1");
    i.name = QStringLiteral("orders");
    return i;
}

void TestRecoveryPointsPanel::periodsAreNamedInThePolicyZone()
{
    // 1 November 2026, 02:00 UTC is still 31 October in New York: a policy there counted this
    // backup as the first of October's last days, not of November.
    RecoveryPoint p = monthly();
    p.matched = {RetentionRule::Kind::Monthly};
    RecoveryPointsPanel panel;
    panel.setPoints(instance(), QList<RecoveryPoint>{p}, QTimeZone("America/New_York"));
    auto *label = panel.findChild<QLabel *>(QStringLiteral("pointExplanationLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLatin1String("October 2026")), qPrintable(label->text()));
    panel.setPoints(instance(), QList<RecoveryPoint>{p}, QTimeZone("Europe/Berlin"));
    QVERIFY2(label->text().contains(QLatin1String("November 2026")), qPrintable(label->text()));
}

void TestRecoveryPointsPanel::monthlyPointThatAlsoMatchedWeekly()
{
    const QString text = PointExplanation::text(monthly(), QTimeZone::utc());
    QVERIFY2(text.contains(QStringLiteral("Monthly: first successful backup of November 2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("It also matched: Weekly (first successful backup of the week starting")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The Monthly rule wins")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Kept until ")) && text.contains(QStringLiteral("2027")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("on demand")));
}

void TestRecoveryPointsPanel::onDemandChosenRule()
{
    RecoveryPoint p = monthly();
    p.tag = RetentionRule::Kind::Yearly;
    p.userChosenTag = true;
    p.matched.clear();
    const QString text = PointExplanation::text(p, QTimeZone::utc());
    QVERIFY2(text.contains(QStringLiteral("Chosen on demand")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("the Yearly rule was picked")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("also matched")));
}

void TestRecoveryPointsPanel::defaultPointSaysNoOtherRuleApplied()
{
    RecoveryPoint p = monthly();
    p.tag = RetentionRule::Kind::Default;
    p.matched.clear();
    const QString text = PointExplanation::text(p, QTimeZone::utc());
    QVERIFY2(text.startsWith(QStringLiteral("Default: it was not the first successful backup")), qPrintable(text));
}

void TestRecoveryPointsPanel::selectingAPointExplainsIt()
{
    RecoveryPointsPanel panel;
    panel.show();
    RecoveryPoint older = monthly();
    older.id = QStringLiteral("fedcba9876543210fedcba9876543210");
    older.time = older.time.addDays(-3);
    older.tag = RetentionRule::Kind::Default;
    older.matched.clear();
    panel.setPoints(instance(), QList<RecoveryPoint>{monthly(), older});
    auto *view = panel.findChild<QTableView *>(QStringLiteral("recoveryPointsView"));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(panel.selectedPoint()->id, monthly().id); // newest selected first
    auto *explanation = panel.findChild<QLabel *>(QStringLiteral("pointExplanationLabel"));
    QVERIFY(explanation->text().contains(QStringLiteral("Monthly: first successful backup of")));
    QVERIFY(panel.selectPoint(older.id));
    QVERIFY(explanation->text().startsWith(QStringLiteral("Default:")));
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("restorePointButton"))->isEnabled());
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("verifyPointButton"))
                ->toolTip()
                .contains(QStringLiteral("checksum")));

    QSignalSpy restore(&panel, &RecoveryPointsPanel::restoreRequested);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("restorePointButton")), Qt::LeftButton);
    QCOMPARE(restore.count(), 1);
    QCOMPARE(restore.first().at(1).toString(), older.id);

    panel.clear();
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("verifyPointButton"))->isEnabled());
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("verifyPointButton"))->toolTip(),
        QStringLiteral("Select a recovery point first."));
}

void TestRecoveryPointsPanel::verifyStartErrorIsShownWithRemedy()
{
    RecoveryPointsPanel panel;
    panel.show();
    panel.setVerifyStarter([](const BackupInstance &,
                               const QString &,
                               bool,
                               const QObject *,
                               RecoveryPointsPanel::StartCallback callback) {
        callback(Error{QStringLiteral("Instance.Busy"),
            QStringLiteral("A backup of \"orders\" is running."),
            QStringLiteral("Wait until it ends."),
            {}});
    });
    panel.setPoints(instance(), QList<RecoveryPoint>{monthly()});
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("verifyPointButton")), Qt::LeftButton);
    auto *error = panel.findChild<QLabel *>(QStringLiteral("pointActionErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not started")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("Wait until it ends.")));
}

void TestRecoveryPointsPanel::testRestoreIsTrackedUntilItEnds()
{
    RecoveryPointsPanel panel;
    panel.show();
    bool drill = false;
    QString pointId;
    panel.setVerifyStarter([&](const BackupInstance &,
                               const QString &id,
                               bool testRestore,
                               const QObject *,
                               RecoveryPointsPanel::StartCallback callback) {
        drill = testRestore;
        pointId = id;
        callback(QStringLiteral("job-1"));
    });
    panel.setPoints(instance(), QList<RecoveryPoint>{monthly()});
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("testRestorePointButton")), Qt::LeftButton);
    QVERIFY(drill);
    QCOMPARE(pointId, monthly().id);
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("pointJobProgressBar"))->isVisible());
    panel.showJobProgress(QStringLiteral("job-1"), 0.5, 1024);
    QSignalSpy changed(&panel, &RecoveryPointsPanel::pointsChanged);
    panel.showJobFinished(QStringLiteral("other"), JobTypes::Status::Completed);
    QCOMPARE(changed.count(), 0);
    panel.showJobFinished(QStringLiteral("job-1"), JobTypes::Status::Completed);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("pointJobProgressBar"))->isVisible());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("pointJobStatusLabel"))
                ->text()
                .startsWith(QStringLiteral("Test restore")));
}

QTEST_MAIN(TestRecoveryPointsPanel)
#include "TestRecoveryPointsPanel.moc"
