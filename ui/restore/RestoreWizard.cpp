#include "ui/restore/RestoreWizard.h"

#include "ui/restore/RestoreFilesPage.h"
#include "ui/restore/RestoreInstancePage.h"
#include "ui/restore/RestorePointPage.h"
#include "ui/restore/RestoreReviewPage.h"
#include "ui/restore/RestoreServerPage.h"
#include "ui/restore/RestoreTargetPage.h"
#include "ui/restore/RestoreValidatePage.h"

namespace PgVault {

RestoreWizard::RestoreWizard(
    const QList<BackupInstance> &instances, RestoreDraft::PointLoader loadPoints, QWidget *parent)
    : QWizard(parent)
    , m_instancePage(new RestoreInstancePage(m_draft, this))
    , m_pointPage(new RestorePointPage(m_draft, this))
    , m_reviewPage(new RestoreReviewPage(m_draft, this))
{
    m_draft.instances = instances;
    m_draft.loadPoints = std::move(loadPoints);
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Restore"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    auto *target = new RestoreTargetPage(m_draft, this);
    auto *files = new RestoreFilesPage(m_draft, this);
    auto *server = new RestoreServerPage(m_draft, this);
    auto *validate = new RestoreValidatePage(m_draft, this);
    m_instancePage->setObjectName(QStringLiteral("restoreInstancePage"));
    m_pointPage->setObjectName(QStringLiteral("restorePointPage"));
    target->setObjectName(QStringLiteral("restoreTargetPage"));
    files->setObjectName(QStringLiteral("restoreFilesPage"));
    server->setObjectName(QStringLiteral("restoreServerPage"));
    validate->setObjectName(QStringLiteral("restoreValidatePage"));
    m_reviewPage->setObjectName(QStringLiteral("restoreReviewPage"));
    setPage(InstancePageId, m_instancePage);
    setPage(PointPageId, m_pointPage);
    setPage(TargetPageId, target);
    setPage(FilesPageId, files);
    setPage(ServerPageId, server);
    setPage(ValidatePageId, validate);
    setPage(ReviewPageId, m_reviewPage);
    resize(860, 640);
}

void RestoreWizard::preselect(const QString &instanceId, const QString &pointId)
{
    m_draft.preselectedPointId = pointId;
    m_instancePage->selectInstance(instanceId);
}

void RestoreWizard::accept()
{
    if (m_starting)
        return;
    m_starting = true;
    m_reviewPage->setStarting(true);
    RestoreRequest request = m_draft.request;
    request.instance = m_draft.instance;
    request.pointId = m_draft.point.id;
    Q_EMIT restoreRequested(m_draft.instance, request);
}

void RestoreWizard::startSucceeded(const QString &jobId)
{
    Q_UNUSED(jobId)
    m_starting = false;
    m_reviewPage->setStarting(false);
    m_draft.request.server.password.clear();
    QWizard::accept();
}

void RestoreWizard::startFailed(const Error &error)
{
    m_starting = false;
    m_reviewPage->setStarting(false);
    m_reviewPage->showStartError(error);
}

} // namespace PgVault
