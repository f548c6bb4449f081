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

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PgVault {

class RecoveryPointTableModel;

/// The recovery points of the selected backup instance (time, retention tag, expiry, size,
/// verified), "Why is this kept?" for the selected one, and its actions: Restore…, Verify and
/// Test restore, with the progress of the jobs it started. Hosted by the Backup instances page;
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

public Q_SLOTS:
    void restoreSelected();
    void verifySelected();
    void testRestoreSelected();
    /// JobRunner's signals, forwarded by the main window.
    void showJobProgress(const QString &jobId, double progress, qint64 bytesTransferred);
    void showJobFinished(const QString &jobId, PgVault::JobTypes::Status status);

Q_SIGNALS:
    /// Restore… on a point: the main window opens the restore wizard on it.
    void restoreRequested(const PgVault::BackupInstance &instance, const QString &pointId);
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
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    QHash<QString, QString> m_jobs; ///< job id -> what it does, for the status line
};

} // namespace PgVault
