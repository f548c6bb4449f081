#pragma once

#include "models/Result.h"
#include "ui/restore/RestoreDraft.h"

#include <QWizard>

namespace PgVault {

class RestoreInstancePage;
class RestorePointPage;
class RestoreReviewPage;

/// The Restore wizard, as the portal's: backup instance → recovery point (time-period filter) →
/// restore as files or to a server → its parameters → Validate → Review + restore. The pages share
/// one RestoreDraft; the only I/O is the asynchronous validation. Restore emits restoreRequested
/// and stays open until the controller reports the start with startSucceeded() or startFailed().
class RestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { InstancePageId, PointPageId, TargetPageId, FilesPageId, ServerPageId, ValidatePageId, ReviewPageId };

    /// `loadPoints` reads an instance's recovery points (the controller's catalog read).
    RestoreWizard(
        const QList<BackupInstance> &instances, RestoreDraft::PointLoader loadPoints, QWidget *parent = nullptr);

    /// Opens on this instance (and point), skipping nothing: the user still sees and may change them.
    void preselect(const QString &instanceId, const QString &pointId = {});
    const RestoreDraft &draft() const { return m_draft; }
    bool isStarting() const { return m_starting; }

Q_SIGNALS:
    /// The user pressed Restore: start the job for this request.
    void restoreRequested(const PgVault::BackupInstance &instance, const PgVault::RestoreRequest &request);

public Q_SLOTS:
    void accept() override;
    void startSucceeded(const QString &jobId);
    void startFailed(const PgVault::Error &error);

private:
    RestoreDraft m_draft;
    RestoreInstancePage *m_instancePage;
    RestorePointPage *m_pointPage;
    RestoreReviewPage *m_reviewPage;
    bool m_starting = false;
};

} // namespace PgVault
