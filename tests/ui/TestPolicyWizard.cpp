#include "models/policies/PolicyJson.h"
#include "models/policies/RetentionRuleModel.h"
#include "ui/policies/AddRetentionDialog.h"
#include "ui/policies/PolicyWizard.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace PgVault;
using Kind = RetentionRule::Kind;

/// Drives the Create Backup Policy wizard as a user would, headless, and checks what it emits.
class TestPolicyWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createsWeeklyBerlinPolicyThroughEveryPage();
    void nameMessages_data();
    void nameMessages();
    void duplicateNameBlocksNext();
    void noWeekdayBlocksNext();
    void defaultRuleCannotBeDeleted();
    void addDisabledOnceEveryKindExists();
    void simulatorSentenceForKnownToday();
    void clonePrefillsEveryPage();

private:
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void typeName(const QString &name);
    void goToSchedulePage();
    AddRetentionDialog *openDialog(const char *buttonName);
    void setDuration(AddRetentionDialog *dialog, int count, Duration::Unit unit);
    void selectRule(Kind kind);

    PolicyWizard *m_wizard = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPolicyWizard::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestPolicyWizard::init()
{
    m_wizard = new PolicyWizard;
    m_wizard->setToday(QDate(2025, 1, 1));
    m_wizard->setExistingNames({QStringLiteral("Taken-Policy")});
    // Alive for the whole test: every change the test makes is checked.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_wizard->findChild<RetentionRuleModel *>(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
}

void TestPolicyWizard::cleanup()
{
    m_tester.reset();
    delete m_wizard;
    m_wizard = nullptr;
}

void TestPolicyWizard::typeName(const QString &name)
{
    auto *edit = find<QLineEdit>("policyNameEdit");
    edit->clear();
    QTest::keyClicks(edit, name);
}

void TestPolicyWizard::goToSchedulePage()
{
    typeName(QStringLiteral("weekly-pg"));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PolicyWizard::SchedulePageId));
}

AddRetentionDialog *TestPolicyWizard::openDialog(const char *buttonName)
{
    auto *button = find<QPushButton>(buttonName);
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_wizard->findChild<AddRetentionDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPolicyWizard::setDuration(AddRetentionDialog *dialog, int count, Duration::Unit unit)
{
    auto *unitCombo = dialog->findChild<QComboBox *>(QStringLiteral("unitCombo"));
    unitCombo->setCurrentIndex(unitCombo->findData(int(unit)));
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("durationSpinBox"));
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(count));
}

void TestPolicyWizard::selectRule(Kind kind)
{
    auto *view = find<QTableView>("rulesView");
    auto *model = m_wizard->findChild<RetentionRuleModel *>();
    const QModelIndex cell = view->model()->index(model->rowOf(kind), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
}

void TestPolicyWizard::createsWeeklyBerlinPolicyThroughEveryPage()
{
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    goToSchedulePage();

    // Sunday is pre-selected; add Wednesday.
    QVERIFY(find<QCheckBox>("sundayCheckBox")->isChecked());
    QTest::mouseClick(find<QCheckBox>("wednesdayCheckBox"), Qt::LeftButton);
    auto *time = find<QTimeEdit>("timeEdit");
    time->setFocus();
    time->selectAll();
    QTest::keyClicks(time, QStringLiteral("2200"));
    QCOMPARE(time->time(), QTime(22, 0));
    auto *zone = find<QComboBox>("timeZoneCombo");
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(m_wizard->draft().schedule().timeZone().id(), QByteArray("Europe/Berlin"));

    AddRetentionDialog *monthly = openDialog("addRetentionButton");
    QVERIFY(monthly);
    QTest::mouseClick(monthly->findChild<QRadioButton *>(QStringLiteral("monthRadio")), Qt::LeftButton);
    setDuration(monthly, 5, Duration::Unit::Years);
    QTest::mouseClick(monthly->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<AddRetentionDialog *>());

    AddRetentionDialog *yearly = openDialog("addRetentionButton");
    QVERIFY(yearly);
    QTest::mouseClick(yearly->findChild<QRadioButton *>(QStringLiteral("yearRadio")), Qt::LeftButton);
    setDuration(yearly, 10, Duration::Unit::Years);
    QTest::keyClick(yearly, Qt::Key_Return);
    QTRY_VERIFY(!m_wizard->findChild<AddRetentionDialog *>());

    selectRule(Kind::Default);
    AddRetentionDialog *edit = openDialog("editRetentionButton");
    QVERIFY(edit);
    QCOMPARE(edit->windowTitle(), QStringLiteral("Edit retention"));
    QVERIFY(edit->findChild<QLabel *>(QStringLiteral("defaultKindLabel"))->isVisible());
    setDuration(edit, 3, Duration::Unit::Months);
    auto *save = edit->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QCOMPARE(save->text(), QStringLiteral("&Save"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<AddRetentionDialog *>());

    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PolicyWizard::ReviewPageId));
    auto *showJson = find<QPushButton>("showJsonButton");
    QTest::mouseClick(showJson, Qt::LeftButton);
    QVERIFY(find<QWidget>("jsonView")->isVisible());

    QSignalSpy created(m_wizard, &PolicyWizard::policyCreated);
    QSignalSpy accepted(m_wizard, &QDialog::accepted);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(created.count(), 1);
    QCOMPARE(accepted.count(), 1);

    const auto policy = created.first().first().value<BackupPolicy>();
    const QJsonObject json = PolicyJson::toJsonObject(policy);
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("weekly-pg"));
    QCOMPARE(json.value(QStringLiteral("datasourceTypes")).toArray().first().toString(),
        QString::fromLatin1(BackupPolicy::DatasourceType));
    QHash<QString, QJsonObject> rules;
    for (const QJsonValue &rule : json.value(QStringLiteral("policyRules")).toArray())
        rules.insert(rule[QStringLiteral("name")].toString(), rule.toObject());
    QCOMPARE(rules.size(), 4); // BackupWeekly + Default, Monthly, Yearly
    const QJsonObject schedule
        = rules.value(QStringLiteral("BackupWeekly"))[QStringLiteral("trigger")][QStringLiteral("schedule")].toObject();
    QCOMPARE(schedule.value(QStringLiteral("timeZone")).toString(), QStringLiteral("W. Europe Standard Time"));
    const QJsonArray intervals = schedule.value(QStringLiteral("repeatingTimeIntervals")).toArray();
    QCOMPARE(intervals.size(), 2);
    const QDate sunday
        = QDateTime::fromString(intervals.at(0).toString().section(QLatin1Char('/'), 1, 1), Qt::ISODate).date();
    const QDate wednesday
        = QDateTime::fromString(intervals.at(1).toString().section(QLatin1Char('/'), 1, 1), Qt::ISODate).date();
    QCOMPARE(sunday.dayOfWeek(), int(Qt::Sunday));
    QCOMPARE(wednesday.dayOfWeek(), int(Qt::Wednesday));
    for (const QJsonValue &interval : intervals) {
        QVERIFY2(interval.toString().contains(QLatin1String("T22:00:00")), qPrintable(interval.toString()));
        QVERIFY(interval.toString().endsWith(QLatin1String("/P1W")));
    }
    QHash<QString, int> priorities;
    for (const QJsonValue &criterion :
        rules.value(QStringLiteral("BackupWeekly"))[QStringLiteral("trigger")][QStringLiteral("taggingCriteria")]
            .toArray())
        priorities.insert(criterion[QStringLiteral("tagInfo")][QStringLiteral("tagName")].toString(),
            criterion[QStringLiteral("taggingPriority")].toInt());
    QCOMPARE(priorities,
        (QHash<QString, int>{
            {QStringLiteral("Default"), 99}, {QStringLiteral("Monthly"), 15}, {QStringLiteral("Yearly"), 10}}));
    const auto duration = [&](const char *name) {
        return rules
            .value(QString::fromLatin1(
                name))[QStringLiteral("lifecycles")][0][QStringLiteral("deleteAfter")][QStringLiteral("duration")]
            .toString();
    };
    QCOMPARE(duration("Default"), QStringLiteral("P3M"));
    QCOMPARE(duration("Monthly"), QStringLiteral("P5Y"));
    QCOMPARE(duration("Yearly"), QStringLiteral("P10Y"));
    QVERIFY(rules.value(QStringLiteral("Default")).value(QStringLiteral("isDefault")).toBool());

    BackupPolicy expected;
    expected.setName(QStringLiteral("weekly-pg"));
    expected.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    expected.setRules({RetentionRule(Kind::Default, Duration::months(3)),
        RetentionRule(Kind::Monthly, Duration::years(5)),
        RetentionRule(Kind::Yearly, Duration::years(10))});
    QCOMPARE(json, PolicyJson::toJsonObject(expected));
}

void TestPolicyWizard::nameMessages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << QString() << QStringLiteral("Enter a policy name.");
    QTest::newRow("short name") << QStringLiteral("ab")
                                << QStringLiteral("The policy name must be at least 3 characters long.");
    QTest::newRow("bad character") << QStringLiteral("weekly pg")
                                   << QStringLiteral("The policy name can contain only letters, digits and "
                                                     "hyphens; spaces are not allowed.");
    QTest::newRow("too long") << QString(151, QLatin1Char('a'))
                              << QStringLiteral("The policy name must be at most 150 characters long.");
}

void TestPolicyWizard::nameMessages()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    typeName(QStringLiteral("x"));
    typeName(name);
    auto *label = find<QLabel>("nameErrorLabel");
    QCOMPARE(label->text(), message);
    QVERIFY(label->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(PolicyWizard::BasicsPageId));
    typeName(QStringLiteral("good-name"));
    QVERIFY(!label->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestPolicyWizard::duplicateNameBlocksNext()
{
    typeName(QStringLiteral("taken-policy"));
    QCOMPARE(find<QLabel>("nameErrorLabel")->text(),
        QStringLiteral("A policy named \"taken-policy\" already exists. Choose another name."));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestPolicyWizard::noWeekdayBlocksNext()
{
    goToSchedulePage();
    QTest::mouseClick(find<QCheckBox>("sundayCheckBox"), Qt::LeftButton);
    auto *label = find<QLabel>("daysErrorLabel");
    QCOMPARE(label->text(), QStringLiteral("Select at least one weekday for the backup schedule."));
    QVERIFY(label->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(find<QCheckBox>("fridayCheckBox"), Qt::LeftButton);
    QVERIFY(!label->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestPolicyWizard::defaultRuleCannotBeDeleted()
{
    goToSchedulePage();
    auto *remove = find<QPushButton>("deleteRetentionButton");
    QVERIFY(!remove->isEnabled());
    selectRule(Kind::Default);
    QVERIFY(find<QPushButton>("editRetentionButton")->isEnabled());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), QStringLiteral("The Default rule cannot be removed; every policy needs it."));
}

void TestPolicyWizard::addDisabledOnceEveryKindExists()
{
    goToSchedulePage();
    for (const char *radio : {"weekRadio", "monthRadio", "yearRadio"}) {
        AddRetentionDialog *dialog = openDialog("addRetentionButton");
        QVERIFY(dialog);
        auto *button = dialog->findChild<QRadioButton *>(QString::fromLatin1(radio));
        QVERIFY(button->isEnabled());
        QVERIFY(button->isChecked()); // the first free kind is offered
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->findChild<AddRetentionDialog *>());
    }
    auto *add = find<QPushButton>("addRetentionButton");
    QVERIFY(!add->isEnabled());
    QCOMPARE(
        add->toolTip(), QStringLiteral("The policy already has Weekly, Monthly and Yearly rules; edit one instead."));

    selectRule(Kind::Monthly);
    QTest::mouseClick(find<QPushButton>("deleteRetentionButton"), Qt::LeftButton);
    QVERIFY(add->isEnabled());
    QVERIFY(!m_wizard->draft().hasRule(Kind::Monthly));
}

void TestPolicyWizard::simulatorSentenceForKnownToday()
{
    goToSchedulePage();
    // Sunday 22:00 UTC, Default 10 years: 2025-01-01 .. 2025-12-31 has 52 Sundays.
    auto *zone = find<QComboBox>("timeZoneCombo");
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("UTC"));
    auto *sentence = find<QLabel>("simulatorSentenceLabel");
    QCOMPARE(sentence->text(),
        QStringLiteral("On Wednesday, 31 December 2025 you will hold 0 Yearly, 0 Monthly, 0 Weekly, "
                       "52 Default recovery points."));

    AddRetentionDialog *dialog = openDialog("addRetentionButton");
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("monthRadio")), Qt::LeftButton);
    setDuration(dialog, 1, Duration::Unit::Years);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_COMPARE(sentence->text(),
        QStringLiteral("On Wednesday, 31 December 2025 you will hold 0 Yearly, 12 Monthly, "
                       "0 Weekly, 40 Default recovery points."));

    QTest::mouseClick(find<QCheckBox>("sundayCheckBox"), Qt::LeftButton);
    QCOMPARE(sentence->text(),
        QStringLiteral("The simulation appears once the schedule and the retention rules are valid."));
}

void TestPolicyWizard::clonePrefillsEveryPage()
{
    BackupPolicy source;
    source.setName(QStringLiteral("weekly-pg-copy"));
    source.setSchedule(WeeklySchedule({Qt::Monday, Qt::Friday}, QTime(3, 15), QTimeZone("Asia/Tokyo")));
    source.putRule(RetentionRule(Kind::Weekly, Duration::weeks(8)));
    delete m_wizard;
    m_tester.reset();
    m_wizard = new PolicyWizard;
    m_wizard->setPolicy(source);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QCOMPARE(find<QLineEdit>("policyNameEdit")->text(), QStringLiteral("weekly-pg-copy"));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(find<QCheckBox>("mondayCheckBox")->isChecked());
    QVERIFY(find<QCheckBox>("fridayCheckBox")->isChecked());
    QVERIFY(!find<QCheckBox>("sundayCheckBox")->isChecked());
    QCOMPARE(find<QTimeEdit>("timeEdit")->time(), QTime(3, 15));
    QCOMPARE(find<QComboBox>("timeZoneCombo")->currentText(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(m_wizard->findChild<RetentionRuleModel *>()->rowCount(), 2);
    QCOMPARE(m_wizard->draft(), source);
}

QTEST_MAIN(TestPolicyWizard)
#include "TestPolicyWizard.moc"
