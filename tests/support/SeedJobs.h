#pragma once

#include "models/jobs/JobRepository.h"

#include <QUuid>

namespace PgVault::Test {

/// The Jobs tests' catalog: for each of the last three days one job of every operation (scheduled
/// and on-demand backup, restore, delete, verify) in every status, alternating between the
/// instances "alpha" and "beta". Day 0 (the last 24 hours) thus holds 25 jobs, 5 per status and
/// 5 per operation. Running jobs have a fresh heartbeat so they are not taken for abandoned.
struct SeedJobs
{
    static constexpr int PerDay = 25;

    static QList<Job> make(const QDateTime &now)
    {
        const JobTypes::Status statuses[] = {JobTypes::Status::InProgress,
            JobTypes::Status::Completed,
            JobTypes::Status::CompletedWithWarnings,
            JobTypes::Status::Failed,
            JobTypes::Status::Cancelled};
        struct Kind
        {
            JobTypes::Operation operation;
            bool userTriggered;
        };
        const Kind kinds[] = {{JobTypes::Operation::Backup, false},
            {JobTypes::Operation::Backup, true},
            {JobTypes::Operation::Restore, true},
            {JobTypes::Operation::Delete, false},
            {JobTypes::Operation::Verify, false}};
        QList<Job> jobs;
        int n = 0;
        for (int day = 0; day < 3; ++day) {
            for (const Kind &kind : kinds) {
                for (JobTypes::Status status : statuses) {
                    Job job;
                    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    job.activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    job.operation = kind.operation;
                    job.userTriggered = kind.userTriggered;
                    job.status = status;
                    job.start = now.addSecs(-(qint64(day) * 86400 + 600 + n % PerDay * 1800));
                    job.instanceName = n % 2 == 0 ? QStringLiteral("alpha") : QStringLiteral("beta");
                    job.datasourceName = job.instanceName + QStringLiteral(".example.org");
                    job.vaultName = QStringLiteral("local");
                    job.policyName = QStringLiteral("Daily");
                    job.retentionTag = QStringLiteral("Default");
                    job.bytesTransferred = 1024 * 1024 * (n + 1);
                    job.progress = JobTypes::isFinished(status) ? 1.0 : 0.4;
                    job.heartbeat = JobTypes::isFinished(status) ? job.start.addSecs(300) : now;
                    if (JobTypes::isFinished(status))
                        job.end = job.start.addSecs(300 + n);
                    if (status == JobTypes::Status::Failed) {
                        job.error = Error{QStringLiteral("Backup.DumpFailed"),
                            QStringLiteral("pg_dump of database \"shop\" failed: connection refused."),
                            QStringLiteral("Check that the server is running and reachable."),
                            {}};
                        job.output = QStringLiteral("pg_dump: error: connection to server failed\n");
                    }
                    if (kind.operation == JobTypes::Operation::Backup && status == JobTypes::Status::Completed)
                        job.pointId = QStringLiteral("point-%1").arg(n);
                    job.additionalDetails.insert(QStringLiteral("RetentionTag"), job.retentionTag);
                    job.subTasks = {SubTask{1, QStringLiteral("Dump database shop"), status, job.progress, {}},
                        SubTask{2, QStringLiteral("Roles script"), JobTypes::Status::Completed, 1.0, {}}};
                    jobs << job;
                    ++n;
                }
            }
        }
        return jobs;
    }

    static Result<QList<Job>> seed(JobRepository &repository, const QDateTime &now)
    {
        const QList<Job> jobs = make(now);
        for (const Job &job : jobs) {
            if (Result<void> created = repository.create(job); !created)
                return created.error();
        }
        return jobs;
    }
};

} // namespace PgVault::Test
