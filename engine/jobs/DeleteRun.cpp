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

Result<bool> DeleteRun::removeForGood(VaultStore &store, const QSqlDatabase &database, const RecoveryPoint &point)
{
    bool held = true;
    if (Result<void> removed = store.removePoint(point.instanceId, point.id); !removed) {
        if (removed.error().code != QLatin1String("Vault.NoSuchPoint"))
            return removed.error();
        held = false;
    }
    if (Result<void> removed = PointRepository(database).remove(point.id); !removed)
        return removed.error();
    return held;
}

Result<void> DeleteRun::remove(const QSqlDatabase &database, JobRecorder &recorder)
{
    const Result<bool> removed = removeForGood(m_store, database, m_point);
    if (!removed)
        return removed.error();
    if (!removed.value())
        recorder.job().additionalDetails.insert(
            QStringLiteral("Note"), tr("The point was already gone from the vault."));
    const bool purge = m_action == Action::Purge;
    recorder.job().additionalDetails.insert(
        QStringLiteral("Action"), purge ? QStringLiteral("Purged") : QStringLiteral("Deleted"));
    recorder.output((purge ? tr("Purged deleted recovery point %1: its soft-delete days are over.\n")
                           : tr("Deleted recovery point %1.\n"))
                        .arg(m_point.id));
    return {};
}

} // namespace PgVault
