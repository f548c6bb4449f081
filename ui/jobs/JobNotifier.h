#pragma once

#include "models/jobs/Job.h"

#include <QObject>
#include <QSet>
#include <QString>

class QSystemTrayIcon;

namespace PgVault {

/// Raises a desktop notification when a job fails or is cancelled while the GUI is open; a click
/// on it asks for the job's details. Skips (and logs) when the desktop has no system tray.
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    explicit JobNotifier(QObject *parent = nullptr);

    /// Which ended jobs deserve a notification: failures and cancellations, not successes (the
    /// user does not want a pop-up for every nightly backup).
    static bool shouldNotify(JobTypes::Status status);
    /// Notifies once per job; returns whether a notification was shown.
    bool notify(const Job &job);
    /// Tests and desktops without a tray turn the pop-ups off.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }

Q_SIGNALS:
    void detailsRequested(const QString &jobId);

private:
    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_notified;
    QString m_lastJobId;
    bool m_trayAvailable;
};

} // namespace PgVault
