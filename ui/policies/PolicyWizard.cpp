#include "ui/policies/PolicyWizard.h"

#include "ui/policies/PolicyBasicsPage.h"
#include "ui/policies/PolicyReviewPage.h"
#include "ui/policies/PolicySchedulePage.h"

namespace PgVault {

PolicyWizard::PolicyWizard(QWidget *parent)
    : QWizard(parent)
    , m_basicsPage(new PolicyBasicsPage(m_draft, this))
    , m_schedulePage(new PolicySchedulePage(m_draft, this))
    , m_reviewPage(new PolicyReviewPage(m_draft, this))
{
    setObjectName(QStringLiteral("policyWizard"));
    setWindowTitle(tr("Create Backup Policy"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    WeeklySchedule schedule = m_draft.schedule();
    schedule.setTimeZone(QTimeZone::systemTimeZone());
    m_draft.setSchedule(schedule);

    setPage(BasicsPageId, m_basicsPage);
    setPage(SchedulePageId, m_schedulePage);
    setPage(ReviewPageId, m_reviewPage);
    resize(860, 780);
}

void PolicyWizard::setPolicy(const BackupPolicy &policy)
{
    m_draft = policy;
    if (currentPage())
        currentPage()->initializePage();
}

void PolicyWizard::setExistingNames(const QStringList &names)
{
    m_basicsPage->setExistingNames(names);
}

void PolicyWizard::setToday(const QDate &today)
{
    m_schedulePage->setToday(today);
}

void PolicyWizard::reportSaveFailure(const QString &message)
{
    m_saveFailed = true;
    m_reviewPage->showSaveError(message);
}

void PolicyWizard::accept()
{
    m_saveFailed = false;
    Q_EMIT policyCreated(m_draft);
    if (!m_saveFailed)
        QWizard::accept();
}

} // namespace PgVault
