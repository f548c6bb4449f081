#include "ui/vaults/VaultsPage.h"

#include "models/vaults/VaultTableModel.h"
#include "ui/ErrorLabel.h"
#include "ui/RecordTable.h"
#include "ui/vaults/CreateVaultDialog.h"
#include "ui/vaults/VaultController.h"

#include <QHBoxLayout>
#include <QHeaderView>
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

    auto *createButton = new QPushButton(tr("&Create vault…"), this);
    createButton->setObjectName(QStringLiteral("createVaultButton"));
    createButton->setAccessibleName(tr("Create vault"));

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
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    // Keyboard order follows the screen: Create vault… before the table (created first above).
    setTabOrder(createButton, m_view);
    connect(createButton, &QPushButton::clicked, this, &VaultsPage::createVault);
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
