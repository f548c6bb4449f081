#pragma once

#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/jobs/Job.h"
#include "models/points/RecoveryPoint.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PgVault {

class RecoveryPointTableModel;

/// The recovery points of the selected backup instance (time, retention tag, expiry, size,
/// verified), "Why is this kept?" for the selected one, and its actions: Restore…, Verify and
/// Test restore, with the progress of the jobs it started. "Show deleted" adds the soft-deleted
/// points, greyed and "Deleted — purged on …", whose only action is Undelete. Hosted by the Backup instances page;
/// the jobs run in the main window's JobRunner, reached through the verify starter.
class RecoveryPointsPanel : public QWidget
{
    Q_OBJECT

public:
    using StartCallback = std::function<void(const Result<QString> &jobId)>;
    /// Starts a verification (testRestore: a restore drill) and reports the job id or why not.
    using VerifyStarter = std::function<void(const BackupInstance &instance,
        const QString &pointId,
        bool testRestore,
        const QObject *context,
        StartCallback callback)>;

    explicit RecoveryPointsPanel(QWidget *parent = nullptr);

    void setVerifyStarter(VerifyStarter starter) { m_starter = std::move(starter); }
    /// No instance selected.
    void clear();
    /// The instance's points (newest first), or why they could not be read.
    /// `policyZone` is the time zone of the instance's policy, in which "Why is this kept?" names
    /// the periods (the first backup of a week or month is judged there).
    void setPoints(const BackupInstance &instance,
        const Result<QList<RecoveryPoint>> &points,
        const QTimeZone &policyZone = QTimeZone::systemTimeZone());
    std::optional<RecoveryPoint> selectedPoint() const;
    bool selectPoint(const QString &pointId);
    RecoveryPointTableModel *model() const { return m_model; }
    /// Shows a job's progress on this panel (a restore the main window started, for example).
    void trackJob(const QString &jobId, const QString &description);
    /// Whether "Show deleted" is on: the owner then passes deleted points to setPoints too.
    bool showsDeleted() const;
    /// Shows why an action on the selected point failed, above the list.
    void showActionError(const QString &text);

public Q_SLOTS:
    void restoreSelected();
    void verifySelected();
    void testRestoreSelected();
    void undeleteSelected();
    /// JobRunner's signals, forwarded by the main window.
    void showJobProgress(const QString &jobId, double progress, qint64 bytesTransferred);
    void showJobFinished(const QString &jobId, PgVault::JobTypes::Status status);

Q_SIGNALS:
    /// Restore… on a point: the main window opens the restore wizard on it.
    void restoreRequested(const PgVault::BackupInstance &instance, const QString &pointId);
    /// Undelete on a deleted point: the owner undeletes it (DeletedPoints) and reloads the points.
    void undeleteRequested(const PgVault::BackupInstance &instance, const QString &pointId);
    /// "Show deleted" was switched: reload the points with or without the deleted ones.
    void showDeletedChanged(bool shown);
    /// A job this panel tracks ended: the verified state may have changed, reload the points.
    void pointsChanged();
    void statusMessage(const QString &text);

private:
    void startVerify(bool testRestore);
    void updateSelection();

    VerifyStarter m_starter;
    std::optional<BackupInstance> m_instance;
    QTimeZone m_policyZone = QTimeZone::systemTimeZone();
    RecoveryPointTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_titleLabel;
    QTableView *m_view;
    QLabel *m_explanationLabel;
    QPushButton *m_restoreButton;
    QPushButton *m_verifyButton;
    QPushButton *m_testRestoreButton;
    QPushButton *m_undeleteButton;
    QCheckBox *m_showDeletedBox;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    QHash<QString, QString> m_jobs; ///< job id -> what it does, for the status line
};

} // namespace PgVault
