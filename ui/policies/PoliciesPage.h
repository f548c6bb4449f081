#pragma once

#include "models/policies/BackupPolicy.h"
#include "models/policies/PolicyRepository.h"

#include <QDate>
#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PgVault {

class PolicyController;

/// The Backup policies page: the table of stored policies with Create, View, Clone, Delete,
/// Import JSON… and Export JSON…. Dialogs open with open(); the controller does the I/O.
class PoliciesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PoliciesPage(PolicyController *controller, QWidget *parent = nullptr);

    /// The day the wizard's simulator starts on; unset means today.
    void setToday(const QDate &today) { m_today = today; }

public Q_SLOTS:
    void createPolicy();
    void viewPolicy();
    void clonePolicy();
    void deletePolicy();
    void importPolicy();
    void exportPolicy();

private:
    void openWizard(const BackupPolicy &prefill, bool prefilled);
    void askImportName(const BackupPolicy &policy, const QString &problem);
    void saveImported(const BackupPolicy &policy);
    void showError(const QString &title, const QString &message);
    void updateButtons();
    std::optional<StoredPolicy> selectedPolicy() const;

    PolicyController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_viewButton;
    QPushButton *m_cloneButton;
    QPushButton *m_deleteButton;
    QPushButton *m_exportButton;
    QDate m_today;
};

} // namespace PgVault
