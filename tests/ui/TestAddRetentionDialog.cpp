#include "ui/policies/AddRetentionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace PgVault;
using Kind = RetentionRule::Kind;

/// The Add retention dialog on its own: range checks with their reason, used kinds, edit mode.
class TestAddRetentionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addDisabledOutsideRange_data();
    void addDisabledOutsideRange();
    void usedKindsAreDisabledWithReason();
    void editKeepsKindAndSays_save();
    void escapeCancels();

private:
    static void setDuration(AddRetentionDialog &dialog, int count, Duration::Unit unit);
    static QPushButton *okButton(AddRetentionDialog &dialog);
};

void TestAddRetentionDialog::setDuration(AddRetentionDialog &dialog, int count, Duration::Unit unit)
{
    auto *unitCombo = dialog.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    unitCombo->setCurrentIndex(unitCombo->findData(int(unit)));
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("durationSpinBox"));
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(count));
    QCOMPARE(spin->value(), count);
}

QPushButton *TestAddRetentionDialog::okButton(AddRetentionDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

void TestAddRetentionDialog::addDisabledOutsideRange_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<Duration::Unit>("unit");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("0 days") << 0 << Duration::Unit::Days << false << Duration::days(0).retentionRangeProblem();
    QTest::newRow("6 days") << 6 << Duration::Unit::Days << false << Duration::days(6).retentionRangeProblem();
    QTest::newRow("7 days") << 7 << Duration::Unit::Days << true << QString();
    QTest::newRow("3651 days") << 3651 << Duration::Unit::Days << false << Duration::days(3651).retentionRangeProblem();
    QTest::newRow("121 months") << 121 << Duration::Unit::Months << false
                                << Duration::months(121).retentionRangeProblem();
    QTest::newRow("10 years") << 10 << Duration::Unit::Years << true << QString();
    QTest::newRow("11 years") << 11 << Duration::Unit::Years << false << Duration::years(11).retentionRangeProblem();
}

void TestAddRetentionDialog::addDisabledOutsideRange()
{
    QFETCH(int, count);
    QFETCH(Duration::Unit, unit);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    AddRetentionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("rangeLabel"))->text(),
        QStringLiteral("Allowed: 7 days to 10 years in the vault."));
    setDuration(dialog, count, unit);
    QCOMPARE(okButton(dialog)->isEnabled(), allowed);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QCOMPARE(error->isVisible(), !allowed);
    if (!allowed) {
        QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
        QVERIFY(error->text().contains(QLatin1String("7 days to 10 years")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
    } else {
        QCOMPARE(dialog.rule().duration(), Duration(count, unit));
    }
}

void TestAddRetentionDialog::usedKindsAreDisabledWithReason()
{
    AddRetentionDialog dialog;
    dialog.setUsedKinds({Kind::Default, Kind::Weekly, Kind::Monthly});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *week = dialog.findChild<QRadioButton *>(QStringLiteral("weekRadio"));
    auto *month = dialog.findChild<QRadioButton *>(QStringLiteral("monthRadio"));
    auto *year = dialog.findChild<QRadioButton *>(QStringLiteral("yearRadio"));
    QVERIFY(!week->isEnabled());
    QVERIFY(!month->isEnabled());
    QVERIFY(year->isEnabled());
    QVERIFY(year->isChecked());
    QCOMPARE(month->toolTip(), QStringLiteral("The policy already has a Monthly rule; edit it instead."));
    QCOMPARE(week->toolTip(), QStringLiteral("The policy already has a Weekly rule; edit it instead."));
    QCOMPARE(year->toolTip(), QString());
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Add"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Add retention"));
    QCOMPARE(dialog.rule().kind(), Kind::Yearly);
}

void TestAddRetentionDialog::editKeepsKindAndSays_save()
{
    AddRetentionDialog dialog;
    dialog.setEditedRule(RetentionRule(Kind::Monthly, Duration::months(6)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit retention"));
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Save"));
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("monthRadio"))->isChecked());
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("yearRadio"))->isEnabled());
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("durationSpinBox"))->value(), 6);
    setDuration(dialog, 18, Duration::Unit::Months);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.rule(), RetentionRule(Kind::Monthly, Duration::months(18)));

    AddRetentionDialog defaultDialog;
    defaultDialog.setEditedRule(RetentionRule(Kind::Default, Duration::years(10)));
    defaultDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&defaultDialog));
    QVERIFY(defaultDialog.findChild<QLabel *>(QStringLiteral("defaultKindLabel"))->isVisible());
    QVERIFY(!defaultDialog.findChild<QRadioButton *>(QStringLiteral("weekRadio"))->isVisible());
    QCOMPARE(defaultDialog.rule().kind(), Kind::Default);
}

void TestAddRetentionDialog::escapeCancels()
{
    AddRetentionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
}

QTEST_MAIN(TestAddRetentionDialog)
#include "TestAddRetentionDialog.moc"
