#pragma once

#include "models/instances/BackupInstance.h"
#include "models/policies/WeeklySchedule.h"

#include <QDateTime>
#include <QList>

namespace PgVault {

/// What the scheduler needs to know about one backup instance: the instance, its policy's
/// schedule, and when its latest scheduled backup job started (any outcome).
struct ScheduledInstance
{
    BackupInstance instance;
    WeeklySchedule schedule;
    /// UTC start of the newest scheduled (not user-triggered) Backup job of the instance, whatever
    /// its outcome (a failed scheduled backup is not retried, as in Azure); invalid when none ran.
    QDateTime lastScheduledStart;
};

/// One scheduled backup to start now.
struct DueBackup
{
    BackupInstance instance;
    /// UTC: the scheduled time this backup is for. Not stored on the job (JobRunner::startBackup
    /// takes no details); it need not be: the job starts at or after its slot and before the next
    /// one, so its start time alone tells which slots have run.
    QDateTime slot;
    /// Older slots since the last scheduled backup (at most a year back) that are skipped because
    /// only the latest missed one runs (for the log).
    int skippedSlots = 0;

    bool operator==(const DueBackup &) const = default;
};

/// Decides which scheduled backups are due: pure, QtCore only, `now` injected. The agent feeds
/// it the catalog's instances, policies and last scheduled jobs every time it wakes up.
///
/// A slot (a run time of the policy's WeeklySchedule, in the policy's zone, DST-correct) is due
/// when slot <= now and no scheduled backup of the instance started at or after it. Only the
/// latest such slot runs: a machine that was off over several slots takes one backup at start,
/// not one per missed slot (Azure, too, does not replay missed backups). Slots before the
/// instance was created and slots older than CatchUpDays never run; with a weekly schedule the
/// latest slot is always within the last 7 days, so a missed backup always runs once. A last
/// scheduled start dated in the future (ClockTrust::isFutureDated: a clock that was ahead
/// recorded it) is ignored like a missing one, so a clock that jumped ahead and back does not
/// silence the schedule. An instance whose protection stopped is never due.
class Scheduler
{
public:
    /// How far back a missed slot is still caught up.
    static constexpr int CatchUpDays = 7;
    /// How far back due() counts skipped slots for the log.
    static constexpr int MaxSkippedCountDays = 366;

    /// The backups to start now, one at most per instance, in the order given.
    static QList<DueBackup> due(const QList<ScheduledInstance> &instances, const QDateTime &now);

    /// The earliest slot of any instance strictly after `now` (UTC), or invalid when no instance
    /// has a schedule. Backups due now (see due()) are not counted: start them first.
    static QDateTime nextWakeUp(const QList<ScheduledInstance> &instances, const QDateTime &now);

    /// The latest slot of the schedule at or before `now` that is no older than CatchUpDays and
    /// not before `notBefore` (when valid); invalid when there is none.
    static QDateTime latestSlot(const WeeklySchedule &schedule, const QDateTime &now, const QDateTime &notBefore);
};

} // namespace PgVault
