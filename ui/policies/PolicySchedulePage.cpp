#include "ui/policies/PolicySchedulePage.h"

#include "models/policies/BackupPolicy.h"
#include "ui/ErrorLabel.h"
#include "ui/policies/RetentionRulesWidget.h"
#include "ui/policies/RetentionSimulatorWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace PgVault {

namespace {

const QList<Qt::DayOfWeek> AzureWeekOrder
    = {Qt::Sunday, Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday};

QString dayObjectName(Qt::DayOfWeek day)
{
    // Fixed English object names for tests and screenshots, whatever the UI language.
    static const char *const names[] = {"mondayCheckBox",
        "tuesdayCheckBox",
        "wednesdayCheckBox",
        "thursdayCheckBox",
        "fridayCheckBox",
        "saturdayCheckBox",
        "sundayCheckBox"};
    return QString::fromLatin1(names[int(day) - 1]);
}

QString zoneName(const QTimeZone &zone)
{
    return QString::fromLatin1(zone.id());
}

} // namespace

PolicySchedulePage::PolicySchedulePage(BackupPolicy &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Schedule + retention"));
    setSubTitle(tr("Choose when backups run and how long recovery points are kept."));

    auto *retentionGroup = new QGroupBox(tr("Retention rules"), this);
    m_rulesWidget = new RetentionRulesWidget(retentionGroup);
    m_rulesErrorLabel = new QLabel(retentionGroup);
    m_rulesErrorLabel->setObjectName(QStringLiteral("rulesErrorLabel"));
    ErrorLabel::style(m_rulesErrorLabel);
    auto *retentionLayout = new QVBoxLayout(retentionGroup);
    retentionLayout->addWidget(m_rulesWidget);
    retentionLayout->addWidget(m_rulesErrorLabel);

    auto *simulatorGroup = new QGroupBox(tr("Retention simulator: the next 12 months"), this);
    m_simulator = new RetentionSimulatorWidget(simulatorGroup);
    m_simulator->setObjectName(QStringLiteral("retentionSimulator"));
    auto *simulatorLayout = new QVBoxLayout(simulatorGroup);
    simulatorLayout->addWidget(m_simulator);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createScheduleGroup());
    layout->addWidget(retentionGroup);
    layout->addWidget(simulatorGroup);
    layout->addStretch();

    connect(m_rulesWidget, &RetentionRulesWidget::rulesChanged, this, &PolicySchedulePage::rulesEdited);
}

QWidget *PolicySchedulePage::createScheduleGroup()
{
    auto *group = new QGroupBox(tr("Backup schedule"), this);

    m_frequencyCombo = new QComboBox(group);
    m_frequencyCombo->setObjectName(QStringLiteral("frequencyCombo"));
    m_frequencyCombo->setAccessibleName(tr("Backup frequency"));
    m_frequencyCombo->addItem(tr("Weekly"));
    m_frequencyCombo->setToolTip(tr("PostgreSQL flexible server backups run weekly."));

    auto *daysRow = new QHBoxLayout;
    const QLocale locale;
    for (Qt::DayOfWeek day : AzureWeekOrder) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::LongFormat), group);
        box->setObjectName(dayObjectName(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        daysRow->addWidget(box);
        m_dayBoxes << box;
        connect(box, &QCheckBox::toggled, this, &PolicySchedulePage::scheduleEdited);
    }
    daysRow->addStretch();
    m_daysErrorLabel = new QLabel(group);
    m_daysErrorLabel->setObjectName(QStringLiteral("daysErrorLabel"));
    ErrorLabel::style(m_daysErrorLabel);

    m_timeEdit = new QTimeEdit(group);
    m_timeEdit->setObjectName(QStringLiteral("timeEdit"));
    m_timeEdit->setAccessibleName(tr("Backup time"));
    m_timeEdit->setDisplayFormat(QStringLiteral("HH:mm"));
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, &PolicySchedulePage::scheduleEdited);

    m_timeZoneCombo = new QComboBox(group);
    m_timeZoneCombo->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZoneCombo->setAccessibleName(tr("Time zone"));
    m_timeZoneCombo->setEditable(true);
    m_timeZoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_timeZoneCombo->setMinimumContentsLength(24);
    m_timeZoneCombo->setToolTip(tr("Type any part of a zone name, such as \"berlin\", to search."));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZoneCombo->addItem(QString::fromLatin1(id));
    auto *completer = new QCompleter(m_timeZoneCombo->model(), m_timeZoneCombo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZoneCombo->setCompleter(completer);
    connect(m_timeZoneCombo, &QComboBox::currentTextChanged, this, &PolicySchedulePage::timeZoneEdited);
    m_timeZoneErrorLabel = new QLabel(group);
    m_timeZoneErrorLabel->setObjectName(QStringLiteral("timeZoneErrorLabel"));
    ErrorLabel::style(m_timeZoneErrorLabel);

    auto *infoLabel = new QLabel(tr("Every selected day runs a full backup of every database on the server."), group);
    infoLabel->setObjectName(QStringLiteral("fullBackupInfoLabel"));
    infoLabel->setWordWrap(true);

    auto *frequencyLabel = new QLabel(tr("Backup &frequency:"), group);
    frequencyLabel->setBuddy(m_frequencyCombo);
    auto *daysLabel = new QLabel(tr("&Days:"), group);
    daysLabel->setBuddy(m_dayBoxes.first());
    auto *timeLabel = new QLabel(tr("&Time:"), group);
    timeLabel->setBuddy(m_timeEdit);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), group);
    zoneLabel->setBuddy(m_timeZoneCombo);

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_timeEdit);
    timeRow->addSpacing(12);
    timeRow->addWidget(zoneLabel);
    timeRow->addWidget(m_timeZoneCombo, 1);

    auto *form = new QFormLayout(group);
    form->addRow(frequencyLabel, m_frequencyCombo);
    form->addRow(daysLabel, daysRow);
    form->addRow(QString(), m_daysErrorLabel);
    form->addRow(timeLabel, timeRow);
    form->addRow(QString(), m_timeZoneErrorLabel);
    form->addRow(QString(), infoLabel);

    QWidget *previous = m_frequencyCombo;
    for (QCheckBox *box : std::as_const(m_dayBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_timeEdit);
    setTabOrder(m_timeEdit, m_timeZoneCombo);
    return group;
}

void PolicySchedulePage::setToday(const QDate &today)
{
    m_simulator->setToday(today);
}

void PolicySchedulePage::initializePage()
{
    m_loading = true;
    const WeeklySchedule schedule = m_draft.schedule();
    for (int i = 0; i < m_dayBoxes.size(); ++i)
        m_dayBoxes.at(i)->setChecked(schedule.runsOn(AzureWeekOrder.at(i)));
    m_timeEdit->setTime(schedule.time());
    const QString zone = zoneName(schedule.timeZone());
    const int zoneIndex = m_timeZoneCombo->findText(zone);
    if (zoneIndex >= 0)
        m_timeZoneCombo->setCurrentIndex(zoneIndex);
    else
        m_timeZoneCombo->setEditText(zone);
    m_rulesWidget->setRules(m_draft.rules());
    m_loading = false;
    showProblems();
}

bool PolicySchedulePage::isComplete() const
{
    const QList<Error> errors = m_draft.validate();
    return std::all_of(errors.cbegin(), errors.cend(), [](const Error &e) { return e.field == QLatin1String("name"); });
}

bool PolicySchedulePage::validatePage()
{
    showProblems();
    return isComplete();
}

void PolicySchedulePage::scheduleEdited()
{
    if (m_loading)
        return;
    WeeklySchedule schedule = m_draft.schedule();
    QList<Qt::DayOfWeek> days;
    for (int i = 0; i < m_dayBoxes.size(); ++i) {
        if (m_dayBoxes.at(i)->isChecked())
            days << AzureWeekOrder.at(i);
    }
    schedule.setDays(days);
    schedule.setTime(m_timeEdit->time());
    m_draft.setSchedule(schedule);
    showProblems();
}

void PolicySchedulePage::timeZoneEdited(const QString &text)
{
    if (m_loading)
        return;
    // Only a listed id counts, so a half-typed search ("Europe/Ber") reads as no zone yet.
    const bool listed = m_timeZoneCombo->findText(text) >= 0;
    WeeklySchedule schedule = m_draft.schedule();
    schedule.setTimeZone(listed ? QTimeZone(text.toLatin1()) : QTimeZone());
    m_draft.setSchedule(schedule);
    showProblems();
}

void PolicySchedulePage::rulesEdited()
{
    if (m_loading)
        return;
    m_draft.setRules(m_rulesWidget->rules());
    showProblems();
}

void PolicySchedulePage::showProblems()
{
    QStringList days, zone, rules;
    for (const Error &error : m_draft.validate()) {
        if (error.field == QLatin1String("schedule.days"))
            days << error.message;
        else if (error.field.startsWith(QLatin1String("schedule.")))
            zone << error.message;
        else if (error.field.startsWith(QLatin1String("rules")))
            rules << error.text();
    }
    const auto show = [](QLabel *label, const QStringList &messages) {
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    };
    show(m_daysErrorLabel, days);
    show(m_timeZoneErrorLabel, zone);
    show(m_rulesErrorLabel, rules);
    m_simulator->setPolicy(m_draft);
    Q_EMIT completeChanged();
}

} // namespace PgVault
