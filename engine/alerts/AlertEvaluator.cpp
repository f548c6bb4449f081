#include "engine/alerts/AlertEvaluator.h"

#include "models/ClockTrust.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"

#include <QHash>
#include <QLocale>

namespace PgVault {

namespace {

/// Jobs read per instance and operation to find the newest finished one: only cancelled or
/// running jobs come before it, and a handful of those in a row is already unusual.
constexpr int RecentJobs = 20;

} // namespace

AlertEvaluator::AlertEvaluator(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<QList<Alert>> AlertEvaluator::active(const QDateTime &now, AgentCheck agent) const
{
    const Result<QList<BackupInstance>> listed = InstanceRepository(m_database).list();
    if (!listed)
        return listed.error();
    QList<BackupInstance> instances = *listed;
    const Result<QList<StoredPolicy>> policies = PolicyRepository(m_database).list();
    if (!policies)
        return policies.error();
    QHash<QString, WeeklySchedule> schedules;
    for (const StoredPolicy &stored : *policies)
        schedules.insert(stored.id, stored.policy.schedule());
    std::sort(instances.begin(), instances.end(), [](const BackupInstance &a, const BackupInstance &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });

    QList<Alert> alerts;
    if (agent == AgentCheck::Include && !schedules.isEmpty() && !instances.isEmpty()) {
        const Result<std::optional<Alert>> notRunning = agentNotRunning(now);
        if (!notRunning)
            return notRunning.error();
        if (notRunning->has_value())
            alerts << notRunning->value();
    }
    for (const BackupInstance &instance : std::as_const(instances)) {
        const Result<QList<Alert>> failed = failures(instance, now);
        if (!failed)
            return failed.error();
        alerts << *failed;
        if (!schedules.contains(instance.policyId))
            continue;
        const Result<std::optional<Alert>> late = overdue(instance, schedules.value(instance.policyId), now);
        if (!late)
            return late.error();
        if (late->has_value())
            alerts << late->value();
    }
    return alerts;
}

QDateTime AlertEvaluator::overdueSince(const WeeklySchedule &schedule, const QDateTime &base)
{
    if (!base.isValid())
        return {};
    const QDateTime slot = schedule.nextRunAfter(base);
    if (!slot.isValid())
        return {};
    const QDateTime following = schedule.nextRunAfter(slot);
    const qint64 interval = following.isValid() ? slot.msecsTo(following) : 0;
    return slot.addMSecs(std::max(MinimumGraceMs, interval / 2));
}

QString AlertEvaluator::elapsedText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(1, ms / 60000);
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    if (minutes < qint64{48} * 60)
        return tr("%n hour(s)", nullptr, int(minutes / 60));
    return tr("%n day(s)", nullptr, int(minutes / (qint64{24} * 60)));
}

Result<QList<Alert>> AlertEvaluator::failures(const BackupInstance &instance, const QDateTime &now) const
{
    const JobRepository jobs(m_database);
    QList<Alert> alerts;
    for (const JobTypes::Operation operation : {JobTypes::Operation::Backup,
             JobTypes::Operation::Verify,
             JobTypes::Operation::Restore,
             JobTypes::Operation::Delete}) {
        JobFilter filter;
        filter.instanceName = instance.name;
        filter.operation = operation;
        // A job dated in the future (a clock that was ahead) would hide every failure after it.
        filter.until = now.addMSecs(ClockTrust::FutureToleranceMs + 1);
        const Result<QList<Job>> recent = jobs.list(filter, 0, RecentJobs);
        if (!recent)
            return recent.error();
        for (const Job &job : *recent) {
            // A running job has not decided anything yet, and a cancelled one was stopped on purpose
            // (by the user or the agent's shutdown): the newest finished job before them counts.
            if (job.status == JobTypes::Status::InProgress || job.status == JobTypes::Status::Cancelled)
                continue;
            if (job.status == JobTypes::Status::Failed) {
                Alert alert;
                alert.kind = Alert::Kind::JobFailed;
                alert.instanceId = instance.id;
                alert.instanceName = instance.name;
                alert.since = job.end.isValid() ? job.end : job.start;
                alert.jobId = job.id;
                alert.operation = JobTypes::operationName(operation);
                const QString cause = job.error ? job.error->message : tr("no cause was recorded.");
                switch (operation) {
                case JobTypes::Operation::Backup:
                    alert.message = tr("The last backup failed: %1").arg(cause);
                    break;
                case JobTypes::Operation::Verify:
                    alert.message = tr("The last verification failed: %1").arg(cause);
                    break;
                case JobTypes::Operation::Restore:
                    alert.message = tr("The last restore failed: %1").arg(cause);
                    break;
                case JobTypes::Operation::Delete:
                    alert.message = tr("The last deletion of an expired recovery point failed: %1").arg(cause);
                    break;
                }
                alert.errorCode = job.error ? job.error->code : QString();
                alert.remedy = job.error && !job.error->remedy.isEmpty()
                    ? job.error->remedy
                    : tr("Look at the details and output of job %1.").arg(job.id);
                alerts << alert;
            }
            break;
        }
    }
    return alerts;
}

Result<std::optional<Alert>> AlertEvaluator::overdue(
    const BackupInstance &instance, const WeeklySchedule &schedule, const QDateTime &now) const
{
    const Result<QList<RecoveryPoint>> points = PointRepository(m_database).listForInstance(instance.id);
    if (!points)
        return points.error();
    QDateTime lastBackup;
    for (const RecoveryPoint &point : *points) {
        // A point dated in the future (the clock was ahead) says nothing about backups as of now.
        if (!ClockTrust::isFutureDated(point.time, now) && (!lastBackup.isValid() || point.time > lastBackup))
            lastBackup = point.time;
    }
    const QDateTime base = lastBackup.isValid() ? lastBackup : instance.created;
    const QDateTime since = overdueSince(schedule, base);
    if (!since.isValid() || since > now)
        return std::optional<Alert>();
    Alert alert;
    alert.kind = Alert::Kind::NoRecentBackup;
    alert.instanceId = instance.id;
    alert.instanceName = instance.name;
    alert.since = since;
    alert.message = lastBackup.isValid()
        ? tr("No successful backup for %1 (the last on %2).")
              .arg(elapsedText(lastBackup.msecsTo(now)),
                  QLocale().toString(lastBackup.toLocalTime(), QLocale::ShortFormat))
        : tr("No successful backup in the %1 since it was protected.").arg(elapsedText(base.msecsTo(now)));
    alert.remedy
        = tr("Back up now, and check that the agent is running and why the scheduled backups did not succeed.");
    return std::optional<Alert>(alert);
}

Result<std::optional<Alert>> AlertEvaluator::agentNotRunning(const QDateTime &now) const
{
    const AgentHeartbeatRepository heartbeats(m_database);
    const Result<std::optional<AgentHeartbeat>> running = heartbeats.running(now);
    if (!running)
        return running.error();
    if (running->has_value())
        return std::optional<Alert>();
    const Result<std::optional<AgentHeartbeat>> latest = heartbeats.latest();
    if (!latest)
        return latest.error();
    Alert alert;
    alert.kind = Alert::Kind::AgentNotRunning;
    if (latest->has_value()) {
        alert.since = latest->value().beat;
        alert.message = tr("No PgVault agent has been seen for %1: scheduled backups and expiry do not run.")
                            .arg(elapsedText(alert.since.msecsTo(now)));
    } else {
        alert.message = tr("No PgVault agent is running: scheduled backups and expiry do not run.");
    }
    alert.remedy = tr("Start it: systemctl --user enable --now pgvault-agent.service, or run \"pgvaultctl agent\".");
    return std::optional<Alert>(alert);
}

} // namespace PgVault
