#pragma once

#include "engine/jobs/JobRecorder.h"
#include "models/Result.h"
#include "models/jobs/Job.h"

#include <QString>

#include <optional>

namespace PgVault {

class Catalog;

/// How a job's work ended: the status to record and, unless it completed cleanly, why.
struct JobOutcome
{
    JobTypes::Status status = JobTypes::Status::Completed;
    std::optional<Error> error;
};

/// The one job runtime every operation runs on (backup, restore, verify): JobRunner claims the
/// instance's lease, records the job row and calls run() on a worker thread; run() keeps the row
/// current through a JobRecorder (output, progress, heartbeat, lease renewal, cancel requests
/// from other processes) around the subclass's perform(), and records the end. cancel() may come
/// from any thread at any time, also before run() has started.
class JobRun
{
public:
    JobRun(QString jobId, QString instanceId, JobRecorder::Observer observer);
    virtual ~JobRun() = default;
    JobRun(const JobRun &) = delete;
    JobRun &operator=(const JobRun &) = delete;

    /// Runs the job to its end on the calling thread and returns it as recorded. `catalog` must
    /// have been opened on this thread.
    Job run(const Catalog &catalog);

    /// Asks the run to stop (any thread): its child processes are killed, its partial work
    /// removed, and it ends Cancelled.
    void cancel() { m_stop.cancel(); }

    QString jobId() const { return m_jobId; }

protected:
    /// The job's work, on the run thread. Poll recorder.stopped() (or hand recorder.stopFlag() to
    /// whatever blocks) and call recorder.tick() often.
    virtual JobOutcome perform(const Catalog &catalog, JobRecorder &recorder) = 0;
    /// A secret the job holds (a password), scrubbed from every output line.
    virtual QString secret() const { return {}; }

private:
    QString m_jobId;
    QString m_instanceId;
    JobRecorder::Observer m_observer;
    JobStop m_stop;
};

} // namespace PgVault
