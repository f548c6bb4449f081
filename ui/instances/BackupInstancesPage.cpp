#include "ui/instances/BackupInstancesPage.h"

#include "models/instances/InstanceTableModel.h"
#include "models/policies/PolicyTableModel.h"
#include "ui/EmptyStatePage.h"
#include "ui/PageButton.h"
#include "ui/RecordTable.h"
#include "ui/instances/BackupNowDialog.h"
#include "ui/instances/ConfigureBackupWizard.h"
#include "ui/instances/InstanceController.h"
#include "ui/instances/RecoveryPointsPanel.h"
#include "ui/instances/StopProtectionDialog.h"
#include "ui/policies/PolicyController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace PgVault {

BackupInstancesPage::BackupInstancesPage(InstanceController *instances, PolicyController *policies, QWidget *parent)
    : QWidget(parent)
    , m_instances(instances)
    , m_policies(policies)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_pointsPanel(new RecoveryPointsPanel(this))
    , m_jobProgressBar(new QProgressBar(this))
    , m_jobStatusLabel(new QLabel(this))
{
    auto *title = new QLabel(tr("Backup instances"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *hint = new QLabel(tr("Each backup instance is one protected PostgreSQL server."), this);
    hint->setWordWrap(true);

    auto *configureButton = PageButton::make(
        tr("&Configure backup…"), QStringLiteral("configureBackupButton"), tr("Configure backup"), this);
    m_backupNowButton = PageButton::make(tr("&Backup now…"), QStringLiteral("backupNowButton"), tr("Backup now"), this);
    m_changePolicyButton
        = PageButton::make(tr("Change &policy…"), QStringLiteral("changePolicyButton"), tr("Change policy"), this);
    m_removeButton = PageButton::make(
        tr("&Stop protection…"), QStringLiteral("removeInstanceButton"), tr("Stop protection"), this);
    m_resumeButton = PageButton::make(
        tr("Res&ume protection…"), QStringLiteral("resumeInstanceButton"), tr("Resume protection"), this);

    RecordTable::setUpSorted(m_view,
        m_proxy,
        instances->model(),
        InstanceTableModel::SortRole,
        InstanceTableModel::NameColumn,
        Qt::AscendingOrder,
        QStringLiteral("instancesView"),
        tr("Backup instances"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_pointsPanel->setObjectName(QStringLiteral("recoveryPointsPanel"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_pointsPanel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *empty = new EmptyStatePage(
        tr("No backup instances yet"), tr("Configure backup to protect a PostgreSQL server."), this);
    empty->setObjectName(QStringLiteral("instancesEmptyState"));
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    m_jobProgressBar->setObjectName(QStringLiteral("jobProgressBar"));
    m_jobProgressBar->setAccessibleName(tr("Backup progress"));
    m_jobProgressBar->setRange(0, 100);
    m_jobProgressBar->setMaximumWidth(200);
    m_jobProgressBar->hide();
    m_jobStatusLabel->setObjectName(QStringLiteral("jobStatusLabel"));
    m_jobStatusLabel->setWordWrap(true);
    m_jobStatusLabel->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
        {configureButton, m_backupNowButton, m_changePolicyButton, m_removeButton, m_resumeButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_jobProgressBar);
    progress->addWidget(m_jobStatusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_stack, 1);

    connect(configureButton, &QPushButton::clicked, this, &BackupInstancesPage::configureBackup);
    connect(m_backupNowButton, &QPushButton::clicked, this, &BackupInstancesPage::backupNow);
    connect(m_removeButton, &QPushButton::clicked, this, &BackupInstancesPage::removeInstance);
    connect(m_changePolicyButton, &QPushButton::clicked, this, &BackupInstancesPage::changePolicy);
    connect(m_resumeButton, &QPushButton::clicked, this, &BackupInstancesPage::resumeProtection);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupInstancesPage::updateSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BackupInstancesPage::updateEmptyState);
    connect(m_pointsPanel, &RecoveryPointsPanel::pointsChanged, this, &BackupInstancesPage::loadPoints);
    connect(m_pointsPanel, &RecoveryPointsPanel::showDeletedChanged, this, &BackupInstancesPage::loadPoints);
    connect(m_pointsPanel, &RecoveryPointsPanel::undeleteRequested, this, &BackupInstancesPage::undeletePoint);
    connect(m_pointsPanel, &RecoveryPointsPanel::statusMessage, this, &BackupInstancesPage::statusMessage);
    updateEmptyState();
}

std::optional<BackupInstance> BackupInstancesPage::selectedInstance() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_instances->model()->rowAt(m_proxy->mapToSource(rows.first()).row()).instance;
}

bool BackupInstancesPage::selectInstance(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(InstanceTableModel::NameRole).toString() == name) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void BackupInstancesPage::configureBackup()
{
    auto *wizard = new ConfigureBackupWizard(m_policies, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setVaultOptions(m_instances->vaultOptions());
    wizard->setExistingInstanceNames(m_instances->names());
    wizard->setExistingInstances(m_instances->instances());
    connect(wizard,
        &ConfigureBackupWizard::configureRequested,
        this,
        [this, wizard](const BackupInstance &instance, const QString &password) {
            const QString name = instance.name;
            m_instances->configure(instance, password, wizard, [this, wizard, name](const Result<void> &saved) {
                if (!saved) {
                    wizard->saveFailed(saved.error());
                    return;
                }
                wizard->saveSucceeded();
                selectInstance(name);
                Q_EMIT statusMessage(tr("Backup configured for \"%1\".").arg(name));
            });
        });
    wizard->open();
}

void BackupInstancesPage::backupNow()
{
    const std::optional<BackupInstance> instance = selectedInstance();
    if (!instance)
        return;
    std::optional<StoredPolicy> policy;
    for (const StoredPolicy &stored : m_policies->model()->policies()) {
        if (stored.id == instance->policyId)
            policy = stored;
    }
    if (!policy) {
        showError(tr("Backup not started"),
            Error{QStringLiteral("Instance.PolicyMissing"),
                tr("The backup instance \"%1\" has no backup policy.").arg(instance->name),
                tr("Remove the instance and configure backup again with a policy."),
                {},
                ErrorKind::BadInput});
        return;
    }
    auto *dialog = new BackupNowDialog(*instance, policy->policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
        &BackupNowDialog::backupRequested,
        this,
        [this, dialog](const BackupInstance &chosen, RetentionRule::Kind rule) {
            if (!m_starter) {
                dialog->startFailed(Error{QStringLiteral("JobRunner.Unavailable"),
                    tr("The backup engine is not available in this window."),
                    tr("Restart PgVault."),
                    {}});
                return;
            }
            m_starter(chosen, rule, dialog, [this, dialog, chosen](const Result<QString> &jobId) {
                if (!jobId) {
                    dialog->startFailed(jobId.error());
                    return;
                }
                jobStarted(jobId.value(), chosen);
                dialog->startSucceeded();
            });
        });
    dialog->open();
}

void BackupInstancesPage::removeInstance()
{
    const std::optional<BackupInstance> instance = selectedInstance();
    if (!instance)
        return;
    auto *dialog = new StopProtectionDialog(*instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, stopped = *instance] {
        m_instances->stop(stopped, dialog->mode(), this, [this, name = stopped.name](const Result<void> &done) {
            if (!done)
                showError(tr("Protection not stopped completely"), done.error());
            else
                Q_EMIT statusMessage(tr("Stopped protection of \"%1\".").arg(name));
        });
    });
    dialog->open();
}

void BackupInstancesPage::changePolicy()
{
    const std::optional<BackupInstance> instance = selectedInstance();
    if (!instance)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("changePolicyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change policy"));
    dialog->setLabelText(tr("Protect \"%1\" with the policy below. Future recovery points follow its schedule and "
                            "retention; existing points keep their expiry.")
                             .arg(instance->name));
    dialog->setComboBoxItems(m_policies->names());
    dialog->setTextValue(instance->policyName);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, changed = *instance](const QString &policy) {
        if (policy == changed.policyName)
            return;
        if (const Result<void> done = m_instances->setPolicy(changed, policy); !done) {
            showError(tr("Policy not changed"), done.error());
            return;
        }
        Q_EMIT statusMessage(
            tr("\"%1\" now follows policy \"%2\"; existing points keep their expiry.").arg(changed.name, policy));
    });
    dialog->open();
}

void BackupInstancesPage::resumeProtection()
{
    const std::optional<BackupInstance> instance = selectedInstance();
    if (!instance || instance->isProtected())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("resumeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Resume protection"));
    dialog->setLabelText(tr("Stopping protection took the password of %1 out of the keychain. Enter it to back up "
                            "\"%2\" again as its policy says:")
                             .arg(instance->datasourceName(), instance->name));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Resume protection"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, resumed = *instance](const QString &password) {
        if (password.isEmpty()) {
            showError(tr("Protection not resumed"),
                Error{QStringLiteral("Instance.PasswordMissing"),
                    tr("No password was entered."),
                    tr("Enter the password of the server's user, then resume again."),
                    QStringLiteral("password"),
                    ErrorKind::BadInput});
            return;
        }
        m_instances->resume(resumed, password, this, [this, name = resumed.name](const Result<void> &done) {
            if (!done) {
                showError(tr("Protection not resumed"), done.error());
                return;
            }
            Q_EMIT statusMessage(tr("Resumed protection of \"%1\".").arg(name));
            selectInstance(name);
        });
    });
    dialog->open();
}

void BackupInstancesPage::jobStarted(const QString &jobId, const BackupInstance &instance)
{
    m_runningJobs.insert(jobId, instance);
    m_instances->model()->setBackupRunning(instance.id, true);
    m_jobProgressBar->setValue(0);
    m_jobProgressBar->show();
    m_jobStatusLabel->setText(tr("Backing up \"%1\"…").arg(instance.name));
    m_jobStatusLabel->show();
    Q_EMIT statusMessage(tr("Backup of \"%1\" started.").arg(instance.name));
}

void BackupInstancesPage::showJobProgress(const QString &jobId, double progress, qint64 bytesTransferred)
{
    if (!m_runningJobs.contains(jobId))
        return;
    m_jobProgressBar->setValue(qRound(progress * 100));
    m_jobStatusLabel->setText(tr("Backing up \"%1\": %2 written…")
                                  .arg(m_runningJobs.value(jobId).name, QLocale().formattedDataSize(bytesTransferred)));
}

void BackupInstancesPage::showJobFinished(const QString &jobId, JobTypes::Status status)
{
    if (!m_runningJobs.contains(jobId))
        return;
    const BackupInstance instance = m_runningJobs.take(jobId);
    m_jobProgressBar->setVisible(!m_runningJobs.isEmpty());
    const QString text
        = tr("Backup of \"%1\": %2. Jobs shows every detail.").arg(instance.name, JobTypes::statusDisplayName(status));
    m_jobStatusLabel->setText(text);
    Q_EMIT statusMessage(tr("Backup of \"%1\": %2.").arg(instance.name, JobTypes::statusDisplayName(status)));
    const std::optional<BackupInstance> selected = selectedInstance();
    if (Result<void> refreshed = m_instances->refresh(); !refreshed)
        showError(tr("Backup instances not loaded"), refreshed.error());
    if (selected)
        selectInstance(selected->name);
}

void BackupInstancesPage::updateSelection()
{
    const std::optional<BackupInstance> instance = selectedInstance();
    for (QPushButton *button : {m_backupNowButton, m_changePolicyButton, m_removeButton}) {
        button->setEnabled(instance.has_value());
        button->setToolTip(instance ? QString() : tr("Select a backup instance first."));
    }
    // A stopped instance is not backed up until it is resumed.
    const bool stopped = instance && !instance->isProtected();
    if (stopped) {
        m_backupNowButton->setEnabled(false);
        m_backupNowButton->setToolTip(tr("Protection of this backup instance is stopped: resume protection first."));
    }
    m_resumeButton->setEnabled(stopped);
    m_resumeButton->setToolTip(stopped ? QString() : tr("Select a backup instance whose protection is stopped."));
    loadPoints();
    Q_EMIT selectionChanged(instance.has_value());
}

void BackupInstancesPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_proxy->rowCount() == 0 ? 0 : 1);
    updateSelection();
}

void BackupInstancesPage::loadPoints()
{
    const std::optional<BackupInstance> instance = selectedInstance();
    if (!instance) {
        m_pointsPanel->clear();
        return;
    }
    // "Why is this kept?" names periods the way the policy judges them: in its time zone.
    const InstanceTableModel *model = m_instances->model();
    const int row = model->rowOfId(instance->id);
    const std::optional<WeeklySchedule> schedule = row >= 0 ? model->rowAt(row).schedule : std::nullopt;
    m_pointsPanel->setPoints(*instance,
        m_instances->points(instance->id, m_pointsPanel->showsDeleted()),
        schedule ? schedule->timeZone() : QTimeZone::systemTimeZone());
}

void BackupInstancesPage::undeletePoint(const BackupInstance &instance, const QString &pointId)
{
    const Result<RecoveryPoint> point = m_instances->undelete(pointId);
    if (!point) {
        m_pointsPanel->showActionError(tr("Recovery point not undeleted: %1").arg(point.error().text()));
        return;
    }
    Q_EMIT statusMessage(tr("Undeleted the recovery point of %1 of \"%2\"; it expires %3.")
                             .arg(QLocale().toString(point->time.toLocalTime(), QLocale::ShortFormat),
                                 instance.name,
                                 QLocale().toString(point->expiry.toLocalTime(), QLocale::ShortFormat)));
    loadPoints();
    m_pointsPanel->selectPoint(pointId);
}

void BackupInstancesPage::showError(const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.text(), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace PgVault
