#pragma once

#include "ui/restore/RestoreDraft.h"

#include <QWizardPage>

class QRadioButton;

namespace PgVault {

/// Restore wizard, third page: restore as files (into a folder) or to a PostgreSQL server.
class RestoreTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    RestoreTargetPage(RestoreDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    RestoreDraft &m_draft;
    QRadioButton *m_filesRadio;
    QRadioButton *m_serverRadio;
};

} // namespace PgVault
