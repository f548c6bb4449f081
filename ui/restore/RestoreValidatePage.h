#pragma once

#include "ui/restore/RestoreDraft.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace PgVault {

class RestoreValidator;

/// Restore wizard, Validate: runs RestoreValidator as soon as the page opens and lists each
/// check with what was found and what to do. Next stays disabled until a validation passed.
class RestoreValidatePage : public QWizardPage
{
    Q_OBJECT

public:
    RestoreValidatePage(RestoreDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isValidating() const;

public Q_SLOTS:
    void validate();

Q_SIGNALS:
    void validationFinished();

private:
    void showValidation(const RestoreValidation &validation);
    void clearResults();

    RestoreDraft &m_draft;
    RestoreValidator *m_validator;
    QPushButton *m_validateButton;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QWidget *m_results;
    QVBoxLayout *m_resultsLayout;
};

} // namespace PgVault
