#pragma once

#include "ui/instances/ConfigureBackupDraft.h"

#include <QWizardPage>

class QLabel;

namespace PgVault {

/// Configure Backup wizard, last page: a summary of the instance about to be created, and where
/// a failed save (keychain, catalog) is explained with its remedy.
class ConfigureReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ConfigureReviewPage(ConfigureBackupDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void setSaving(bool saving);
    void showSaveError(const Error &error);

private:
    ConfigureBackupDraft &m_draft;
    QLabel *m_summaryLabel;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    bool m_saving = false;
};

} // namespace PgVault
