#pragma once

#include "ui/instances/ConfigureBackupDraft.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PgVault {

class PolicyController;

/// Configure Backup wizard, second page: pick one of the catalog's policies, or Create new…,
/// which opens the policy wizard, saves through the PolicyController and selects the new policy.
class ConfigurePolicyPage : public QWizardPage
{
    Q_OBJECT

public:
    ConfigurePolicyPage(ConfigureBackupDraft &draft, PolicyController *controller, QWidget *parent = nullptr);

    /// Selects the policy with this name; false if there is none.
    bool selectPolicy(const QString &name);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

public Q_SLOTS:
    void createPolicy();

private:
    void selectionChanged();
    int selectedRow() const;

    ConfigureBackupDraft &m_draft;
    PolicyController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_createButton;
    QLabel *m_emptyLabel;
};

} // namespace PgVault
