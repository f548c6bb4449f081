#pragma once

#include <QWizardPage>

class QLabel;

namespace PgVault {

class BackupPolicy;
class PolicySummaryWidget;

/// Policy wizard, last page: the policy as it will be saved, and why saving failed if it did.
class PolicyReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    PolicyReviewPage(BackupPolicy &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// Shows why the controller could not save the policy; the wizard stays open.
    void showSaveError(const QString &message);

private:
    BackupPolicy &m_draft;
    PolicySummaryWidget *m_summary;
    QLabel *m_errorLabel;
};

} // namespace PgVault
