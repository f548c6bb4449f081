#include "ui/jobs/JobNotifier.h"

#include "ui/Logging.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace PgVault {

JobNotifier::JobNotifier(QObject *parent)
    : QObject(parent)
    , m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{
}

bool JobNotifier::shouldNotify(JobTypes::Status status)
{
    switch (status) {
    case JobTypes::Status::Failed:
    case JobTypes::Status::Cancelled:
        return true;
    case JobTypes::Status::InProgress:
    case JobTypes::Status::Completed:
    case JobTypes::Status::CompletedWithWarnings:
        return false;
    }
    return false;
}

bool JobNotifier::notify(const Job &job)
{
    if (!shouldNotify(job.status) || m_notified.contains(job.id))
        return false;
    m_notified.insert(job.id);
    if (!m_trayAvailable) {
        qCInfo(lcUiJobs) << "No system tray: job" << job.id << "ended" << JobTypes::statusName(job.status)
                         << "without a desktop notification";
        return false;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastJobId.isEmpty())
                Q_EMIT detailsRequested(m_lastJobId);
        });
        m_tray->show();
    }
    m_lastJobId = job.id;
    const QString title = job.status == JobTypes::Status::Failed
        ? tr("%1 failed: %2").arg(JobTypes::operationDisplayName(job.operation, job.userTriggered), job.instanceName)
        : tr("%1 cancelled: %2")
              .arg(JobTypes::operationDisplayName(job.operation, job.userTriggered), job.instanceName);
    const QString message = job.error ? job.error->message : tr("Click to see the job's details.");
    m_tray->showMessage(
        title, message, job.status == JobTypes::Status::Failed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    return true;
}

} // namespace PgVault
