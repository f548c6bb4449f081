#pragma once

#include "models/policies/BackupPolicy.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace PgVault {

class RetentionTimeline;

/// The wizard's retention simulator: plays the draft policy's schedule over the next 12 months
/// with RetentionSimulator and shows the timeline and how many recovery points remain at the end.
class RetentionSimulatorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionSimulatorWidget(QWidget *parent = nullptr);

    /// The first simulated day; when unset, today in the policy's time zone.
    void setToday(const QDate &today);
    void setPolicy(const BackupPolicy &policy);

    QString sentence() const;

private:
    void refresh();

    BackupPolicy m_policy;
    QDate m_today;
    RetentionTimeline *m_timeline;
    QLabel *m_sentenceLabel;
};

} // namespace PgVault
