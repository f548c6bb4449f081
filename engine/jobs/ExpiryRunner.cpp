#include "engine/jobs/ExpiryRunner.h"

#include "engine/Logging.h"
#include "engine/jobs/DeleteRun.h"
#include "engine/vault/CatalogRebuilder.h"
#include "engine/vault/VaultRegistry.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"
#include "models/vaults/VaultRepository.h"

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
    case Outcome::SoftDeleted:
        return ExpiryRunner::tr("moved to deleted");
    case Outcome::WouldSoftDelete:
        return ExpiryRunner::tr("would move to deleted");
    case Outcome::Purged:
        return ExpiryRunner::tr("purged");
    case Outcome::WouldPurge:
        return ExpiryRunner::tr("would purge");
    case Outcome::KeptNewest:
        return ExpiryRunner::tr("kept (newest)");
    case Outcome::KeptMinimum:
        return ExpiryRunner::tr("kept (minimum)");
    case Outcome::Refused:
        return ExpiryRunner::tr("kept (clock ahead)");
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

ExpiryRunner::ExpiryRunner(const QSqlDatabase &database, QString owner, StoreOpener opener)
    : m_database(database)
    , m_owner(std::move(owner))
    , m_opener(opener ? std::move(opener) : StoreOpener(&VaultRegistry::open))
    , m_clock(systemClock())
{
}

QString ExpiryRunner::processOwner()
{
    return QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid());
}

Result<VaultStore *> ExpiryRunner::storeFor(const BackupInstance &instance)
{
    const auto cached = m_stores.find(instance.vaultId);
    if (cached != m_stores.end())
        return cached->second.get();
    const Result<std::optional<Vault>> vault = VaultRepository(m_database).findById(instance.vaultId);
    if (!vault)
        return vault.error();
    if (!vault->has_value()) {
        return Error{QStringLiteral("Vault.NotFound"),
            tr("The backup instance \"%1\" has no vault in the catalog.").arg(instance.name),
            tr("Rebuild or repair the catalog (\"pgvaultctl catalog rebuild\")."),
            QStringLiteral("vault")};
    }
    Result<std::unique_ptr<VaultStore>> opened = m_opener(vault->value());
    if (!opened)
        return opened.error();
    VaultStore *store = opened.value().get();
    m_stores.emplace(instance.vaultId, std::move(opened).value());
    return store;
}

void ExpiryRunner::indexUncatalogued(const QString &onlyInstanceId)
{
    const Result<QList<BackupInstance>> instances = InstanceRepository(m_database).list();
    if (!instances) {
        qCWarning(lcEngineExpiry).noquote()
            << "cannot index points missing from the catalog:" << instances.error().text();
        return;
    }
    CatalogRebuilder indexer(m_database, m_opener);
    for (const BackupInstance &instance : *instances) {
        if (!onlyInstanceId.isEmpty() && instance.id != onlyInstanceId)
            continue;
        // Not fatal: the points that are catalogued still expire, and the next run tries again.
        const Result<VaultStore *> store = storeFor(instance);
        const Result<QStringList> indexed
            = store ? indexer.indexUncatalogued(**store, instance) : Result<QStringList>(store.error());
        if (!indexed)
            qCWarning(lcEngineExpiry).noquote()
                << QStringLiteral("cannot index the points of %1 missing from the catalog: %2")
                       .arg(instance.name, indexed.error().text());
    }
}

Result<ExpiryReport> ExpiryRunner::run(
    const QDateTime &now, const QString &instanceName, bool dryRun, bool userTriggered)
{
    m_stores.clear();
    m_softDeleteDays.clear();
    const Result<QList<Vault>> vaults = VaultRepository(m_database).list();
    if (!vaults)
        return vaults.error();
    for (const Vault &vault : *vaults)
        m_softDeleteDays.insert(vault.id, vault.softDeleteDays);
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
    // Judged before anything below is dated by the clock.
    ClockVerdict clock;
    if (m_clockVerdict) {
        clock = *m_clockVerdict;
    } else {
        ClockCheck check(m_database);
        const Result<ClockVerdict> judged = dryRun ? check.evaluate(now) : check.check(now);
        if (!judged)
            return judged.error();
        clock = *judged;
    }
    if (!dryRun && m_indexUncatalogued)
        indexUncatalogued(onlyInstanceId);

    const PointRepository points(m_database);
    const Result<QList<RecoveryPoint>> expired = points.expiredAt(now);
    if (!expired)
        return expired.error();
    const Result<QList<RecoveryPoint>> purgeDue = points.purgeDueAt(now);
    if (!purgeDue)
        return purgeDue.error();

    // Grouped by instance, each group's expired points oldest first and then its deleted points
    // due for purging, instances in order of their oldest point.
    QList<QString> order;
    QHash<QString, QList<RecoveryPoint>> byInstance;
    for (const QList<RecoveryPoint> *list : {&expired.value(), &purgeDue.value()}) {
        for (const RecoveryPoint &point : *list) {
            if (!onlyInstanceId.isEmpty() && point.instanceId != onlyInstanceId)
                continue;
            if (!byInstance.contains(point.instanceId))
                order << point.instanceId;
            byInstance[point.instanceId] << point;
        }
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
        const int softDeleteDays = m_softDeleteDays.value(backupInstance.vaultId, 0);
        // The live points only: a deleted point is not one of the newest an instance keeps.
        const Result<QList<RecoveryPoint>> all = points.listForInstance(instanceId);
        if (!all)
            return all.error();
        // The newest points, not counting those a clock that was ahead dated in the future: they
        // are not expired anyway, and may be older than they claim.
        QStringList keptIds;
        for (const RecoveryPoint &point : *all) {
            if (keptIds.size() == MinimumPointsKept)
                break;
            if (!ClockTrust::isFutureDated(point.time, now))
                keptIds << point.id;
        }

        QList<ExpiryItem> planned;
        for (const RecoveryPoint &point : candidates) {
            ExpiryItem item{point, backupInstance.name, ExpiryItem::Outcome::WouldDelete, {}, {}, {}};
            if (point.isDeleted()) {
                // Its soft-delete days are over; the newest-points rule kept it live already once.
                item.outcome = ExpiryItem::Outcome::WouldPurge;
            } else if (!keptIds.isEmpty() && point.id == keptIds.constFirst()) {
                item.outcome = ExpiryItem::Outcome::KeptNewest;
                qCInfo(lcEngineExpiry).noquote()
                    << QStringLiteral("keeping expired point %1 of %2: it is the instance's newest, which expiry "
                                      "never deletes")
                           .arg(point.id, backupInstance.name);
            } else if (keptIds.contains(point.id)) {
                item.outcome = ExpiryItem::Outcome::KeptMinimum;
                qCInfo(lcEngineExpiry).noquote()
                    << QStringLiteral("keeping expired point %1 of %2: expiry always keeps the instance's %3 newest")
                           .arg(point.id, backupInstance.name)
                           .arg(MinimumPointsKept);
            } else if (softDeleteDays > 0) {
                item.outcome = ExpiryItem::Outcome::WouldSoftDelete;
                item.purgeAfter = now.toUTC().addDays(softDeleteDays);
            }
            const bool changes = item.outcome == ExpiryItem::Outcome::WouldDelete
                || item.outcome == ExpiryItem::Outcome::WouldSoftDelete
                || item.outcome == ExpiryItem::Outcome::WouldPurge;
            if (changes && !clock.trusted) {
                item.outcome = ExpiryItem::Outcome::Refused;
                item.error = clock.refusal();
                item.purgeAfter = QDateTime();
            }
            planned << item;
        }
        if (dryRun) {
            report.items << planned;
            continue;
        }
        const bool refused = std::any_of(planned.cbegin(), planned.cend(), [](const ExpiryItem &item) {
            return item.outcome == ExpiryItem::Outcome::Refused;
        });
        if (refused) {
            const QString jobId = recordRefusal(backupInstance, planned, clock, userTriggered);
            for (ExpiryItem &item : planned) {
                if (item.outcome == ExpiryItem::Outcome::Refused)
                    item.jobId = jobId;
            }
            report.items << planned;
            continue;
        }

        std::optional<Error> skipReason;
        VaultStore *store = nullptr;
        if (const Result<VaultStore *> opened = storeFor(backupInstance); !opened)
            skipReason = opened.error();
        else
            store = *opened;

        for (ExpiryItem item : planned) {
            const bool toDo = item.outcome == ExpiryItem::Outcome::WouldDelete
                || item.outcome == ExpiryItem::Outcome::WouldSoftDelete
                || item.outcome == ExpiryItem::Outcome::WouldPurge;
            if (toDo && skipReason) {
                item.outcome = ExpiryItem::Outcome::Skipped;
                item.error = skipReason;
                item.purgeAfter = QDateTime();
            } else if (toDo) {
                item = deletePoint(*store, backupInstance, item, softDeleteDays, now, userTriggered);
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
    m_stores.clear();
    return report;
}

QString ExpiryRunner::recordRefusal(
    const BackupInstance &instance, const QList<ExpiryItem> &refused, const ClockVerdict &verdict, bool userTriggered)
{
    const Error error = verdict.refusal();
    const QString doubtedSince = verdict.doubtedSince.toUTC().toString(Qt::ISODateWithMs);
    JobRepository jobs(m_database);
    JobFilter filter;
    filter.operation = JobTypes::Operation::Delete;
    filter.instanceName = instance.name;
    // While the clock is doubted expiry records no other Delete job, so the newest few hold it.
    if (const Result<QList<Job>> recorded = jobs.list(filter, 0, 50); recorded) {
        for (const Job &job : *recorded) {
            if (job.error && job.error->code == error.code
                && job.additionalDetails.value(QStringLiteral("DoubtedSince")) == doubtedSince)
                return job.id;
        }
    }

    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.operation = JobTypes::Operation::Delete;
    job.userTriggered = userTriggered;
    job.status = JobTypes::Status::Failed;
    job.start = m_clock();
    job.end = job.start;
    job.heartbeat = job.start;
    job.progress = 1;
    job.instanceId = instance.id;
    job.instanceName = instance.name;
    job.datasourceName = instance.datasourceName();
    job.vaultName = instance.vaultName;
    job.policyName = instance.policyName;
    job.owner = m_owner;
    job.error = error;
    job.additionalDetails = {
        {QStringLiteral("Reason"), QStringLiteral("ClockAhead")},
        {QStringLiteral("ClockTime"), verdict.now.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("TrustedTime"), verdict.reference.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("DoubtedSince"), doubtedSince},
    };
    QStringList lines{error.text()};
    int count = 0;
    for (const ExpiryItem &item : refused) {
        if (item.outcome != ExpiryItem::Outcome::Refused)
            continue;
        ++count;
        if (item.point.isDeleted()) {
            lines << tr("Kept deleted recovery point %1 (%2, %3), which is purged %4 by this clock.")
                         .arg(item.point.id,
                             item.point.time.toUTC().toString(Qt::ISODate),
                             RetentionRule::tagName(item.point.tag),
                             item.point.purgeAfter.toUTC().toString(Qt::ISODate));
            continue;
        }
        lines << tr("Kept recovery point %1 (%2, %3), which expires %4 by this clock.")
                     .arg(item.point.id,
                         item.point.time.toUTC().toString(Qt::ISODate),
                         RetentionRule::tagName(item.point.tag),
                         item.point.expiry.toUTC().toString(Qt::ISODate));
    }
    job.additionalDetails.insert(QStringLiteral("PointsKept"), QString::number(count));
    job.output = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (Result<void> created = jobs.create(job); !created) {
        qCWarning(lcEngineExpiry).noquote()
            << "could not record why expiry of" << instance.name << "deleted nothing:" << created.error().text();
        return {};
    }
    qCWarning(lcEngineExpiry).noquote() << QStringLiteral(
        "kept %1 expired point(s) of %2: the clock is not trusted (job %3)")
                                               .arg(count)
                                               .arg(instance.name, job.id);
    return job.id;
}

ExpiryItem ExpiryRunner::deletePoint(VaultStore &store,
    const BackupInstance &instance,
    const ExpiryItem &planned,
    int softDeleteDays,
    const QDateTime &now,
    bool userTriggered)
{
    ExpiryItem item = planned;
    const RecoveryPoint &point = item.point;
    const bool purge = planned.outcome == ExpiryItem::Outcome::WouldPurge;
    const bool soft = planned.outcome == ExpiryItem::Outcome::WouldSoftDelete;
    item.purgeAfter = QDateTime();

    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
        {QStringLiteral("Reason"), purge ? QStringLiteral("SoftDeleteEnded") : QStringLiteral("Expired")},
        {QStringLiteral("RecoveryPointTime"), point.time.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ExpiryTime"), point.expiry.toUTC().toString(Qt::ISODate)},
    };
    if (purge) {
        job.additionalDetails.insert(QStringLiteral("DeletedTime"), point.deleted.toUTC().toString(Qt::ISODate));
        job.additionalDetails.insert(QStringLiteral("PurgeTime"), point.purgeAfter.toUTC().toString(Qt::ISODate));
    }
    job.owner = m_owner;
    job.heartbeat = job.start;

    DeleteRun run(job.id,
        store,
        point,
        soft ? DeleteRun::Action::SoftDelete : (purge ? DeleteRun::Action::Purge : DeleteRun::Action::Delete));
    run.setSoftDelete(now, softDeleteDays);
    run.setClock(m_clock);
    const Result<Job> ran = run.runHere(m_database, job);
    if (!ran) {
        // Not begun: the instance is busy with another job (retried on the next pass), or the
        // catalog cannot be written.
        item.outcome = ran.error().code == QLatin1String("Instance.Busy") ? ExpiryItem::Outcome::Skipped
                                                                          : ExpiryItem::Outcome::Failed;
        item.error = ran.error();
        return item;
    }
    item.jobId = job.id;
    const QString jobId = job.id;
    const std::optional<Error> failure = ran->status == JobTypes::Status::Completed ? std::nullopt : ran->error;
    if (!failure && soft)
        item.purgeAfter = run.purgeAfter();

    if (failure) {
        item.outcome = ExpiryItem::Outcome::Failed;
        item.error = failure;
        qCWarning(lcEngineExpiry).noquote()
            << "could not delete expired point" << point.id << "of" << item.instanceName << ":" << failure->text();
    } else if (soft) {
        item.outcome = ExpiryItem::Outcome::SoftDeleted;
        qCInfo(lcEngineExpiry).noquote() << QStringLiteral(
            "moved expired point %1 of %2 (%3, expired %4) to deleted by job %5; purged on %6")
                                                .arg(point.id,
                                                    item.instanceName,
                                                    job.retentionTag,
                                                    point.expiry.toUTC().toString(Qt::ISODate),
                                                    jobId,
                                                    item.purgeAfter.toUTC().toString(Qt::ISODate));
    } else {
        item.outcome = purge ? ExpiryItem::Outcome::Purged : ExpiryItem::Outcome::Deleted;
        qCInfo(lcEngineExpiry).noquote() << QStringLiteral("%1 point %2 of %3 (%4, expired %5) by job %6")
                                                .arg(purge ? QStringLiteral("purged deleted")
                                                           : QStringLiteral("deleted expired"),
                                                    point.id,
                                                    item.instanceName,
                                                    job.retentionTag,
                                                    point.expiry.toUTC().toString(Qt::ISODate),
                                                    jobId);
    }
    return item;
}

} // namespace PgVault
