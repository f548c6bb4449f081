#pragma once

#include "models/policies/BackupPolicy.h"

#include <QDate>
#include <QWizard>

namespace PgVault {

class PolicyBasicsPage;
class PolicyReviewPage;
class PolicySchedulePage;

/// The Create Backup Policy wizard: Basics, Schedule + retention, Review + create. Every page
/// edits one BackupPolicy draft owned here; Create emits policyCreated and a controller saves it.
class PolicyWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { BasicsPageId, SchedulePageId, ReviewPageId };

    explicit PolicyWizard(QWidget *parent = nullptr);

    /// Pre-fills every page (Clone), before the wizard is shown.
    void setPolicy(const BackupPolicy &policy);
    const BackupPolicy &draft() const { return m_draft; }

    /// Names a new policy may not take.
    void setExistingNames(const QStringList &names);
    /// The simulator's first day; unset means today in the policy's time zone.
    void setToday(const QDate &today);

    /// Called by the controller from policyCreated when saving failed: keeps the wizard open on the
    /// Review page with the message, so nothing the user entered is lost.
    void reportSaveFailure(const QString &message);

Q_SIGNALS:
    void policyCreated(const PgVault::BackupPolicy &policy);

public Q_SLOTS:
    void accept() override;

private:
    BackupPolicy m_draft;
    PolicyBasicsPage *m_basicsPage;
    PolicySchedulePage *m_schedulePage;
    PolicyReviewPage *m_reviewPage;
    bool m_saveFailed = false;
};

} // namespace PgVault
