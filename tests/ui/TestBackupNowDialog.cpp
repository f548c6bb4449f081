#include "ui/instances/BackupNowDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace PgVault;

/// The Backup Now pane: exactly the policy's retention rules, Default preselected, and start
/// failures shown in place with their remedy.
class TestBackupNowDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsExactlyThePolicysRules();
    void requestsTheChosenRuleAndClosesOnStart();
    void startFailureStaysOpenWithRemedy();

private:
    static BackupInstance instance();
    static BackupPolicy policy();
};

BackupInstance TestBackupNowDialog::instance()
{
    BackupInstance instance;
    instance.id = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
    instance.name = QStringLiteral("orders");
    instance.host = QStringLiteral("db.example.org");
    instance.user = QStringLiteral("backup");
    return instance;
}

BackupPolicy TestBackupNowDialog::policy()
{
    BackupPolicy policy;
    policy.setName(QStringLiteral("weekly-pg"));
    policy.setRules({RetentionRule(RetentionRule::Kind::Default, Duration::years(10)),
        RetentionRule(RetentionRule::Kind::Monthly, Duration::years(5))});
    return policy;
}

void TestBackupNowDialog::listsExactlyThePolicysRules()
{
    BackupNowDialog dialog(instance(), policy());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    QCOMPARE(dialog.offeredRules(),
        (QList<RetentionRule::Kind>{RetentionRule::Kind::Monthly, RetentionRule::Kind::Default}));
    auto *defaultRadio = dialog.findChild<QRadioButton *>(QStringLiteral("ruleRadioDefault"));
    QVERIFY(defaultRadio);
    QVERIFY(defaultRadio->isChecked());
    QCOMPARE(defaultRadio->text(), QStringLiteral("Default — %1").arg(Duration::years(10).toDisplayString()));
    QCOMPARE(dialog.findChild<QRadioButton *>(QStringLiteral("ruleRadioMonthly"))->text(),
        QStringLiteral("Monthly — %1").arg(Duration::years(5).toDisplayString()));
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("ruleRadioWeekly")));
    QCOMPARE(dialog.chosenRule(), RetentionRule::Kind::Default);
}

void TestBackupNowDialog::requestsTheChosenRuleAndClosesOnStart()
{
    BackupNowDialog dialog(instance(), policy());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &BackupNowDialog::backupRequested);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *monthly = dialog.findChild<QRadioButton *>(QStringLiteral("ruleRadioMonthly"));
    QTest::mouseClick(monthly, Qt::LeftButton, {}, QPoint(6, monthly->height() / 2)); // on the indicator
    QCOMPARE(dialog.chosenRule(), RetentionRule::Kind::Monthly);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("&Backup now"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).value<BackupInstance>().name, QStringLiteral("orders"));
    QCOMPARE(requested.first().at(1).value<RetentionRule::Kind>(), RetentionRule::Kind::Monthly);
    QVERIFY(!ok->isEnabled()); // no second job while the first one starts
    QVERIFY(accepted.isEmpty());
    dialog.startSucceeded();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestBackupNowDialog::startFailureStaysOpenWithRemedy()
{
    BackupNowDialog dialog(instance(), policy());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    dialog.startFailed(Error{QStringLiteral("Job.InstanceBusy"),
        QStringLiteral("\"orders\" is busy with job 1234 (Backup)."),
        QStringLiteral("Wait for it to finish or cancel it."),
        {}});
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("startErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("job 1234")));
    QVERIFY(error->text().contains(QStringLiteral("Wait for it to finish")));
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(TestBackupNowDialog)
#include "TestBackupNowDialog.moc"
