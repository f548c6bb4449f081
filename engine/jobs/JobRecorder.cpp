#include "engine/jobs/JobRecorder.h"

#include "engine/Logging.h"
#include "models/instances/InstanceLeases.h"
#include "models/jobs/JobRepository.h"

namespace PgVault {

JobRecorder::JobRecorder(const QSqlDatabase &database,
    const QString &jobId,
    const QString &instanceId,
    JobStop &stop,
    Observer observer,
    QString secret,
    Clock clock)
    : m_database(database)
    , m_instanceId(instanceId)
    , m_stop(stop)
    , m_observer(std::move(observer))
    , m_secret(std::move(secret))
    , m_clock(std::move(clock))
{
    Result<std::optional<Job>> loaded = JobRepository(m_database).find(jobId);
    if (loaded && loaded->has_value())
        m_job = loaded->value();
    else
        m_job.id = jobId;
    m_lastRenewal = QDateTime::currentDateTimeUtc();
}

Error JobRecorder::cancelled()
{
    return Error{QStringLiteral("Job.Cancelled"), tr("The job was cancelled."), tr("Start it again when ready."), {}};
}

int JobRecorder::addSubTask(const QString &name)
{
    SubTask task;
    task.id = int(m_job.subTasks.size()) + 1;
    task.name = name;
    m_job.subTasks.append(task);
    if (Result<void> written = JobRepository(m_database).putSubTask(m_job.id, task); !written)
        qCWarning(lcEngineJobs) << "cannot record a sub-task of job" << m_job.id << written.error().message;
    return int(m_job.subTasks.size()) - 1;
}

void JobRecorder::setSubTask(int index, JobTypes::Status status, const QString &detailKey, const QString &detail)
{
    SubTask &task = m_job.subTasks[index];
    task.status = status;
    if (status == JobTypes::Status::Completed || status == JobTypes::Status::CompletedWithWarnings)
        task.progress = 1;
    if (!detailKey.isEmpty())
        task.details.insert(detailKey, detail);
    if (Result<void> written = JobRepository(m_database).putSubTask(m_job.id, task); !written)
        qCWarning(lcEngineJobs) << "cannot record a sub-task of job" << m_job.id << written.error().message;
}

void JobRecorder::saveSubTask(const SubTask &task)
{
    if (Result<void> written = JobRepository(m_database).putSubTask(m_job.id, task); !written)
        qCWarning(lcEngineJobs) << "cannot record a sub-task of job" << m_job.id << written.error().message;
}

void JobRecorder::output(const QString &text)
{
    QString clean = text;
    // Defence in depth: no tool should print the password, but if one did it stops here.
    if (m_secret.size() >= 4)
        clean.replace(m_secret, QStringLiteral("********"));
    const QMutexLocker lock(&m_outputMutex);
    m_pendingOutput += clean;
}

void JobRecorder::flushOutput()
{
    QString text;
    {
        const QMutexLocker lock(&m_outputMutex);
        text.swap(m_pendingOutput);
    }
    if (text.isEmpty())
        return;
    if (Result<void> appended = JobRepository(m_database).appendOutput(m_job.id, text); !appended)
        qCWarning(lcEngineJobs) << "cannot record the output of job" << m_job.id << appended.error().message;
    if (m_observer.output)
        m_observer.output(text);
}

bool JobRecorder::tick(double progress, qint64 bytes, bool force)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!force && m_lastTick.isValid() && m_lastTick.msecsTo(now) < HeartbeatMs)
        return !m_stop.stop;
    m_lastTick = now;
    JobRepository jobs(m_database);
    m_job.progress = std::min(0.99, std::max(0.0, progress));
    m_job.bytesTransferred = bytes;
    if (Result<void> written = jobs.updateProgress(m_job.id, m_job.progress, bytes, now); !written)
        qCWarning(lcEngineJobs) << "cannot record the progress of job" << m_job.id << written.error().message;
    if (m_observer.progressed)
        m_observer.progressed(m_job.progress, bytes);
    flushOutput();
    // Cancellation from another process (pgvaultctl job cancel, another GUI) arrives here.
    if (Result<bool> requested = jobs.isCancelRequested(m_job.id);
        requested && requested.value() && !m_stop.cancelled) {
        output(tr("Cancellation requested; stopping.\n"));
        m_stop.cancel();
    }
    // A little more often than TtlMs / 4: a caller's wait between two ticks may add up to a heartbeat.
    if (m_lastRenewal.msecsTo(now) >= InstanceLeases::TtlMs / 4 - 2 * qint64{HeartbeatMs}) {
        m_lastRenewal = now;
        if (Result<void> renewed = InstanceLeases(m_database).renew(m_instanceId, m_job.id, now); !renewed) {
            m_leaseLost = renewed.error();
            m_stop.stop = true;
        }
    }
    return !m_stop.stop;
}

Job JobRecorder::finish(JobTypes::Status status, std::optional<Error> error)
{
    if (m_leaseLost && status != JobTypes::Status::Failed) {
        status = JobTypes::Status::Failed;
        error = m_leaseLost;
    }
    const QDateTime now = m_clock();
    for (SubTask &task : m_job.subTasks) {
        if (task.status == JobTypes::Status::InProgress)
            task.status = status == JobTypes::Status::Failed ? JobTypes::Status::Failed : JobTypes::Status::Cancelled;
    }
    if (error && status == JobTypes::Status::CompletedWithWarnings)
        output(tr("Completed with warnings: %1\n").arg(error->text()));
    else if (error && status != JobTypes::Status::Cancelled)
        output(tr("Failed: %1\n").arg(error->text()));
    else if (status == JobTypes::Status::Cancelled)
        output(tr("Cancelled.\n"));
    flushOutput();
    m_job.status = status;
    m_job.end = now;
    m_job.heartbeat = now;
    m_job.error = error;
    if (status == JobTypes::Status::Completed || status == JobTypes::Status::CompletedWithWarnings)
        m_job.progress = 1;
    if (Result<void> updated = JobRepository(m_database).update(m_job); !updated)
        qCWarning(lcEngineJobs) << "cannot record the end of job" << m_job.id << updated.error().message;
    qCInfo(lcEngineJobs) << JobTypes::operationName(m_job.operation) << "job" << m_job.id << "ended"
                         << JobTypes::statusName(status) << (error ? error->code : QString());
    return m_job;
}

} // namespace PgVault
