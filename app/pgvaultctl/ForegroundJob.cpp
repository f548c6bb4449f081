#include "app/pgvaultctl/ForegroundJob.h"

#include "app/pgvaultctl/StopSignals.h"
#include "engine/jobs/JobRunner.h"
#include "models/Catalog.h"
#include "models/jobs/JobRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace PgVault::Ctl {

Result<Job> ForegroundJob::run(
    const Catalog &catalog, const QString &catalogPath, const QString &what, const Start &start)
{
    QTextStream err(stderr);
    const QLocale locale;
    JobRunner runner(catalogPath);
    QEventLoop loop;
    QString jobId;
    std::optional<Error> startError;
    bool cancelRequested = false;
    QElapsedTimer sinceReport;
    QObject::connect(&runner, &JobRunner::jobProgressed, &loop, [&](const QString &, double progress, qint64 bytes) {
        if (cancelRequested || (sinceReport.isValid() && sinceReport.elapsed() < 2000))
            return;
        sinceReport.start();
        err << tr("pgvaultctl: %1 %2: %3% (%4)\n")
                   .arg(what, jobId)
                   .arg(int(progress * 100))
                   .arg(locale.formattedDataSize(bytes));
        err.flush();
    });
    QObject::connect(&runner, &JobRunner::jobFinished, &loop, [&](const QString &id, JobTypes::Status) {
        if (jobId.isEmpty())
            jobId = id; // a job that ended before its start was reported
        loop.quit();
    });

    // Ctrl+C or SIGTERM cancels the job the way "pgvaultctl job cancel" does — its child processes
    // stop, a partial point is removed, it ends Cancelled — instead of leaving it InProgress.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::received, &loop, [&] {
        cancelRequested = true;
        err << (jobId.isEmpty()
                ? tr("pgvaultctl: cancelling the %1 job (interrupt again to quit at once).\n").arg(what)
                : tr("pgvaultctl: cancelling %1 job %2 (interrupt again to quit at once).\n").arg(what, jobId));
        err.flush();
        if (!jobId.isEmpty())
            runner.cancel(jobId);
    });

    start(runner, [&](const Result<QString> &started) {
        if (!started) {
            startError = started.error();
            loop.quit();
            return;
        }
        jobId = started.value();
        err << tr("pgvaultctl: started %1 job %2.\n").arg(what, jobId);
        err.flush();
        if (cancelRequested) // the signal came while the job was starting
            runner.cancel(jobId);
    });
    loop.exec();
    if (startError)
        return *startError;
    runner.waitForAll();
    const Result<std::optional<Job>> job = JobRepository(catalog.database()).find(jobId);
    if (!job)
        return job.error();
    if (!job->has_value())
        return Error{QStringLiteral("Job.NotFound"),
            tr("Job %1 ended, but its record cannot be read.").arg(jobId),
            tr("Check the catalog with \"pgvaultctl jobs\"."),
            {},
            ErrorKind::BadInput};
    return job->value();
}

std::optional<QString> ForegroundJob::readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString ForegroundJob::interruptHelp()
{
    return tr("Ctrl+C or SIGTERM cancels the job: its PostgreSQL programs are stopped, nothing half-done is kept "
              "and the job ends Cancelled; a second Ctrl+C quits at once.");
}

} // namespace PgVault::Ctl
