#include "engine/jobs/Scheduler.h"

#include "models/ClockTrust.h"

namespace PgVault {

QDateTime Scheduler::latestSlot(const WeeklySchedule &schedule, const QDateTime &now, const QDateTime &notBefore)
{
    if (!now.isValid())
        return {};
    QDateTime from = now.addDays(-CatchUpDays);
    if (notBefore.isValid() && notBefore > from)
        from = notBefore;
    // runsBetween excludes its end; one millisecond more makes a slot at exactly `now` due.
    const QList<QDateTime> runs = schedule.runsBetween(from, now.addMSecs(1));
    return runs.isEmpty() ? QDateTime() : runs.last();
}

QList<DueBackup> Scheduler::due(const QList<ScheduledInstance> &instances, const QDateTime &now)
{
    QList<DueBackup> result;
    for (const ScheduledInstance &entry : instances) {
        // Protection stopped: no slot of it is ever due again.
        if (!entry.instance.isProtected())
            continue;
        // A backup instance protected after a slot has nothing to catch up for that slot.
        const QDateTime slot = latestSlot(entry.schedule, now, entry.instance.created);
        if (!slot.isValid())
            continue;
        const QDateTime last
            = ClockTrust::isFutureDated(entry.lastScheduledStart, now) ? QDateTime() : entry.lastScheduledStart;
        if (last.isValid() && last >= slot)
            continue;
        DueBackup backup{entry.instance, slot, 0};
        // For the log: the slots since the last scheduled run (at most a year back) that this one
        // backup replaces; without any run, only those of the catch-up window.
        QDateTime from = now.addDays(last.isValid() ? -MaxSkippedCountDays : -CatchUpDays);
        if (last.isValid() && last > from)
            from = last.addMSecs(1);
        if (entry.instance.created.isValid() && entry.instance.created > from)
            from = entry.instance.created;
        if (from < slot)
            backup.skippedSlots = int(entry.schedule.runsBetween(from, slot).size());
        result << backup;
    }
    return result;
}

QDateTime Scheduler::nextWakeUp(const QList<ScheduledInstance> &instances, const QDateTime &now)
{
    QDateTime earliest;
    for (const ScheduledInstance &entry : instances) {
        if (!entry.instance.isProtected())
            continue;
        const QDateTime next = entry.schedule.nextRunAfter(now);
        if (next.isValid() && (!earliest.isValid() || next < earliest))
            earliest = next;
    }
    return earliest;
}

} // namespace PgVault
