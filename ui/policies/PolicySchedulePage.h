#pragma once

#include <QDate>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimeEdit;

namespace PgVault {

class BackupPolicy;
class RetentionRulesWidget;
class RetentionSimulatorWidget;

/// Policy wizard, second page: the weekly schedule (days, time, searchable time zone), the
/// retention rules and the live retention simulator, all written straight into the draft.
class PolicySchedulePage : public QWizardPage
{
    Q_OBJECT

public:
    PolicySchedulePage(BackupPolicy &draft, QWidget *parent = nullptr);

    void setToday(const QDate &today);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QWidget *createScheduleGroup();
    void scheduleEdited();
    void timeZoneEdited(const QString &text);
    void rulesEdited();
    /// Shows each model-layer error beside its field and refreshes the simulator.
    void showProblems();

    BackupPolicy &m_draft;
    QList<QCheckBox *> m_dayBoxes; // Sunday first, as Azure orders weekdays
    QComboBox *m_frequencyCombo = nullptr;
    QTimeEdit *m_timeEdit = nullptr;
    QComboBox *m_timeZoneCombo = nullptr;
    QLabel *m_daysErrorLabel = nullptr;
    QLabel *m_timeZoneErrorLabel = nullptr;
    QLabel *m_rulesErrorLabel = nullptr;
    RetentionRulesWidget *m_rulesWidget = nullptr;
    RetentionSimulatorWidget *m_simulator = nullptr;
    bool m_loading = false;
};

} // namespace PgVault
