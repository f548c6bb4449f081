#pragma once

#include "ui/restore/RestoreDraft.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace PgVault {

/// Restore wizard, first page: which backup instance to restore from. Reads its recovery points
/// (through the draft's loader) on Next.
class RestoreInstancePage : public QWizardPage
{
    Q_OBJECT

public:
    RestoreInstancePage(RestoreDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool selectInstance(const QString &instanceId);

private:
    RestoreDraft &m_draft;
    QListWidget *m_list;
    QLabel *m_errorLabel;
};

} // namespace PgVault
