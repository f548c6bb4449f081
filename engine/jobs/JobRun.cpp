#include "engine/jobs/JobRun.h"

#include "engine/Logging.h"
#include "models/instances/InstanceLeases.h"
#include "models/jobs/JobRepository.h"

namespace PgVault {

JobRun::JobRun(QString jobId, QString instanceId, JobRecorder::Observer observer)
    : m_jobId(std::move(jobId))
    , m_instanceId(std::move(instanceId))
    , m_observer(std::move(observer))
{
}

Result<void> JobRun::begin(const QSqlDatabase &database, const Job &job)
{
    InstanceLeases leases(database);
    if (Result<void> claimed = leases.claim(job.instanceId, job.id, job.owner, job.start); !claimed)
        return claimed.error();
    if (Result<void> created = JobRepository(database).create(job); !created) {
        leases.releaseAfterFailure(job.instanceId, job.id);
        return created.error();
    }
    return {};
}

void JobRun::end(const QSqlDatabase &database, const QString &instanceId, const QString &jobId)
{
    // An unreleased lease only delays the next job until it expires (InstanceLeases::TtlMs).
    if (Result<void> released = InstanceLeases(database).release(instanceId, jobId); !released)
        qCWarning(lcEngineJobs) << "cannot release the lease of job" << jobId << released.error().message;
}

Job JobRun::run(const QSqlDatabase &database)
{
    JobRecorder recorder(database, m_jobId, m_instanceId, m_stop, m_observer, secret(), m_clock);
    JobOutcome outcome = perform(database, recorder);
    return recorder.finish(outcome.status, std::move(outcome.error));
}

Result<Job> JobRun::runHere(const QSqlDatabase &database, const Job &job)
{
    Q_ASSERT(job.id == m_jobId && job.instanceId == m_instanceId);
    if (Result<void> begun = begin(database, job); !begun)
        return begun.error();
    Job ended = run(database);
    end(database, m_instanceId, m_jobId);
    return ended;
}

} // namespace PgVault
