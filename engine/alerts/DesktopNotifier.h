#pragma once

#include "engine/alerts/Alert.h"

#include <QCoreApplication>

namespace PgVault {

/// Shows an alert as a desktop notification: org.freedesktop.Notifications.Notify on the session
/// bus, the call every Linux desktop's notification daemon answers. Asynchronous, so a daemon that
/// does not answer never holds up the agent; without a session bus or a daemon the notification is
/// skipped with a debug message, never an error (the agent often runs where no desktop is).
/// Used by AlertDelivery.
class DesktopNotifier
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::DesktopNotifier)

public:
    static constexpr auto Service = "org.freedesktop.Notifications";
    static constexpr auto Path = "/org/freedesktop/Notifications";
    static constexpr auto Interface = "org.freedesktop.Notifications";

    /// Sends the notification; returns whether a session bus was there to send it on.
    static bool notify(const Alert &alert);
};

} // namespace PgVault
