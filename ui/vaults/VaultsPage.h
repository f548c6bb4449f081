#pragma once

#include "models/Result.h"
#include "models/vaults/Vault.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PgVault {

class CreateVaultDialog;
class VaultController;

/// The Vaults page: the vaults in the catalog with their type, location, backup instances,
/// recovery points and size, and Create vault…. The controller does the I/O.
class VaultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VaultsPage(VaultController *controller, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

public Q_SLOTS:
    /// Opens the Create vault dialog (open(), not exec()) and returns it, for tests.
    CreateVaultDialog *createVault();
    /// Reloads the table; a failure is shown above it.
    void refresh();
    /// Asks how many days the selected vault keeps deleted recovery points and stores the answer.
    void changeSoftDelete();

Q_SIGNALS:
    /// A line for the main window's status bar.
    void statusMessage(const QString &text);

private:
    /// The selected row's vault, if it is registered (the default vault before its first use is not).
    std::optional<Vault> selectedVault() const;
    void updateSelection();

    VaultController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_errorLabel;
    QPushButton *m_softDeleteButton;
};

} // namespace PgVault
