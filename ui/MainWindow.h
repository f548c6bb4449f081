#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace PgVault {

class AlertBanner;
class BackupInstancesPage;
class Catalog;
class InstanceController;
class JobRunner;
class PoliciesPage;
class PolicyController;
class VaultController;
class VaultsPage;

/// The main window, laid out like the portal's Business Continuity Center: navigation on the
/// left, the chosen page on the right, the main actions in the toolbar, active alerts in a strip
/// above both.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { InstancesPage, PoliciesPageIndex, JobsPage, VaultsPage, PageCount };

    /// The catalog must outlive the window.
    explicit MainWindow(Catalog *catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    /// Opens the restore wizard, on this instance and point when given.
    void openRestore(const QString &instanceId = {}, const QString &pointId = {});
    Page currentPage() const;
    PolicyController *policyController() const { return m_policyController; }
    PoliciesPage *policiesPage() const { return m_policiesPage; }
    InstanceController *instanceController() const { return m_instanceController; }
    BackupInstancesPage *instancesPage() const { return m_instancesPage; }
    VaultController *vaultController() const { return m_vaultController; }
    PgVault::VaultsPage *vaultsPage() const { return m_vaultsPage; }
    /// The active alerts at the top of the window.
    AlertBanner *alertBanner() const { return m_alertBanner; }
    /// Runs this window's on-demand backups on worker threads.
    JobRunner *jobRunner() const { return m_jobRunner; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages(Catalog *catalog);
    void saveSettings() const;
    void restoreSettings();
    QAction *laterAction(const QString &text, const QString &objectName, const QString &why);

    PolicyController *m_policyController;
    InstanceController *m_instanceController;
    VaultController *m_vaultController;
    JobRunner *m_jobRunner;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    PoliciesPage *m_policiesPage = nullptr;
    BackupInstancesPage *m_instancesPage = nullptr;
    PgVault::VaultsPage *m_vaultsPage = nullptr; // qualified: VaultsPage also names a Page
    AlertBanner *m_alertBanner = nullptr;
};

} // namespace PgVault
