#include "engine/jobs/DeleteRun.h"

#include "engine/jobs/DeletedPoints.h"
#include "engine/vault/VaultStore.h"
#include "models/points/PointRepository.h"

namespace PgVault {

DeleteRun::DeleteRun(QString jobId, VaultStore &store, RecoveryPoint point, Action action)
    : JobRun(std::move(jobId), point.instanceId, {})
    , m_store(store)
    , m_point(std::move(point))
    , m_action(action)
{
}

void DeleteRun::setSoftDelete(const QDateTime &now, int softDeleteDays)
{
    m_now = now;
    m_softDeleteDays = softDeleteDays;
}

JobOutcome DeleteRun::perform(const QSqlDatabase &database, JobRecorder &recorder)
{
    const Result<void> done
        = m_action == Action::SoftDelete ? softDelete(database, recorder) : remove(database, recorder);
    if (!done)
        return {JobTypes::Status::Failed, done.error()};
    return {};
}

Result<void> DeleteRun::softDelete(const QSqlDatabase &database, JobRecorder &recorder)
{
    // The files stay where they are until the purge; only the point's state changes.
    const Result<RecoveryPoint> deleted
        = DeletedPoints(database, {}).softDelete(m_store, m_point, m_now, m_softDeleteDays);
    if (!deleted)
        return deleted.error();
    m_purgeAfter = deleted->purgeAfter;
    const QString purge = m_purgeAfter.toUTC().toString(Qt::ISODate);
    recorder.job().additionalDetails.insert(QStringLiteral("Action"), QStringLiteral("MovedToDeleted"));
    recorder.job().additionalDetails.insert(QStringLiteral("PurgeTime"), purge);
    recorder.output(tr("Moved recovery point %1 to deleted; it is purged on %2 unless it is undeleted before.\n")
                        .arg(m_point.id, purge));
    return {};
}

Result<void> DeleteRun::remove(const QSqlDatabase &database, JobRecorder &recorder)
{
    // Vault first: a point gone from the catalog but left in the vault would come back with the
    // next catalog rebuild and be deleted then; the reverse would leave a catalog row pointing at
    // nothing.
    if (Result<void> removed = m_store.removePoint(m_point.instanceId, m_point.id); !removed) {
        if (removed.error().code != QLatin1String("Vault.NoSuchPoint"))
            return removed.error();
        recorder.job().additionalDetails.insert(
            QStringLiteral("Note"), tr("The point was already gone from the vault."));
    }
    if (Result<void> removed = PointRepository(database).remove(m_point.id); !removed)
        return removed.error();
    const bool purge = m_action == Action::Purge;
    recorder.job().additionalDetails.insert(
        QStringLiteral("Action"), purge ? QStringLiteral("Purged") : QStringLiteral("Deleted"));
    recorder.output((purge ? tr("Purged deleted recovery point %1: its soft-delete days are over.\n")
                           : tr("Deleted recovery point %1.\n"))
                        .arg(m_point.id));
    return {};
}

} // namespace PgVault
