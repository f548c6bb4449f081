#include "engine/instances/BackupDataDeletion.h"

#include "engine/Logging.h"
#include "engine/jobs/DeleteRun.h"
#include "engine/vault/VaultRegistry.h"
#include "engine/vault/VaultStore.h"
#include "models/points/PointRepository.h"

#include <QStringList>

namespace PgVault {

BackupDataDeletion::BackupDataDeletion(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<int> BackupDataDeletion::run(const BackupInstance &instance)
{
    Result<std::unique_ptr<VaultStore>> opened = VaultRegistry::openFor(m_database, instance);
    if (!opened)
        return opened.error();
    VaultStore &store = *opened.value();
    PointRepository points(m_database);
    const Result<QList<RecoveryPoint>> catalogued = points.listForInstance(instance.id);
    if (!catalogued)
        return catalogued.error();
    const Result<PointListing> inVault = store.listPoints(instance.id);
    if (!inVault)
        return inVault.error();
    // The vault is the truth: a point it holds without a catalog row is deleted too.
    QStringList ids;
    for (const RecoveryPoint &point : *catalogued)
        ids << point.id;
    for (const PointManifest &manifest : inVault->points) {
        if (!ids.contains(manifest.pointId()))
            ids << manifest.pointId();
    }

    int deleted = 0;
    QStringList left;
    for (const QString &id : std::as_const(ids)) {
        RecoveryPoint point;
        point.id = id;
        point.instanceId = instance.id;
        if (const Result<bool> removed = DeleteRun::removeForGood(store, m_database, point); !removed) {
            left << tr("%1: %2").arg(id, removed.error().text());
            continue;
        }
        ++deleted;
        qCInfo(lcEngineProtection).noquote()
            << QStringLiteral("deleted recovery point %1 of %2 (protection stopped, delete data)")
                   .arg(id, instance.name);
    }
    if (left.isEmpty()) {
        if (Result<void> removed = store.removeInstance(instance.id); !removed)
            left << tr("the folder of the backup instance in the vault: %1").arg(removed.error().text());
    }
    if (!left.isEmpty()) {
        qCWarning(lcEngineProtection).noquote() << QStringLiteral("deleting the data of %1 left %2 item(s): %3")
                                                       .arg(instance.name)
                                                       .arg(left.size())
                                                       .arg(left.join(QStringLiteral("; ")));
        return Error{QStringLiteral("Instance.DeleteDataIncomplete"),
            tr("%n item(s) of the backup data of \"%1\" could not be deleted (%2 recovery point(s) were): %3",
                nullptr,
                int(left.size()))
                .arg(instance.name)
                .arg(deleted)
                .arg(left.join(QStringLiteral("; "))),
            tr("Protection of the instance is stopped and what is left stays listed and restorable. Fix the cause "
               "named above, then stop protection with \"delete backup data\" again."),
            QStringLiteral("instance"),
            ErrorKind::Environment};
    }
    return deleted;
}

} // namespace PgVault
