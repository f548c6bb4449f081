#include "ui/policies/PoliciesPage.h"

#include "models/policies/PolicyTableModel.h"
#include "ui/FileDialog.h"
#include "ui/PageButton.h"
#include "ui/RecordTable.h"
#include "ui/policies/PolicyController.h"
#include "ui/policies/PolicyViewDialog.h"
#include "ui/policies/PolicyWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace PgVault {

PoliciesPage::PoliciesPage(PolicyController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    auto *createButton
        = PageButton::make(tr("&Create policy"), QStringLiteral("createPolicyButton"), tr("Create policy"), this);
    m_viewButton = PageButton::make(tr("&View"), QStringLiteral("viewPolicyButton"), tr("View policy"), this);
    m_cloneButton = PageButton::make(tr("C&lone"), QStringLiteral("clonePolicyButton"), tr("Clone policy"), this);
    m_deleteButton = PageButton::make(tr("&Delete"), QStringLiteral("deletePolicyButton"), tr("Delete policy"), this);
    auto *importButton
        = PageButton::make(tr("&Import JSON…"), QStringLiteral("importPolicyButton"), tr("Import policy JSON"), this);
    m_exportButton
        = PageButton::make(tr("&Export JSON…"), QStringLiteral("exportPolicyButton"), tr("Export policy JSON"), this);

    RecordTable::setUpSorted(m_view,
        m_proxy,
        controller->model(),
        PolicyTableModel::SortRole,
        PolicyTableModel::NameColumn,
        Qt::AscendingOrder,
        QStringLiteral("policiesView"),
        tr("Backup policies"));
    // The retention summary is the long column: it takes the rest and elides; the tooltip has it all.
    m_view->horizontalHeader()->setSectionResizeMode(PolicyTableModel::RetentionColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);

    auto *title = new QLabel(tr("Backup policies"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *hint = new QLabel(tr("A policy says when backups run and how long recovery points are kept."), this);
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
        {createButton, m_viewButton, m_cloneButton, m_deleteButton, importButton, m_exportButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(createButton, &QPushButton::clicked, this, &PoliciesPage::createPolicy);
    connect(m_viewButton, &QPushButton::clicked, this, &PoliciesPage::viewPolicy);
    connect(m_cloneButton, &QPushButton::clicked, this, &PoliciesPage::clonePolicy);
    connect(m_deleteButton, &QPushButton::clicked, this, &PoliciesPage::deletePolicy);
    connect(importButton, &QPushButton::clicked, this, &PoliciesPage::importPolicy);
    connect(m_exportButton, &QPushButton::clicked, this, &PoliciesPage::exportPolicy);
    connect(m_view, &QTableView::doubleClicked, this, &PoliciesPage::viewPolicy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PoliciesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PoliciesPage::updateButtons);
    updateButtons();
}

void PoliciesPage::createPolicy()
{
    openWizard(BackupPolicy(), false);
}

void PoliciesPage::viewPolicy()
{
    const auto stored = selectedPolicy();
    if (!stored)
        return;
    auto *dialog = new PolicyViewDialog(stored->policy, stored->instanceCount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PoliciesPage::clonePolicy()
{
    const auto stored = selectedPolicy();
    if (!stored)
        return;
    BackupPolicy copy = stored->policy;
    copy.setName(QStringLiteral("%1-copy").arg(copy.name()));
    openWizard(copy, true);
}

void PoliciesPage::deletePolicy()
{
    const auto stored = selectedPolicy();
    if (!stored)
        return;
    const QString name = stored->policy.name();
    auto *box = new QMessageBox(QMessageBox::Question,
        tr("Delete backup policy"),
        tr("Delete the backup policy \"%1\"? This cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, name] {
        if (const Result<void> removed = m_controller->remove(name); !removed)
            showError(tr("Policy not deleted"), removed.error().text());
    });
    box->open();
}

void PoliciesPage::importPolicy()
{
    const QString path
        = FileDialog::openFileName(this, tr("Import backup policy"), tr("Policy JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<BackupPolicy> policy = m_controller->readFile(path);
    if (!policy) {
        showError(tr("Policy not imported"),
            tr("\"%1\" is not a policy PgVault can import.\n\n%2").arg(path, policy.error().text()));
        return;
    }
    saveImported(policy.value());
}

void PoliciesPage::saveImported(const BackupPolicy &policy)
{
    if (m_controller->exists(policy.name())) {
        askImportName(policy, tr("A policy named \"%1\" already exists.").arg(policy.name()));
        return;
    }
    if (const QString problem = BackupPolicy::nameProblem(policy.name()); !problem.isEmpty()) {
        askImportName(policy, problem);
        return;
    }
    if (const Result<QString> id = m_controller->create(policy); !id)
        showError(tr("Policy not imported"), id.error().text());
}

void PoliciesPage::askImportName(const BackupPolicy &policy, const QString &problem)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("importNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Name the imported policy"));
    dialog->setLabelText(tr("%1\nEnter a name for the imported policy:").arg(problem));
    dialog->setTextValue(QStringLiteral("%1-imported").arg(policy.name()));
    dialog->setOkButtonText(tr("&Import"));
    dialog->setCancelButtonText(tr("Cancel"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, policy](const QString &name) {
        BackupPolicy renamed = policy;
        renamed.setName(name.trimmed());
        saveImported(renamed);
    });
    dialog->open();
}

void PoliciesPage::exportPolicy()
{
    const auto stored = selectedPolicy();
    if (!stored)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export backup policy"), stored->policy.name() + QStringLiteral(".json"), tr("Policy JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const Result<void> written = m_controller->writeFile(stored->policy, path); !written)
        showError(tr("Policy not exported"), written.error().text());
}

void PoliciesPage::openWizard(const BackupPolicy &prefill, bool prefilled)
{
    auto *wizard = new PolicyWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setExistingNames(m_controller->names());
    if (m_today.isValid())
        wizard->setToday(m_today);
    if (prefilled)
        wizard->setPolicy(prefill);
    connect(wizard, &PolicyWizard::policyCreated, this, [this, wizard](const BackupPolicy &policy) {
        if (const Result<QString> id = m_controller->create(policy); !id)
            wizard->reportSaveFailure(id.error().text());
    });
    wizard->open();
}

void PoliciesPage::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PoliciesPage::updateButtons()
{
    const bool selected = selectedPolicy().has_value();
    for (QPushButton *button : {m_viewButton, m_cloneButton, m_deleteButton, m_exportButton}) {
        button->setEnabled(selected);
        button->setToolTip(selected ? QString() : tr("Select a policy first."));
    }
}

std::optional<StoredPolicy> PoliciesPage::selectedPolicy() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_controller->model()->policyAt(m_proxy->mapToSource(rows.first()).row());
}

} // namespace PgVault
