#include "engine/jobs/JobRun.h"

namespace PgVault {

JobRun::JobRun(QString jobId, QString instanceId, JobRecorder::Observer observer)
    : m_jobId(std::move(jobId))
    , m_instanceId(std::move(instanceId))
    , m_observer(std::move(observer))
{
}

Job JobRun::run(const Catalog &catalog)
{
    JobRecorder recorder(catalog, m_jobId, m_instanceId, m_stop, m_observer, secret());
    JobOutcome outcome = perform(catalog, recorder);
    return recorder.finish(outcome.status, std::move(outcome.error));
}

} // namespace PgVault
