#include "ui/policies/PolicyReviewPage.h"

#include "models/policies/BackupPolicy.h"
#include "ui/ErrorLabel.h"
#include "ui/policies/PolicySummaryWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PgVault {

PolicyReviewPage::PolicyReviewPage(BackupPolicy &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summary(new PolicySummaryWidget(this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(tr("Review + create"));
    setSubTitle(tr("Check the policy, then create it. Its Azure policy JSON is what PgVault saves."));
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_errorLabel->setObjectName(QStringLiteral("saveErrorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_errorLabel);
}

void PolicyReviewPage::initializePage()
{
    m_summary->setPolicy(m_draft);
    QStringList problems;
    for (const Error &error : m_draft.validate())
        problems << error.text();
    m_errorLabel->setText(problems.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!problems.isEmpty());
}

bool PolicyReviewPage::isComplete() const
{
    return m_draft.isValid();
}

void PolicyReviewPage::showSaveError(const QString &message)
{
    m_errorLabel->setText(tr("The policy was not saved: %1").arg(message));
    m_errorLabel->show();
}

} // namespace PgVault
