#include "engine/ExpiryRunner.h"

#include "engine/DefaultVault.h"
#include "engine/Logging.h"
#include "models/InstanceLeases.h"
#include "models/InstanceRepository.h"
#include "models/JobRepository.h"
#include "models/PointRepository.h"
#include "models/VaultRepository.h"

#include <QHash>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace PgVault {

QString ExpiryItem::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Deleted:
        return ExpiryRunner::tr("deleted");
    case Outcome::WouldDelete:
        return ExpiryRunner::tr("would delete");
    case Outcome::KeptNewest:
        return ExpiryRunner::tr("kept (newest)");
    case Outcome::Skipped:
        return ExpiryRunner::tr("skipped");
    case Outcome::Failed:
        return ExpiryRunner::tr("failed");
    }
    return {};
}

int ExpiryReport::count(ExpiryItem::Outcome outcome) const
{
    return int(std::count_if(
        items.cbegin(), items.cend(), [outcome](const ExpiryItem &item) { return item.outcome == outcome; }));
}

ExpiryRunner::ExpiryRunner(QSqlDatabase database, QString owner, StoreOpener opener)
    : m_database(std::move(database))
    , m_owner(std::move(owner))
    , m_opener(opener ? std::move(opener) : StoreOpener(&DefaultVault::open))
    , m_clock(systemClock())
{
}

QString ExpiryRunner::processOwner()
{
    return QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid());
}

Result<ExpiryReport> ExpiryRunner::run(
    const QDateTime &now, const QString &instanceName, bool dryRun, bool userTriggered)
{
    const InstanceRepository instances(m_database);
    QString onlyInstanceId;
    if (!instanceName.isEmpty()) {
        const Result<std::optional<BackupInstance>> found = instances.find(instanceName);
        if (!found)
            return found.error();
        if (!found->has_value())
            return InstanceRepository::notFound(instanceName);
        onlyInstanceId = found->value().id;
    }
    const PointRepository points(m_database);
    const Result<QList<RecoveryPoint>> expired = points.expiredAt(now);
    if (!expired)
        return expired.error();

    // Grouped by instance, each group oldest first, instances in order of their oldest point.
    QList<QString> order;
    QHash<QString, QList<RecoveryPoint>> byInstance;
    for (const RecoveryPoint &point : *expired) {
        if (!onlyInstanceId.isEmpty() && point.instanceId != onlyInstanceId)
            continue;
        if (!byInstance.contains(point.instanceId))
            order << point.instanceId;
        byInstance[point.instanceId] << point;
    }

    ExpiryReport report;
    for (const QString &instanceId : order) {
        const QList<RecoveryPoint> candidates = byInstance.value(instanceId);
        const Result<std::optional<BackupInstance>> instance = instances.findById(instanceId);
        if (!instance)
            return instance.error();
        if (!instance->has_value())
            continue; // removed meanwhile, and its points with it
        const BackupInstance &backupInstance = instance->value();
        const Result<QList<RecoveryPoint>> all = points.listForInstance(instanceId);
        if (!all)
            return all.error();
        const QString newestId = all->isEmpty() ? QString() : all->first().id;

        QList<ExpiryItem> planned;
        for (const RecoveryPoint &point : candidates) {
            ExpiryItem item{point, backupInstance.name, ExpiryItem::Outcome::WouldDelete, {}, {}};
            if (point.id == newestId) {
                item.outcome = ExpiryItem::Outcome::KeptNewest;
                qCInfo(lcEngineExpiry).noquote()
                    << QStringLiteral("keeping expired point %1 of %2: it is the instance's newest, which expiry "
                                      "never deletes")
                           .arg(point.id, backupInstance.name);
            }
            planned << item;
        }
        if (dryRun) {
            report.items << planned;
            continue;
        }

        std::optional<Error> skipReason;
        std::unique_ptr<VaultStore> store;
        const Result<std::optional<Vault>> vault = VaultRepository(m_database).findById(backupInstance.vaultId);
        if (!vault) {
            skipReason = vault.error();
        } else if (!vault->has_value()) {
            skipReason = Error{QStringLiteral("Vault.NotFound"),
                tr("The backup instance \"%1\" has no vault in the catalog.").arg(backupInstance.name),
                tr("Rebuild or repair the catalog (\"pgvaultctl catalog rebuild\")."),
                QStringLiteral("vault"),
                ErrorKind::BadInput};
        } else if (Result<std::unique_ptr<VaultStore>> opened = m_opener(vault->value()); !opened) {
            skipReason = opened.error();
        } else {
            store = std::move(opened).value();
        }

        for (ExpiryItem item : planned) {
            if (item.outcome == ExpiryItem::Outcome::WouldDelete && skipReason) {
                item.outcome = ExpiryItem::Outcome::Skipped;
                item.error = skipReason;
            } else if (item.outcome == ExpiryItem::Outcome::WouldDelete) {
                item = deletePoint(*store, backupInstance, item, userTriggered);
                // Busy means another job holds the instance now; leave the rest for the next pass.
                if (item.outcome == ExpiryItem::Outcome::Skipped) {
                    skipReason = item.error;
                    qCWarning(lcEngineExpiry).noquote()
                        << QStringLiteral("skipping expiry of %1: %2").arg(backupInstance.name, item.error->text());
                }
            }
            report.items << item;
        }
    }
    return report;
}

ExpiryItem ExpiryRunner::deletePoint(
    VaultStore &store, const BackupInstance &instance, const ExpiryItem &planned, bool userTriggered)
{
    ExpiryItem item = planned;
    const RecoveryPoint &point = item.point;
    const QString jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    InstanceLeases leases(m_database);
    if (Result<void> claimed = leases.claim(point.instanceId, jobId, m_owner, m_clock()); !claimed) {
        item.outcome = ExpiryItem::Outcome::Skipped;
        item.error = claimed.error();
        return item;
    }

    Job job;
    job.id = jobId;
    job.activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.operation = JobTypes::Operation::Delete;
    job.userTriggered = userTriggered;
    job.start = m_clock();
    job.instanceId = point.instanceId;
    job.instanceName = item.instanceName;
    job.datasourceName = instance.datasourceName();
    job.vaultName = instance.vaultName;
    job.policyName = instance.policyName;
    job.retentionTag = RetentionRule::tagName(point.tag);
    job.pointId = point.id;
    job.additionalDetails = {
        {QStringLiteral("Reason"), QStringLiteral("Expired")},
        {QStringLiteral("RecoveryPointTime"), point.time.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ExpiryTime"), point.expiry.toUTC().toString(Qt::ISODate)},
    };
    job.owner = m_owner;
    job.heartbeat = job.start;
    JobRepository jobs(m_database);
    if (Result<void> created = jobs.create(job); !created) {
        (void)leases.release(point.instanceId, jobId);
        item.outcome = ExpiryItem::Outcome::Failed;
        item.error = created.error();
        return item;
    }
    item.jobId = jobId;

    // Vault first: a point gone from the catalog but left in the vault would come back with the
    // next catalog rebuild and be deleted then; the reverse would leave a catalog row pointing at
    // nothing.
    std::optional<Error> failure;
    if (Result<void> removed = store.removePoint(point.instanceId, point.id); !removed) {
        if (removed.error().code == QLatin1String("Vault.NoSuchPoint"))
            job.additionalDetails.insert(QStringLiteral("Note"), tr("The point was already gone from the vault."));
        else
            failure = removed.error();
    }
    if (!failure) {
        if (Result<void> removed = PointRepository(m_database).remove(point.id); !removed)
            failure = removed.error();
    }
    job.end = m_clock();
    job.heartbeat = job.end;
    job.progress = 1;
    job.status = failure ? JobTypes::Status::Failed : JobTypes::Status::Completed;
    job.error = failure;
    if (Result<void> updated = jobs.update(job); !updated)
        qCWarning(lcEngineExpiry).noquote()
            << "could not record the end of job" << jobId << ":" << updated.error().text();
    (void)leases.release(point.instanceId, jobId);

    if (failure) {
        item.outcome = ExpiryItem::Outcome::Failed;
        item.error = failure;
        qCWarning(lcEngineExpiry).noquote()
            << "could not delete expired point" << point.id << "of" << item.instanceName << ":" << failure->text();
    } else {
        item.outcome = ExpiryItem::Outcome::Deleted;
        qCInfo(lcEngineExpiry).noquote() << QStringLiteral("deleted expired point %1 of %2 (%3, expired %4) by job %5")
                                                .arg(point.id,
                                                    item.instanceName,
                                                    job.retentionTag,
                                                    point.expiry.toUTC().toString(Qt::ISODate),
                                                    jobId);
    }
    return item;
}

} // namespace PgVault
