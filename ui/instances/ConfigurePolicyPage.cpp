#include "ui/instances/ConfigurePolicyPage.h"

#include "models/policies/PolicyTableModel.h"
#include "ui/RecordTable.h"
#include "ui/policies/PolicyController.h"
#include "ui/policies/PolicyWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace PgVault {

ConfigurePolicyPage::ConfigurePolicyPage(ConfigureBackupDraft &draft, PolicyController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_createButton(new QPushButton(tr("C&reate new…"), this))
    , m_emptyLabel(new QLabel(tr("There is no backup policy yet: create one."), this))
{
    setTitle(tr("Backup policy"));
    setSubTitle(tr("Choose when the server is backed up and how long its recovery points are kept."));

    RecordTable::setUpSorted(m_view,
        m_proxy,
        controller->model(),
        PolicyTableModel::SortRole,
        PolicyTableModel::NameColumn,
        Qt::AscendingOrder,
        QStringLiteral("policyChoiceView"),
        tr("Backup policies"));
    m_view->horizontalHeader()->setSectionResizeMode(PolicyTableModel::RetentionColumn, QHeaderView::Stretch);

    auto *label = new QLabel(tr("&Policy:"), this);
    label->setBuddy(m_view);
    m_createButton->setObjectName(QStringLiteral("createPolicyButton"));
    m_createButton->setAccessibleName(tr("Create new policy"));
    m_emptyLabel->setObjectName(QStringLiteral("noPolicyLabel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_emptyLabel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_createButton);

    connect(m_createButton, &QPushButton::clicked, this, &ConfigurePolicyPage::createPolicy);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConfigurePolicyPage::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConfigurePolicyPage::selectionChanged);
}

bool ConfigurePolicyPage::selectPolicy(const QString &name)
{
    const int sourceRow = m_controller->model()->rowOfName(name);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_controller->model()->index(sourceRow, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

void ConfigurePolicyPage::initializePage()
{
    if (selectedRow() < 0 && !m_draft.policy.name().isEmpty())
        selectPolicy(m_draft.policy.name());
    if (selectedRow() < 0 && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    selectionChanged();
    m_view->setFocus();
}

int ConfigurePolicyPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

bool ConfigurePolicyPage::isComplete() const
{
    return selectedRow() >= 0;
}

bool ConfigurePolicyPage::validatePage()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const StoredPolicy stored = m_controller->model()->policyAt(row);
    m_draft.policy = stored.policy;
    m_draft.instance.policyId = stored.id;
    m_draft.instance.policyName = stored.policy.name();
    return true;
}

void ConfigurePolicyPage::createPolicy()
{
    auto *wizard = new PolicyWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setExistingNames(m_controller->names());
    connect(wizard, &PolicyWizard::policyCreated, this, [this, wizard](const BackupPolicy &policy) {
        if (const Result<QString> id = m_controller->create(policy); !id) {
            wizard->reportSaveFailure(id.error().text());
            return;
        }
        selectPolicy(policy.name());
    });
    wizard->open();
}

void ConfigurePolicyPage::selectionChanged()
{
    m_emptyLabel->setVisible(m_proxy->rowCount() == 0);
    Q_EMIT completeChanged();
}

} // namespace PgVault
