#include "engine/jobs/Agent.h"

#include "engine/Logging.h"
#include "engine/alerts/AlertDelivery.h"
#include "engine/jobs/ClockCheck.h"
#include "engine/jobs/ExpiryRunner.h"
#include "engine/jobs/JobRunner.h"
#include "models/Catalog.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSysInfo>

namespace PgVault {

Agent::Agent(const QString &catalogPath, QObject *parent)
    : QObject(parent)
    , m_catalogPath(catalogPath)
    , m_runner(new JobRunner(catalogPath, this))
    , m_alerts(new AlertDelivery(this))
    , m_clock(systemClock())
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early; a pass that finds nothing due just sleeps again,
    // but precise wake-ups keep a slot's backup from starting a minute late.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Agent::pass);
    m_heartbeatTimer.setInterval(int(AgentHeartbeatRepository::IntervalMs));
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Agent::beat);
    connect(m_runner, &JobRunner::jobFinished, this, [this](const QString &jobId, JobTypes::Status status) {
        backupFinished(jobId, int(status));
    });
    connect(m_alerts, &AlertDelivery::idle, this, [this] {
        checkOnceDone();
        if (m_stopping)
            finishStopWhenIdle();
    });
}

Agent::~Agent()
{
    // An agent destroyed without stop() (an error on the way out) is not running either.
    removeHeartbeat();
}

void Agent::setClock(Clock clock)
{
    m_clock = clock;
    m_runner->setClock(std::move(clock));
}

void Agent::setAlertCommand(const QString &command)
{
    m_alerts->setCommandOverride(command);
}

Result<void> Agent::openCatalog()
{
    if (m_catalog)
        return {};
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(m_catalogPath);
    if (!opened)
        return opened.error();
    m_catalog = std::move(opened).value();
    return {};
}

Result<void> Agent::start()
{
    if (Result<void> opened = openCatalog(); !opened)
        return opened;
    qCInfo(lcEngineAgent).noquote() << "agent started with catalog" << m_catalogPath;
    m_started = m_clock();
    beat();
    m_heartbeatTimer.start();
    pass();
    return {};
}

Result<void> Agent::runOnce()
{
    if (Result<void> opened = openCatalog(); !opened)
        return opened;
    m_once = true;
    m_onceOk = true;
    pass();
    return {};
}

void Agent::stop()
{
    m_stopping = true;
    m_timer.stop();
    const QStringList running = m_jobInstance.keys();
    if (!running.isEmpty())
        qCInfo(lcEngineAgent) << "stopping: cancelling" << running.size() << "running backup(s)";
    for (const QString &jobId : running)
        m_runner->cancel(jobId);
    if (running.isEmpty() && m_pendingStarts == 0)
        QMetaObject::invokeMethod(this, &Agent::finishStopWhenIdle, Qt::QueuedConnection);
}

void Agent::finishStopWhenIdle()
{
    // An alert command still running ends by itself or at its timeout; the idle signal comes back here.
    if (!m_jobInstance.isEmpty() || m_pendingStarts > 0 || !m_alerts->isIdle())
        return;
    finishStop();
}

void Agent::finishStop()
{
    if (m_stopFinished)
        return;
    m_stopFinished = true;
    removeHeartbeat();
    Q_EMIT stopped();
}

void Agent::removeHeartbeat()
{
    m_heartbeatTimer.stop();
    if (!m_started.isValid() || !m_catalog)
        return;
    m_started = QDateTime();
    if (const Result<void> removed = AgentHeartbeatRepository(m_catalog->database())
                                         .remove(QSysInfo::machineHostName(), QCoreApplication::applicationPid());
        !removed)
        qCWarning(lcEngineAgent).noquote() << "cannot remove the agent's heartbeat:" << removed.error().text();
}

void Agent::beat()
{
    if (!m_catalog || !m_started.isValid())
        return;
    const AgentHeartbeat heartbeat{
        QSysInfo::machineHostName(), QCoreApplication::applicationPid(), m_started, m_clock()};
    // A missed beat is not fatal: the GUI only shows the agent as not running until the next one.
    if (const Result<void> recorded = AgentHeartbeatRepository(m_catalog->database()).beat(heartbeat); !recorded)
        qCWarning(lcEngineAgent).noquote() << "cannot record the agent's heartbeat:" << recorded.error().text();
}

Result<QDateTime> Agent::lastScheduledStart(
    const JobRepository &jobs, const QString &instanceName, const QDateTime &now)
{
    JobFilter filter;
    filter.operation = JobTypes::Operation::Backup;
    filter.userTriggered = false;
    filter.instanceName = instanceName;
    // A job dated in the future would make every slot until then look done.
    filter.until = now.addMSecs(ClockTrust::FutureToleranceMs + 1);
    // A handful is plenty: only shutdowns in a row produce several interrupted jobs.
    const Result<QList<Job>> recent = jobs.list(filter, 0, 20);
    if (!recent)
        return recent.error();
    for (const Job &job : *recent) {
        if (job.additionalDetails.value(QLatin1String(InterruptedKey)) != QLatin1String(InterruptedByShutdown))
            return job.start;
    }
    return QDateTime();
}

void Agent::pass()
{
    if (!m_catalog || m_stopping)
        return;
    const QDateTime now = m_clock();
    const QSqlDatabase database = m_catalog->database();
    JobRepository jobs(database);

    // Judged before this pass dates anything by the clock: a backup it starts would otherwise
    // vouch for a clock that jumped ahead.
    const Result<ClockVerdict> clock = ClockCheck(database).check(now);
    if (!clock) {
        qCWarning(lcEngineAgent).noquote() << "cannot check the system clock; expiry waits:" << clock.error().text();
        m_onceOk = false;
    }
    m_clockTrusted = clock && clock->trusted;

    // A clock that jumped ahead would take every running job for abandoned.
    if (!clock || !clock->trusted) {
        qCDebug(lcEngineAgent) << "not marking abandoned jobs: the clock is not trusted";
    } else if (const Result<int> failed = jobs.failAbandoned(now); !failed) {
        qCWarning(lcEngineAgent).noquote() << "cannot mark abandoned jobs:" << failed.error().text();
    } else if (*failed > 0) {
        qCWarning(lcEngineAgent) << "marked" << *failed << "abandoned job(s) Failed: their process stopped";
    }

    QList<ScheduledInstance> scheduled;
    const Result<QList<BackupInstance>> instances = InstanceRepository(database).list();
    const Result<QList<StoredPolicy>> policies = PolicyRepository(database).list();
    if (!instances || !policies) {
        qCWarning(lcEngineAgent).noquote()
            << "cannot read the catalog:" << (instances ? policies.error() : instances.error()).text();
        m_onceOk = false;
    } else {
        QHash<QString, WeeklySchedule> schedules;
        for (const StoredPolicy &policy : *policies)
            schedules.insert(policy.id, policy.policy.schedule());
        QHash<QString, QString> names;
        for (const BackupInstance &instance : *instances)
            names.insert(instance.id, instance.name);
        reportFutureDated(database, now, names);
        for (const BackupInstance &instance : *instances) {
            // A stopped instance is never backed up; its points still expire below.
            if (!instance.isProtected() || !schedules.contains(instance.policyId))
                continue;
            const Result<QDateTime> last = lastScheduledStart(jobs, instance.name, now);
            if (!last) {
                qCWarning(lcEngineAgent).noquote()
                    << "cannot read the jobs of" << instance.name << ":" << last.error().text();
                continue;
            }
            scheduled << ScheduledInstance{instance, schedules.value(instance.policyId), *last};
        }
    }

    for (const DueBackup &backup : Scheduler::due(scheduled, now)) {
        if (m_busyInstances.contains(backup.instance.id))
            continue;
        const auto failed = m_failedStarts.constFind(backup.instance.id);
        if (failed != m_failedStarts.constEnd() && failed->first == backup.slot
            && failed->second.msecsTo(now) < RetryStartAfterMs && !m_once)
            continue;
        startBackup(backup);
    }

    if (clock) {
        ExpiryRunner runner(database, ExpiryRunner::processOwner());
        runner.setClock(m_clock);
        runner.setClockVerdict(*clock);
        const bool index = !m_sinceIndexed.isValid() || m_sinceIndexed.hasExpired(IndexUncataloguedEveryMs);
        runner.setIndexUncatalogued(index);
        if (index)
            m_sinceIndexed.start();
        const Result<ExpiryReport> expiry = runner.run(now, {}, false, false);
        if (!expiry) {
            qCWarning(lcEngineAgent).noquote() << "expiry failed:" << expiry.error().text();
            m_onceOk = false;
        } else if (expiry->count(ExpiryItem::Outcome::Failed) + expiry->count(ExpiryItem::Outcome::Refused) > 0) {
            m_onceOk = false;
        }
    }

    deliverAlerts();
    if (m_once)
        checkOnceDone();
    else
        armTimer(scheduled);
}

void Agent::deliverAlerts()
{
    if (!m_catalog)
        return;
    if (!m_clockTrusted) {
        qCDebug(lcEngineAlerts) << "no alerts delivered: the clock is not trusted";
        return;
    }
    // An alert that cannot be delivered now is found again by the next pass.
    if (const Result<QList<Alert>> delivered = m_alerts->deliver(m_catalog->database(), m_clock()); !delivered)
        qCWarning(lcEngineAlerts).noquote() << "cannot deliver alerts:" << delivered.error().text();
}

void Agent::reportFutureDated(const QSqlDatabase &database, const QDateTime &now, const QHash<QString, QString> &names)
{
    const QDateTime after = now.addMSecs(ClockTrust::FutureToleranceMs);
    const QString nowText = now.toUTC().toString(Qt::ISODate);
    JobFilter filter;
    filter.since = after.addMSecs(1);
    if (const Result<QList<Job>> jobs = JobRepository(database).list(filter, 0, 100); !jobs) {
        qCWarning(lcEngineAgent).noquote() << "cannot look for future-dated jobs:" << jobs.error().text();
    } else {
        for (const Job &job : *jobs) {
            if (m_reportedFuture.contains(job.id))
                continue;
            m_reportedFuture.insert(job.id);
            qCWarning(lcEngineAgent).noquote()
                << QStringLiteral("job %1 (%2 of %3) is dated %4, after this machine's clock (%5): the clock was ahead "
                                  "when it was recorded. It is ignored when deciding which scheduled backups are due.")
                       .arg(job.id,
                           JobTypes::operationName(job.operation),
                           job.instanceName,
                           job.start.toUTC().toString(Qt::ISODate),
                           nowText);
        }
    }
    if (const Result<QList<RecoveryPoint>> points = PointRepository(database).datedAfter(after); !points) {
        qCWarning(lcEngineAgent).noquote() << "cannot look for future-dated recovery points:" << points.error().text();
    } else {
        for (const RecoveryPoint &point : *points) {
            if (m_reportedFuture.contains(point.id))
                continue;
            m_reportedFuture.insert(point.id);
            qCWarning(lcEngineAgent).noquote()
                << QStringLiteral("recovery point %1 of %2 is dated %3, after this machine's clock (%4): the clock was "
                                  "ahead when it was taken. It is kept, but not counted among the newest points "
                                  "that expiry always keeps.")
                       .arg(point.id,
                           names.value(point.instanceId, point.instanceId),
                           point.time.toUTC().toString(Qt::ISODate),
                           nowText);
        }
    }
}

void Agent::startBackup(const DueBackup &backup)
{
    const BackupInstance instance = backup.instance;
    const QDateTime slot = backup.slot;
    qCInfo(lcEngineAgent).noquote()
        << QStringLiteral("starting the scheduled backup of %1 for %2%3")
               .arg(instance.name,
                   slot.toString(Qt::ISODate),
                   backup.skippedSlots > 0
                       ? QStringLiteral(" (%1 older missed slot(s) are not run)").arg(backup.skippedSlots)
                       : QString());
    m_busyInstances.insert(instance.id);
    ++m_pendingStarts;
    m_runner->startBackup(instance, std::nullopt, false, this, [this, instance, slot](const Result<QString> &jobId) {
        --m_pendingStarts;
        if (!jobId) {
            m_busyInstances.remove(instance.id);
            m_failedStarts.insert(instance.id, {slot, m_clock()});
            m_onceOk = false;
            qCWarning(lcEngineAgent).noquote() << QStringLiteral("the scheduled backup of %1 did not start: %2")
                                                      .arg(instance.name, jobId.error().text());
            if (m_stopping)
                finishStopWhenIdle();
            checkOnceDone();
            return;
        }
        m_failedStarts.remove(instance.id);
        m_jobInstance.insert(*jobId, instance.id);
        qCInfo(lcEngineAgent).noquote() << "scheduled backup of" << instance.name << "is job" << *jobId;
        Q_EMIT backupStarted(instance.name, *jobId);
        if (m_stopping)
            m_runner->cancel(*jobId);
    });
}

void Agent::backupFinished(const QString &jobId, int status)
{
    if (!m_jobInstance.contains(jobId))
        return;
    m_busyInstances.remove(m_jobInstance.take(jobId));
    const auto jobStatus = JobTypes::Status(status);
    if (jobStatus != JobTypes::Status::Completed && jobStatus != JobTypes::Status::CompletedWithWarnings)
        m_onceOk = false;
    qCInfo(lcEngineAgent).noquote() << "scheduled backup job" << jobId << "ended" << JobTypes::statusName(jobStatus);
    if (m_stopping && jobStatus == JobTypes::Status::Cancelled && m_catalog) {
        // Runs again at the next start, like a backup missed while the machine was off.
        JobRepository jobs(m_catalog->database());
        Result<std::optional<Job>> job = jobs.find(jobId);
        if (job && job->has_value()) {
            Job interrupted = job->value();
            interrupted.additionalDetails.insert(QLatin1String(InterruptedKey), QLatin1String(InterruptedByShutdown));
            if (Result<void> updated = jobs.update(interrupted); !updated)
                qCWarning(lcEngineAgent).noquote()
                    << "cannot mark job" << jobId << "interrupted:" << updated.error().text();
        }
    }
    // A failed backup's alert goes out now, not at the next pass.
    if (!m_stopping)
        deliverAlerts();
    if (m_stopping)
        finishStopWhenIdle();
    checkOnceDone();
}

void Agent::checkOnceDone()
{
    if (!m_once || m_pendingStarts > 0 || !m_jobInstance.isEmpty() || !m_alerts->isIdle())
        return;
    m_once = false;
    const bool ok = m_onceOk;
    // Queued: runOnce() may get here before its caller has entered its event loop.
    QMetaObject::invokeMethod(
        this, [this, ok] { Q_EMIT onceFinished(ok); }, Qt::QueuedConnection);
}

void Agent::armTimer(const QList<ScheduledInstance> &instances)
{
    const QDateTime now = m_clock();
    const QDateTime next = Scheduler::nextWakeUp(instances, now);
    qint64 sleepMs = MaxSleepMs;
    if (next.isValid())
        sleepMs = std::clamp<qint64>(now.msecsTo(next), 0, MaxSleepMs);
    qCDebug(lcEngineAgent).noquote() << "next slot" << next.toString(Qt::ISODate) << "; sleeping" << sleepMs << "ms";
    m_timer.start(int(sleepMs));
}

} // namespace PgVault
