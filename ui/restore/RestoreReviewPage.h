#pragma once

#include "models/Result.h"
#include "ui/restore/RestoreDraft.h"

#include <QWizardPage>

class QLabel;

namespace PgVault {

/// Restore wizard, Review + restore: a summary of the point and the target; Restore starts the job
/// through the controller and shows why it did not start, if it did not.
class RestoreReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    RestoreReviewPage(RestoreDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void setStarting(bool starting);
    void showStartError(const Error &error);

    /// The summary text (for the page and the tests).
    static QString summary(const RestoreDraft &draft);

private:
    RestoreDraft &m_draft;
    QLabel *m_summaryLabel;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    bool m_starting = false;
};

} // namespace PgVault
