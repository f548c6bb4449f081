#include "ui/MainWindow.h"

#include "engine/jobs/JobRunner.h"
#include "models/Catalog.h"
#include "models/instances/InstanceTableModel.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/instances/BackupInstancesPage.h"
#include "ui/instances/InstanceController.h"
#include "ui/instances/RecoveryPointsPanel.h"
#include "ui/jobs/AgentStatusLabel.h"
#include "ui/jobs/JobsPage.h"
#include "ui/policies/PoliciesPage.h"
#include "ui/policies/PolicyController.h"
#include "ui/restore/RestoreWizard.h"
#include "ui/vaults/VaultController.h"
#include "ui/vaults/VaultsPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace PgVault {

namespace {

constexpr auto GeometryKey = "mainWindow/geometry";
constexpr auto PageKey = "mainWindow/page";

} // namespace

MainWindow::MainWindow(Catalog *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_policyController(new PolicyController(catalog, this))
    , m_instanceController(new InstanceController(catalog, this))
    , m_vaultController(new VaultController(catalog, this))
    , m_jobRunner(new JobRunner(catalog->path(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PgVault — Business Continuity"));
    createPages(catalog);
    createActions();

    statusBar()->addWidget(new AgentStatusLabel(catalog->database(), this));

    if (const Result<void> loaded = m_policyController->refresh(); !loaded) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Policies not loaded"), loaded.error().text(), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (const Result<void> instances = m_instanceController->refresh(); !instances) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Backup instances not loaded"), instances.error().text(), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    resize(1100, 680);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages(Catalog *catalog)
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->addItems({tr("Backup instances"), tr("Backup policies"), tr("Jobs"), tr("Vaults")});
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(160);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_instancesPage = new BackupInstancesPage(m_instanceController, m_policyController, m_pages);
    m_instancesPage->setObjectName(QStringLiteral("instancesPage"));
    connect(m_instancesPage, &BackupInstancesPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    m_instancesPage->setBackupStarter([this](const BackupInstance &instance,
                                          RetentionRule::Kind rule,
                                          const QObject *context,
                                          BackupInstancesPage::StartCallback callback) {
        m_jobRunner->startBackup(instance, rule, true, context, std::move(callback));
    });
    connect(m_jobRunner, &JobRunner::jobProgressed, m_instancesPage, &BackupInstancesPage::showJobProgress);
    connect(m_jobRunner, &JobRunner::jobFinished, m_instancesPage, &BackupInstancesPage::showJobFinished);
    RecoveryPointsPanel *points = m_instancesPage->pointsPanel();
    points->setVerifyStarter([this](const BackupInstance &instance,
                                 const QString &pointId,
                                 bool testRestore,
                                 const QObject *context,
                                 const RecoveryPointsPanel::StartCallback &callback) {
        VerifyRequest request;
        request.pointId = pointId;
        request.testRestore = testRestore;
        m_jobRunner->startVerify(instance, request, context, callback);
    });
    connect(points,
        &RecoveryPointsPanel::restoreRequested,
        this,
        [this](const BackupInstance &instance, const QString &pointId) { openRestore(instance.id, pointId); });
    connect(m_jobRunner, &JobRunner::jobProgressed, points, &RecoveryPointsPanel::showJobProgress);
    connect(m_jobRunner, &JobRunner::jobFinished, points, &RecoveryPointsPanel::showJobFinished);
    m_policiesPage = new PoliciesPage(m_policyController, m_pages);
    m_policiesPage->setObjectName(QStringLiteral("policiesPage"));
    // PgVault::JobsPage: inside MainWindow, JobsPage names the Page enum value.
    auto *jobs = new PgVault::JobsPage(catalog->database(), m_jobRunner, m_pages);
    jobs->setObjectName(QStringLiteral("jobsPage"));
    m_vaultsPage = new PgVault::VaultsPage(m_vaultController, m_pages);
    m_vaultsPage->setObjectName(QStringLiteral("vaultsPage"));
    connect(m_vaultsPage, &PgVault::VaultsPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    // Counts and sizes change with instances and with finished jobs (backups, expiry).
    connect(m_instanceController, &InstanceController::instancesChanged, m_vaultsPage, &PgVault::VaultsPage::refresh);
    connect(m_jobRunner, &JobRunner::jobFinished, m_vaultsPage, &PgVault::VaultsPage::refresh);
    m_vaultsPage->refresh();
    m_pages->addWidget(m_instancesPage);
    m_pages->addWidget(m_policiesPage);
    m_pages->addWidget(jobs);
    m_pages->addWidget(m_vaultsPage);

    auto *central = new QWidget(this);
    m_alertBanner = new AlertBanner(catalog->database(), central);
    // A finished job may raise or resolve an alert; so may a new or removed instance.
    connect(m_jobRunner, &JobRunner::jobFinished, m_alertBanner, &AlertBanner::refresh);
    connect(m_instanceController, &InstanceController::instancesChanged, m_alertBanner, &AlertBanner::refresh);
    const auto showInTable = [this](const QList<Alert> &alerts) {
        QHash<QString, QStringList> byInstance;
        for (const Alert &alert : alerts) {
            if (!alert.instanceId.isEmpty())
                byInstance[alert.instanceId] << alert.message + QLatin1Char(' ') + alert.remedy;
        }
        m_instanceController->model()->setAlerts(byInstance);
    };
    connect(m_alertBanner, &AlertBanner::alertsChanged, this, showInTable);
    showInTable(m_alertBanner->alerts()); // read once already, before the connection
    auto *splitter = new QSplitter(central);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_alertBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(PoliciesPageIndex);
}

QAction *MainWindow::laterAction(const QString &text, const QString &objectName, const QString &why)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setEnabled(false);
    action->setToolTip(why);
    return action;
}

void MainWindow::createActions()
{
    auto *toolBar = addToolBar(tr("Actions"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *configureBackup = new QAction(tr("Configure &backup"), this);
    configureBackup->setObjectName(QStringLiteral("configureBackupAction"));
    configureBackup->setToolTip(
        tr("Protect a PostgreSQL server: choose a vault and a policy, then validate the server."));
    connect(configureBackup, &QAction::triggered, this, [this] {
        showPage(InstancesPage);
        m_instancesPage->configureBackup();
    });
    toolBar->addAction(configureBackup);

    auto *createPolicy = new QAction(tr("Create &policy"), this);
    createPolicy->setObjectName(QStringLiteral("createPolicyAction"));
    createPolicy->setShortcut(QKeySequence::New);
    createPolicy->setToolTip(tr("Create a backup policy: a weekly schedule and its retention rules."));
    connect(createPolicy, &QAction::triggered, this, [this] {
        showPage(PoliciesPageIndex);
        m_policiesPage->createPolicy();
    });
    toolBar->addAction(createPolicy);
    auto *backupNow = new QAction(tr("Backup &now"), this);
    backupNow->setObjectName(QStringLiteral("backupNowAction"));
    backupNow->setEnabled(false);
    backupNow->setToolTip(tr("Select a backup instance first."));
    connect(backupNow, &QAction::triggered, this, [this] {
        showPage(InstancesPage);
        m_instancesPage->backupNow();
    });
    connect(m_instancesPage, &BackupInstancesPage::selectionChanged, backupNow, [backupNow](bool selected) {
        backupNow->setEnabled(selected);
        backupNow->setToolTip(selected ? tr("Back up the selected instance now, with a retention rule you pick.")
                                       : tr("Select a backup instance first."));
    });
    toolBar->addAction(backupNow);
    auto *restore = new QAction(tr("R&estore"), this);
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setToolTip(tr("Restore a recovery point as files or to a PostgreSQL server."));
    connect(restore, &QAction::triggered, this, [this] {
        const std::optional<BackupInstance> selected = m_instancesPage->selectedInstance();
        const std::optional<RecoveryPoint> point = m_instancesPage->pointsPanel()->selectedPoint();
        openRestore(selected ? selected->id : QString(), point ? point->id : QString());
    });
    toolBar->addAction(restore);
}

void MainWindow::openRestore(const QString &instanceId, const QString &pointId)
{
    QList<BackupInstance> instances;
    for (const InstanceTableModel::Row &row : m_instanceController->model()->rows())
        instances << row.instance;
    auto *wizard = new RestoreWizard(
        instances, [this](const QString &id) { return m_instanceController->points(id); }, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!instanceId.isEmpty())
        wizard->preselect(instanceId, pointId);
    connect(wizard,
        &RestoreWizard::restoreRequested,
        this,
        [this, wizard](const BackupInstance &instance, const RestoreRequest &request) {
            const QString what = tr("Restore of \"%1\"").arg(instance.name);
            m_jobRunner->startRestore(instance, request, wizard, [this, wizard, what](const Result<QString> &jobId) {
                if (!jobId) {
                    wizard->startFailed(jobId.error());
                    return;
                }
                m_instancesPage->pointsPanel()->trackJob(jobId.value(), what);
                wizard->startSucceeded(jobId.value());
            });
        });
    wizard->open();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(PageKey), int(currentPage()));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray());
    const int page = settings.value(QLatin1String(PageKey), int(PoliciesPageIndex)).toInt();
    if (page >= 0 && page < PageCount)
        showPage(Page(page));
}

} // namespace PgVault
