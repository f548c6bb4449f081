#include "engine/alerts/DesktopNotifier.h"

#include "engine/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace PgVault {

namespace {

/// The specification's urgency levels (hint "urgency", a byte).
constexpr uchar NormalUrgency = 1;
constexpr uchar CriticalUrgency = 2;

} // namespace

bool DesktopNotifier::notify(const Alert &alert)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcEngineAlerts).noquote() << "no desktop notification: no session bus"
                                          << (bus.lastError().isValid() ? bus.lastError().message() : QString());
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface), QStringLiteral("Notify"));
    const QString summary = alert.instanceName.isEmpty() ? tr("PgVault") : tr("PgVault: %1").arg(alert.instanceName);
    QVariantMap hints;
    // A failed job or a missing backup needs the user; critical notifications stay until dismissed.
    hints.insert(QStringLiteral("urgency"),
        QVariant::fromValue(alert.kind == Alert::Kind::AgentNotRunning ? NormalUrgency : CriticalUrgency));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("pgvault"));
    call << QStringLiteral("PgVault") // app_name
         << uint(0) // replaces_id: a new notification
         << QStringLiteral("dialog-warning") // app_icon
         << summary << QString(alert.message + QLatin1Char('\n') + alert.remedy) // body
         << QStringList() // actions
         << hints << int(-1); // expire_timeout: the daemon's default
    const QDBusPendingCall pending = bus.asyncCall(call);
    // Parented to the application: a reply that never comes is dropped with it.
    auto *watcher = new QDBusPendingCallWatcher(pending, QCoreApplication::instance());
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, watcher, [key = alert.key()](QDBusPendingCallWatcher *done) {
            const QDBusPendingReply<uint> reply = *done;
            if (reply.isError())
                qCDebug(lcEngineAlerts).noquote()
                    << "no desktop notification for" << key << ":" << reply.error().message();
            else
                qCDebug(lcEngineAlerts).noquote() << "desktop notification" << reply.value() << "shows" << key;
            done->deleteLater();
        });
    return true;
}

} // namespace PgVault
