#pragma once

#include "ui/restore/RestoreDraft.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PgVault {

/// Restore wizard, "Restore as files" parameters: the folder (chosen through FileDialog), the
/// file prefix and whether existing files may be overwritten.
class RestoreFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    RestoreFilesPage(RestoreDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();
    void inputEdited();
    QString prefixProblem() const;

    RestoreDraft &m_draft;
    QLineEdit *m_folderEdit;
    QPushButton *m_browseButton;
    QLineEdit *m_prefixEdit;
    QCheckBox *m_overwriteCheck;
    QLabel *m_folderError;
    QLabel *m_prefixError;
};

} // namespace PgVault
