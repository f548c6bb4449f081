#pragma once

#include "models/ProcessIdentity.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace PgVault {

/// One operation at a time per backup instance, across every process sharing the catalog: a job
/// claims a lease on its instance and renews it with a heartbeat; a lease whose holder stopped
/// renewing expires and can be taken over. Each lease records the process holding it
/// (ProcessIdentity), so one whose holder is known to have ended (killed on this machine) can be
/// taken over at once rather than after TtlMs.
class InstanceLeases
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::InstanceLeases)

public:
    /// How long a lease lives without a heartbeat. Runners renew it every TtlMs / 4.
    static constexpr qint64 TtlMs = qint64{60} * 1000;

    explicit InstanceLeases(const QSqlDatabase &database);

    /// Takes the instance for the job, held by this process, or fails ("Instance.Busy") naming the
    /// job that holds it.
    Result<void> claim(const QString &instanceId, const QString &jobId, const QString &owner, const QDateTime &now);
    /// claim() for a lease held by `holder` (a process doing the work for this one).
    Result<void> claim(const QString &instanceId,
        const QString &jobId,
        const QString &owner,
        const QDateTime &now,
        const ProcessIdentity &holder);
    /// Extends the lease; fails if the job no longer holds it (it expired and was taken over).
    Result<void> renew(const QString &instanceId, const QString &jobId, const QDateTime &now);
    Result<void> release(const QString &instanceId, const QString &jobId);
    /// release() on a path that already reports another error: a failure here is only logged,
    /// since the lease expires by itself after TtlMs.
    void releaseAfterFailure(const QString &instanceId, const QString &jobId);

private:
    QSqlDatabase m_database;
};

} // namespace PgVault
