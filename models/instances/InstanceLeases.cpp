#include "models/instances/InstanceLeases.h"

#include "models/Logging.h"
#include "models/SqlSupport.h"
#include "models/jobs/Job.h"
#include "models/jobs/JobRepository.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace PgVault {

InstanceLeases::InstanceLeases(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<void> InstanceLeases::claim(
    const QString &instanceId, const QString &jobId, const QString &owner, const QDateTime &now)
{
    return claim(instanceId, jobId, owner, now, ProcessIdentity::current());
}

Result<void> InstanceLeases::claim(const QString &instanceId,
    const QString &jobId,
    const QString &owner,
    const QDateTime &now,
    const ProcessIdentity &holder)
{
    return Sql::immediateTransaction(m_database, tr("claim the backup instance"), [&]() -> Result<void> {
        QSqlQuery held(m_database);
        held.prepare(QStringLiteral("SELECT l.job_id, l.owner, j.operation, j.user_triggered, j.start_ms, "
                                    "l.holder_host, l.holder_system, l.holder_pid, l.holder_start "
                                    "FROM instance_leases l LEFT JOIN jobs j ON j.id = l.job_id "
                                    "WHERE l.instance_id = ? AND l.expires_ms > ?"));
        held.addBindValue(instanceId);
        held.addBindValue(now.toMSecsSinceEpoch());
        if (Result<void> done = Sql::exec(held, tr("claim the backup instance")); !done)
            return done;
        const bool heldByOther = held.next() && held.value(0).toString() != jobId;
        const ProcessIdentity otherHolder = heldByOther ? ProcessIdentity{held.value(5).toString(),
                                                held.value(6).toString(),
                                                held.value(7).toLongLong(),
                                                held.value(8).toLongLong()}
                                                        : ProcessIdentity{};
        if (heldByOther && otherHolder.hasEnded()) {
            // Killed or crashed without releasing it: nobody can renew this lease any more.
            qCInfo(lcModelsLeases).noquote() << "taking over the lease of job" << held.value(0).toString()
                                             << "on instance" << instanceId << "from ended process" << otherHolder.pid;
            // Its job can never finish now: say so at once, not only when the sweep for silent jobs
            // comes by minutes later, so the job list never shows it running beside the new one.
            if (Result<bool> failed = JobRepository(m_database).failAbandonedJob(held.value(0).toString()); !failed)
                return failed.error();
        } else if (heldByOther) {
            const auto operation = JobTypes::operationFromName(held.value(2).toString());
            const QString what = operation ? JobTypes::operationDisplayName(*operation, held.value(3).toInt() != 0)
                                           : tr("An operation");
            const QDateTime started = Sql::toTime(held.value(4)).toLocalTime();
            return Error{QStringLiteral("Instance.Busy"),
                tr("%1 job %2 (started %3 by %4) is already running on this backup instance.")
                    .arg(what, held.value(0).toString(), started.toString(Qt::ISODate), held.value(1).toString()),
                tr("Wait for it to finish, or cancel it (in Jobs, or \"pgvaultctl job cancel %1\"); one operation "
                   "runs at a time per backup instance.")
                    .arg(held.value(0).toString()),
                QStringLiteral("instance")};
        }
        QSqlQuery take(m_database);
        take.prepare(QStringLiteral("INSERT OR REPLACE INTO instance_leases (instance_id, job_id, owner, expires_ms, "
                                    "holder_host, holder_system, holder_pid, holder_start) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        take.addBindValue(instanceId);
        take.addBindValue(jobId);
        take.addBindValue(owner);
        take.addBindValue(now.toMSecsSinceEpoch() + TtlMs);
        take.addBindValue(Sql::text(holder.host));
        take.addBindValue(Sql::text(holder.system));
        take.addBindValue(holder.pid);
        take.addBindValue(holder.startTicks);
        return Sql::exec(take, tr("claim the backup instance"));
    });
}

Result<void> InstanceLeases::renew(const QString &instanceId, const QString &jobId, const QDateTime &now)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE instance_leases SET expires_ms = ? WHERE instance_id = ? AND job_id = ?"));
    query.addBindValue(now.toMSecsSinceEpoch() + TtlMs);
    query.addBindValue(instanceId);
    query.addBindValue(jobId);
    if (Result<void> done = Sql::exec(query, tr("renew the lease on the backup instance")); !done)
        return done;
    if (query.numRowsAffected() == 0) {
        return Error{QStringLiteral("Instance.LeaseLost"),
            tr("This job lost its lease on the backup instance; another process took it over."),
            tr("The job stops; run it again when the other operation has finished."),
            QStringLiteral("instance")};
    }
    return {};
}

Result<void> InstanceLeases::release(const QString &instanceId, const QString &jobId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM instance_leases WHERE instance_id = ? AND job_id = ?"));
    query.addBindValue(instanceId);
    query.addBindValue(jobId);
    return Sql::exec(query, tr("release the backup instance"));
}

void InstanceLeases::releaseAfterFailure(const QString &instanceId, const QString &jobId)
{
    if (const Result<void> released = release(instanceId, jobId); !released)
        qCWarning(lcModelsCatalog).noquote() << "lease of job" << jobId << "not released:" << released.error().text();
}

} // namespace PgVault
