#include "ui/vaults/VaultsPage.h"

#include "models/vaults/VaultTableModel.h"
#include "ui/ErrorLabel.h"
#include "ui/PageButton.h"
#include "ui/RecordTable.h"
#include "ui/vaults/CreateVaultDialog.h"
#include "ui/vaults/VaultController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace PgVault {

VaultsPage::VaultsPage(VaultController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_errorLabel(new QLabel(this))
    , m_softDeleteButton(
          PageButton::make(tr("&Soft delete…"), QStringLiteral("softDeleteButton"), tr("Soft delete"), this))
{
    auto *title = new QLabel(tr("Vaults"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *hint = new QLabel(tr("Recovery points are stored in vaults: local folders for now, since Azure Blob "
                               "Storage vaults are not available yet."),
        this);
    hint->setObjectName(QStringLiteral("vaultsHintLabel"));
    hint->setWordWrap(true);

    auto *createButton
        = PageButton::make(tr("&Create vault…"), QStringLiteral("createVaultButton"), tr("Create vault"), this);

    m_errorLabel->setObjectName(QStringLiteral("vaultsErrorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_errorLabel->hide();

    RecordTable::setUpSorted(m_view,
        m_proxy,
        controller->model(),
        VaultTableModel::SortRole,
        VaultTableModel::NameColumn,
        Qt::AscendingOrder,
        QStringLiteral("vaultsView"),
        tr("Vaults"));
    // The location is the long column: it takes the rest and elides in the middle; the tooltip has it all.
    m_view->horizontalHeader()->setSectionResizeMode(VaultTableModel::LocationColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(createButton);
    buttons->addWidget(m_softDeleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    // Keyboard order follows the screen: the buttons before the table (created first above).
    setTabOrder(createButton, m_softDeleteButton);
    setTabOrder(m_softDeleteButton, m_view);
    connect(createButton, &QPushButton::clicked, this, &VaultsPage::createVault);
    connect(m_softDeleteButton, &QPushButton::clicked, this, &VaultsPage::changeSoftDelete);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VaultsPage::updateSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &VaultsPage::updateSelection);
    updateSelection();
}

std::optional<Vault> VaultsPage::selectedVault() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return std::nullopt;
    const int row = m_proxy->mapToSource(selected.constFirst()).row();
    const QList<VaultTableModel::Row> rows = m_controller->model()->rows();
    if (row < 0 || row >= rows.size() || !rows.at(row).created)
        return std::nullopt;
    return rows.at(row).vault;
}

void VaultsPage::updateSelection()
{
    const bool selected = selectedVault().has_value();
    m_softDeleteButton->setEnabled(selected);
    m_softDeleteButton->setToolTip(selected ? tr("How many days this vault keeps deleted recovery points.")
                                            : tr("Select a vault first (the default vault once it is created)."));
}

void VaultsPage::changeSoftDelete()
{
    const std::optional<Vault> vault = selectedVault();
    if (!vault)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("softDeleteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Soft delete"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(0, Vault::MaxSoftDeleteDays);
    dialog->setIntValue(vault->softDeleteDays);
    dialog->setLabelText(tr("Days the vault \"%1\" keeps deleted recovery points, restorable by Undelete, before "
                            "they are purged (0: expiry deletes them at once). Applies to points deleted from now on.")
                             .arg(vault->name));
    connect(dialog, &QInputDialog::intValueSelected, this, [this, name = vault->name](int days) {
        if (const Result<void> changed = m_controller->setSoftDeleteDays(name, days); !changed) {
            m_errorLabel->setText(tr("Soft delete not changed: %1").arg(changed.error().text()));
            m_errorLabel->show();
            return;
        }
        m_errorLabel->hide();
        Q_EMIT statusMessage(days == 0
                ? tr("Vault \"%1\" deletes expired recovery points at once.").arg(name)
                : tr("Vault \"%1\" keeps deleted recovery points for %n day(s).", nullptr, days).arg(name));
    });
    dialog->open();
}

CreateVaultDialog *VaultsPage::createVault()
{
    auto *dialog = new CreateVaultDialog(
        [this](const QString &name, const QString &path) { return m_controller->check(name, path); },
        [this](const QString &name) { return m_controller->suggestedPath(name); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &CreateVaultDialog::createRequested, this, [this, dialog](const QString &name, const QString &path) {
            const Result<Vault> vault = m_controller->createLocal(name, path);
            if (!vault) {
                dialog->createFailed(vault.error());
                return;
            }
            dialog->createSucceeded();
            Q_EMIT statusMessage(tr("Created vault \"%1\".").arg(vault->name));
        });
    dialog->open();
    return dialog;
}

void VaultsPage::refresh()
{
    const Result<void> loaded = m_controller->refresh();
    m_errorLabel->setText(loaded ? QString() : tr("The vaults could not be read: %1").arg(loaded.error().text()));
    m_errorLabel->setVisible(!loaded);
}

} // namespace PgVault
