#pragma once

#include "engine/jobs/JobRecorder.h"
#include "models/Clock.h"
#include "models/Result.h"
#include "models/jobs/Job.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace PgVault {

/// How a job's work ended: the status to record and, unless it completed cleanly, why.
struct JobOutcome
{
    JobTypes::Status status = JobTypes::Status::Completed;
    std::optional<Error> error;
};

/// The one job runtime every operation runs on (backup, restore, verify, delete): begin() claims
/// the instance's lease and records the job row; run() keeps the row current through a
/// JobRecorder (output, progress, heartbeat, lease renewal, cancel requests from other
/// processes) around the subclass's perform() and records the end; end() releases the lease.
/// JobRunner does that on a worker thread for long jobs; runHere() does it on the calling
/// thread for short ones decided where they run (expiry's Delete jobs). cancel() may come from
/// any thread at any time, also before run() has started.
class JobRun
{
public:
    JobRun(QString jobId, QString instanceId, JobRecorder::Observer observer);
    virtual ~JobRun() = default;
    JobRun(const JobRun &) = delete;
    JobRun &operator=(const JobRun &) = delete;

    /// Claims the lease of job.instanceId for job.id and records `job`: every job starts here.
    /// Nothing is left behind when it fails (the instance is busy — naming its job —, or the
    /// catalog cannot be written).
    static Result<void> begin(const QSqlDatabase &database, const Job &job);
    /// Releases the lease begin() claimed, once the job has ended.
    static void end(const QSqlDatabase &database, const QString &instanceId, const QString &jobId);

    /// Runs the job begun with this run's id to its end on the calling thread and returns it as
    /// recorded. `database` is a connection of this thread.
    Job run(const QSqlDatabase &database);

    /// begin(), run() and end() on the calling thread; `job.id` and `job.instanceId` must be this
    /// run's. Fails only when the job could not begin; a job that ran returns as recorded,
    /// whatever its status.
    Result<Job> runHere(const QSqlDatabase &database, const Job &job);

    /// What dates the job's end (default: the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Asks the run to stop (any thread): its child processes are killed, its partial work
    /// removed, and it ends Cancelled.
    void cancel() { m_stop.cancel(); }

    QString jobId() const { return m_jobId; }

protected:
    /// The job's work, on the run thread. Poll recorder.stopped() (or hand recorder.stopFlag() to
    /// whatever blocks) and call recorder.tick() often.
    virtual JobOutcome perform(const QSqlDatabase &database, JobRecorder &recorder) = 0;
    /// A secret the job holds (a password), scrubbed from every output line.
    virtual QString secret() const { return {}; }

private:
    QString m_jobId;
    QString m_instanceId;
    JobRecorder::Observer m_observer;
    JobStop m_stop;
    Clock m_clock = systemClock();
};

} // namespace PgVault
