#include "ui/instances/ConfigureBasicsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace PgVault {

ConfigureBasicsPage::ConfigureBasicsPage(ConfigureBackupDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_vaultCombo(new QComboBox(this))
    , m_vaultLocationLabel(new QLabel(this))
{
    setTitle(tr("Basics"));
    setSubTitle(tr("Choose what to protect and the vault that keeps its recovery points."));

    auto *datasourceEdit = new QLineEdit(this);
    datasourceEdit->setObjectName(QStringLiteral("datasourceTypeEdit"));
    datasourceEdit->setAccessibleName(tr("Datasource type"));
    datasourceEdit->setReadOnly(true);
    datasourceEdit->setText(tr("Azure Database for PostgreSQL flexible servers / PostgreSQL"));
    datasourceEdit->setCursorPosition(0);

    m_vaultCombo->setObjectName(QStringLiteral("vaultCombo"));
    m_vaultCombo->setAccessibleName(tr("Vault"));
    m_vaultLocationLabel->setObjectName(QStringLiteral("vaultLocationLabel"));
    m_vaultLocationLabel->setWordWrap(true);
    m_vaultLocationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *datasourceLabel = new QLabel(tr("&Datasource type:"), this);
    datasourceLabel->setBuddy(datasourceEdit);
    auto *vaultLabel = new QLabel(tr("&Vault:"), this);
    vaultLabel->setBuddy(m_vaultCombo);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(datasourceLabel, datasourceEdit);
    layout->addRow(vaultLabel, m_vaultCombo);
    layout->addRow(QString(), m_vaultLocationLabel);
    setTabOrder(datasourceEdit, m_vaultCombo);

    connect(m_vaultCombo, &QComboBox::currentIndexChanged, this, &ConfigureBasicsPage::vaultChanged);
}

void ConfigureBasicsPage::setVaultOptions(const QList<ConfigureBackupDraft::VaultOption> &options)
{
    m_options = options;
    const QSignalBlocker blocker(m_vaultCombo);
    m_vaultCombo->clear();
    int preferred = 0;
    for (int i = 0; i < options.size(); ++i) {
        const Vault &vault = options.at(i).vault;
        m_vaultCombo->addItem(options.at(i).exists ? vault.name : tr("%1 (created on first use)").arg(vault.name));
        if (vault.name == QLatin1String(Vault::DefaultName))
            preferred = i;
    }
    m_vaultCombo->setCurrentIndex(options.isEmpty() ? -1 : preferred);
    vaultChanged();
}

void ConfigureBasicsPage::initializePage()
{
    m_vaultCombo->setFocus();
}

bool ConfigureBasicsPage::isComplete() const
{
    return m_vaultCombo->currentIndex() >= 0;
}

bool ConfigureBasicsPage::validatePage()
{
    const int index = m_vaultCombo->currentIndex();
    if (index < 0)
        return false;
    const ConfigureBackupDraft::VaultOption &option = m_options.at(index);
    if (m_draft.vault.vault.name != option.vault.name)
        m_draft.report.reset(); // validated against another vault
    m_draft.vault = option;
    m_draft.instance.vaultId = option.vault.id;
    m_draft.instance.vaultName = option.vault.name;
    return true;
}

void ConfigureBasicsPage::vaultChanged()
{
    const int index = m_vaultCombo->currentIndex();
    m_vaultLocationLabel->setText(index < 0
            ? tr("No vault is available.")
            : tr("Recovery points are stored in %1.").arg(m_options.at(index).vault.location));
    Q_EMIT completeChanged();
}

} // namespace PgVault
