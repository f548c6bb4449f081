#pragma once

#include <QDateTime>
#include <QString>

namespace PgVault {

/// A scheduler agent process as its heartbeat in the catalog shows it: where it runs, since when,
/// and when it last said it was alive.
struct AgentHeartbeat
{
    QString host; ///< QSysInfo::machineHostName() of the agent's machine
    qint64 pid = 0;
    QDateTime started; ///< UTC
    QDateTime beat; ///< UTC, the latest heartbeat

    bool operator==(const AgentHeartbeat &) const = default;
};

} // namespace PgVault
