#pragma once

#include "engine/JobRecorder.h"
#include "engine/RestoreRequest.h"
#include "models/Job.h"

#include <QCoreApplication>

#include <atomic>

namespace PgVault {

class Catalog;

/// One restore of a recovery point, blocking on the calling thread: to a folder as files
/// (RestoreToFolder) or into a server (RestoreToServer), recorded in the job row with a sub-task
/// per file or database, the point id and the file prefix. JobRunner runs it on a worker thread
/// holding the instance's lease; it does not claim or release the lease itself.
class RestoreRunner
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RestoreRunner)

public:
    RestoreRunner(RestoreRequest request, JobRecorder::Observer observer = {});

    /// Runs to the end and returns the job as recorded. `catalog` must be opened on this thread.
    Job run(const Catalog &catalog);
    /// Asks the run to stop (any thread).
    void cancel();

private:
    RestoreRequest m_request;
    JobRecorder::Observer m_observer;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<JobRecorder *> m_recorder{nullptr};
};

} // namespace PgVault
