#pragma once

#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/jobs/Job.h"
#include "models/policies/RetentionRule.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace PgVault {

class InstanceController;
class PolicyController;
class RecoveryPointsPanel;

/// The Backup instances page: the protected servers with Configure backup, Backup now, Change
/// policy and Stop protection,
/// the recovery points of the selected one (RecoveryPointsPanel), and a progress row for on-demand backups. The job
/// itself runs elsewhere (the GUI's JobRunner, reached through the backup starter); this page only
/// listens to its progress.
class BackupInstancesPage : public QWidget
{
    Q_OBJECT

public:
    using StartCallback = std::function<void(const Result<QString> &jobId)>;
    /// Starts an on-demand backup and reports the job id or why it did not start.
    using BackupStarter = std::function<void(
        const BackupInstance &instance, RetentionRule::Kind rule, const QObject *context, StartCallback callback)>;

    BackupInstancesPage(InstanceController *instances, PolicyController *policies, QWidget *parent = nullptr);

    void setBackupStarter(BackupStarter starter) { m_starter = std::move(starter); }
    std::optional<BackupInstance> selectedInstance() const;
    bool selectInstance(const QString &name);
    RecoveryPointsPanel *pointsPanel() const { return m_pointsPanel; }

public Q_SLOTS:
    void configureBackup();
    void backupNow();
    /// Stop protection: asks how (StopProtectionDialog), then InstanceController::stop.
    void removeInstance();
    /// Asks for another policy and protects the selected instance with it.
    void changePolicy();
    /// Asks for the server's password again (stopping took it out of the keychain) and resumes
    /// protection of the selected, stopped instance.
    void resumeProtection();
    /// JobRunner's signals, forwarded by the main window.
    void showJobProgress(const QString &jobId, double progress, qint64 bytesTransferred);
    void showJobFinished(const QString &jobId, PgVault::JobTypes::Status status);

Q_SIGNALS:
    void selectionChanged(bool hasSelection);
    /// A line for the main window's status bar.
    void statusMessage(const QString &text);

private:
    void jobStarted(const QString &jobId, const BackupInstance &instance);
    void updateSelection();
    void updateEmptyState();
    void loadPoints();
    void undeletePoint(const BackupInstance &instance, const QString &pointId);
    void showError(const QString &title, const Error &error);

    InstanceController *m_instances;
    PolicyController *m_policies;
    BackupStarter m_starter;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_view;
    RecoveryPointsPanel *m_pointsPanel;
    QPushButton *m_backupNowButton;
    QPushButton *m_removeButton;
    QPushButton *m_changePolicyButton;
    QPushButton *m_resumeButton;
    QProgressBar *m_jobProgressBar;
    QLabel *m_jobStatusLabel;
    QHash<QString, BackupInstance> m_runningJobs;
};

} // namespace PgVault
