#include "engine/Agent.h"

#include "engine/ExpiryRunner.h"
#include "engine/JobRunner.h"
#include "engine/Logging.h"
#include "models/AgentHeartbeatRepository.h"
#include "models/Catalog.h"
#include "models/InstanceRepository.h"
#include "models/JobRepository.h"
#include "models/PolicyRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSysInfo>

namespace PgVault {

Agent::Agent(const QString &catalogPath, QObject *parent)
    : QObject(parent)
    , m_catalogPath(catalogPath)
    , m_runner(new JobRunner(catalogPath, this))
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
}

Agent::~Agent()
{
    // An agent destroyed without stop() (an error on the way out) is not running either.
    removeHeartbeat();
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
        QMetaObject::invokeMethod(this, &Agent::finishStop, Qt::QueuedConnection);
}

void Agent::finishStop()
{
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

Result<QDateTime> Agent::lastScheduledStart(const JobRepository &jobs, const QString &instanceName)
{
    JobFilter filter;
    filter.operation = JobTypes::Operation::Backup;
    filter.userTriggered = false;
    filter.instanceName = instanceName;
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

    if (const Result<int> failed = jobs.failAbandoned(now); !failed)
        qCWarning(lcEngineAgent).noquote() << "cannot mark abandoned jobs:" << failed.error().text();
    else if (*failed > 0)
        qCWarning(lcEngineAgent) << "marked" << *failed << "abandoned job(s) Failed: their process stopped";

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
        for (const BackupInstance &instance : *instances) {
            if (!schedules.contains(instance.policyId))
                continue;
            const Result<QDateTime> last = lastScheduledStart(jobs, instance.name);
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

    const Result<ExpiryReport> expiry = ExpiryRunner(database, ExpiryRunner::processOwner()).run(now, {}, false, false);
    if (!expiry) {
        qCWarning(lcEngineAgent).noquote() << "expiry failed:" << expiry.error().text();
        m_onceOk = false;
    } else if (expiry->count(ExpiryItem::Outcome::Failed) > 0) {
        m_onceOk = false;
    }

    if (m_once)
        checkOnceDone();
    else
        armTimer(scheduled);
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
            if (m_stopping && m_jobInstance.isEmpty() && m_pendingStarts == 0)
                finishStop();
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
    if (m_stopping && m_jobInstance.isEmpty() && m_pendingStarts == 0)
        finishStop();
    checkOnceDone();
}

void Agent::checkOnceDone()
{
    if (!m_once || m_pendingStarts > 0 || !m_jobInstance.isEmpty())
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
