#pragma once

#include <QString>

#include <optional>

namespace PgVault {

/// One process as another process sharing the catalog can recognise it: the machine, the system
/// it runs in (boot id and PID namespace, within which a PID names one process), the PID, and its
/// start time, which tells it from a later process that got the same PID. InstanceLeases records
/// the holder of each lease this way, so the lease of a process that died without releasing it
/// (SIGKILL, a crash) is free at once instead of after the lease's time to live.
struct ProcessIdentity
{
    QString host; ///< QSysInfo::machineHostName()
    QString system; ///< boot id and PID namespace; empty when they cannot be read
    qint64 pid = 0;
    qint64 startTicks = 0; ///< start time in clock ticks since boot (/proc/PID/stat, field 22)

    bool operator==(const ProcessIdentity &) const = default;

    /// This process.
    static ProcessIdentity current();
    /// Process `pid` of this system as it runs now; nullopt when none runs (a zombie does not).
    static std::optional<ProcessIdentity> running(qint64 pid);

    /// True only when it is certain that the process no longer runs: it ran on this host and
    /// system, and no running process has its PID and start time. False when that cannot be
    /// known (another machine, another boot or PID namespace, an identity never recorded).
    bool hasEnded() const;
};

} // namespace PgVault
