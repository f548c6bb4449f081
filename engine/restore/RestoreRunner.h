#pragma once

#include "engine/jobs/JobRun.h"
#include "engine/restore/RestoreRequest.h"

#include <QCoreApplication>

namespace PgVault {

/// One restore of a recovery point, blocking on the calling thread: to a folder as files
/// (RestoreToFolder) or into a server (RestoreToServer), recorded in the job row with a sub-task
/// per file or database, the point id and the file prefix. JobRunner runs it on a worker thread
/// holding the instance's lease; it does not claim or release the lease itself.
class RestoreRunner final : public JobRun
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RestoreRunner)

public:
    RestoreRunner(RestoreRequest request, JobRecorder::Observer observer = {});

protected:
    JobOutcome perform(const QSqlDatabase &database, JobRecorder &recorder) override;
    QString secret() const override { return m_request.server.password; }

private:
    RestoreRequest m_request;
};

} // namespace PgVault
