#pragma once

#include "models/Result.h"

#include <QWidget>

class QLabel;
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

Q_SIGNALS:
    /// A line for the main window's status bar.
    void statusMessage(const QString &text);

private:
    VaultController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_errorLabel;
};

} // namespace PgVault
