#pragma once

#include "models/Result.h"
#include "ui/instances/ConfigureBackupDraft.h"

#include <QWizard>

namespace PgVault {

class ConfigureBasicsPage;
class ConfigureReviewPage;
class ConfigureDatasourcesPage;
class ConfigurePolicyPage;
class PolicyController;

/// The Configure Backup wizard: Basics (vault) → Backup policy → Datasources (connection and
/// readiness validation) → Review + configure. The pages share one ConfigureBackupDraft; the only
/// I/O is the validation job. Configure emits configureRequested and stays open until the
/// controller reports the save with saveSucceeded() or saveFailed().
class ConfigureBackupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { BasicsPageId, PolicyPageId, DatasourcesPageId, ReviewPageId };

    /// The policy controller lists the policies and saves one made with Create new…; it must
    /// outlive the wizard.
    explicit ConfigureBackupWizard(PolicyController *policies, QWidget *parent = nullptr);

    void setVaultOptions(const QList<ConfigureBackupDraft::VaultOption> &options);
    void setExistingInstanceNames(const QStringList &names);
    /// The instances configured already, so a server protected by one is refused on the Datasources page.
    void setExistingInstances(const QList<BackupInstance> &instances);
    const ConfigureBackupDraft &draft() const { return m_draft; }
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    /// The user pressed Configure: save the password, then the instance.
    void configureRequested(const PgVault::BackupInstance &instance, const QString &password);

public Q_SLOTS:
    void accept() override;
    void saveSucceeded();
    void saveFailed(const PgVault::Error &error);

private:
    ConfigureBackupDraft m_draft;
    ConfigureBasicsPage *m_basicsPage;
    ConfigurePolicyPage *m_policyPage;
    ConfigureDatasourcesPage *m_datasourcesPage;
    ConfigureReviewPage *m_reviewPage;
    bool m_saving = false;
};

} // namespace PgVault
