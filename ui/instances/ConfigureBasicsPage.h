#pragma once

#include "ui/instances/ConfigureBackupDraft.h"

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace PgVault {

/// Configure Backup wizard, first page: the datasource type and the vault the recovery points go to.
class ConfigureBasicsPage : public QWizardPage
{
    Q_OBJECT

public:
    ConfigureBasicsPage(ConfigureBackupDraft &draft, QWidget *parent = nullptr);

    void setVaultOptions(const QList<ConfigureBackupDraft::VaultOption> &options);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void vaultChanged();

    ConfigureBackupDraft &m_draft;
    QList<ConfigureBackupDraft::VaultOption> m_options;
    QComboBox *m_vaultCombo;
    QLabel *m_vaultLocationLabel;
};

} // namespace PgVault
