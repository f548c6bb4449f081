#include "ui/instances/ConfigureBackupWizard.h"

#include "ui/instances/ConfigureBasicsPage.h"
#include "ui/instances/ConfigureDatasourcesPage.h"
#include "ui/instances/ConfigurePolicyPage.h"
#include "ui/instances/ConfigureReviewPage.h"

namespace PgVault {

ConfigureBackupWizard::ConfigureBackupWizard(PolicyController *policies, QWidget *parent)
    : QWizard(parent)
    , m_basicsPage(new ConfigureBasicsPage(m_draft, this))
    , m_policyPage(new ConfigurePolicyPage(m_draft, policies, this))
    , m_datasourcesPage(new ConfigureDatasourcesPage(m_draft, this))
    , m_reviewPage(new ConfigureReviewPage(m_draft, this))
{
    setObjectName(QStringLiteral("configureBackupWizard"));
    setWindowTitle(tr("Configure Backup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Configure backup"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_basicsPage->setObjectName(QStringLiteral("configureBasicsPage"));
    m_policyPage->setObjectName(QStringLiteral("policyChoicePage"));
    m_datasourcesPage->setObjectName(QStringLiteral("datasourcesPage"));
    m_reviewPage->setObjectName(QStringLiteral("configureReviewPage"));

    setPage(BasicsPageId, m_basicsPage);
    setPage(PolicyPageId, m_policyPage);
    setPage(DatasourcesPageId, m_datasourcesPage);
    setPage(ReviewPageId, m_reviewPage);
    resize(860, 720);
}

void ConfigureBackupWizard::setVaultOptions(const QList<ConfigureBackupDraft::VaultOption> &options)
{
    m_basicsPage->setVaultOptions(options);
}

void ConfigureBackupWizard::setExistingInstanceNames(const QStringList &names)
{
    m_datasourcesPage->setExistingNames(names);
}

void ConfigureBackupWizard::setExistingInstances(const QList<BackupInstance> &instances)
{
    m_datasourcesPage->setExistingInstances(instances);
}

void ConfigureBackupWizard::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    m_reviewPage->setSaving(true);
    Q_EMIT configureRequested(m_draft.instance, m_draft.password);
}

void ConfigureBackupWizard::saveSucceeded()
{
    m_saving = false;
    m_reviewPage->setSaving(false);
    m_draft.password.clear();
    QWizard::accept();
}

void ConfigureBackupWizard::saveFailed(const Error &error)
{
    m_saving = false;
    m_reviewPage->setSaving(false);
    m_reviewPage->showSaveError(error);
}

} // namespace PgVault
