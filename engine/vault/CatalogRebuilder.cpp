#include "engine/vault/CatalogRebuilder.h"

#include "engine/Logging.h"
#include "engine/vault/VaultRegistry.h"
#include "models/instances/InstanceRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/policies/RetentionEvaluator.h"
#include "models/vaults/VaultRepository.h"

#include <QHash>
#include <QSet>

namespace PgVault {

namespace {

/// The problem with a prefix naming where it was found.
Error located(Error error, const QString &where)
{
    error.message = where + QStringLiteral(": ") + error.message;
    return error;
}

} // namespace

CatalogRebuilder::CatalogRebuilder(const QSqlDatabase &database, ExpiryRunner::StoreOpener opener)
    : m_database(database)
    , m_opener(opener ? std::move(opener) : ExpiryRunner::StoreOpener(&VaultRegistry::open))
{
}

std::optional<RecoveryPoint> CatalogRebuilder::rowFor(const PointManifest &manifest,
    const std::optional<PointState> &state,
    const BackupInstance &instance,
    const RecoveryPoint &existing,
    const RetentionEvaluator &evaluator)
{
    const std::optional<RetentionRule::Kind> tag = RetentionRule::kindFromTagName(manifest.tag());
    if (!tag)
        return std::nullopt;
    RecoveryPoint point = existing;
    if (point.id.isEmpty())
        point.matched = {*tag};
    point.id = manifest.pointId();
    point.instanceId = instance.id;
    point.time = manifest.time();
    point.tag = *tag;
    // A manifest without expiry predates tagging; the instance's policy decides it.
    point.expiry = manifest.expiry().isValid() ? manifest.expiry() : evaluator.expiry(manifest.time(), *tag);
    // What happened after the commit: an undelete's expiry, a soft delete and its purge date.
    if (state && state->expiry.isValid())
        point.expiry = state->expiry;
    point.deleted = state ? state->deleted : QDateTime();
    point.purgeAfter = state ? state->purgeAfter : QDateTime();
    point.sizeBytes = 0;
    for (const PointFile &file : manifest.files())
        point.sizeBytes += file.storedSize;
    point.databases = manifest.databases();
    return point;
}

Result<QStringList> CatalogRebuilder::indexUncatalogued(const VaultStore &store, const BackupInstance &instance)
{
    PointRepository points(m_database);
    const Result<QList<RecoveryPoint>> rows = points.listAllForInstance(instance.id);
    if (!rows)
        return rows.error();
    QSet<QString> catalogued;
    for (const RecoveryPoint &row : *rows)
        catalogued.insert(row.id);
    const Result<PointListing> listing = store.listPoints(instance.id);
    if (!listing)
        return listing.error();

    std::optional<RetentionEvaluator> evaluator;
    QStringList added;
    for (const PointManifest &manifest : listing->points) {
        if (catalogued.contains(manifest.pointId()))
            continue;
        if (!evaluator) {
            const Result<std::optional<StoredPolicy>> policy = PolicyRepository(m_database).find(instance.policyName);
            if (!policy)
                return policy.error();
            evaluator.emplace(policy->has_value() ? policy->value().policy : BackupPolicy());
        }
        const Result<std::optional<PointState>> state = store.readPointState(instance.id, manifest.pointId());
        if (!state) {
            // Whether it was deleted cannot be told: left out rather than indexed as live.
            qCWarning(lcEngineCatalog).noquote()
                << QStringLiteral("recovery point %1 of %2 is not in the catalog and its state cannot be read: %3")
                       .arg(manifest.pointId(), instance.name, state.error().text());
            continue;
        }
        const std::optional<RecoveryPoint> row = rowFor(manifest, *state, instance, RecoveryPoint(), *evaluator);
        if (!row) {
            qCWarning(lcEngineCatalog).noquote()
                << QStringLiteral("recovery point %1 of %2 is not in the catalog and has the unknown retention tag "
                                  "\"%3\"; run \"pgvaultctl catalog rebuild\" to see the problem")
                       .arg(manifest.pointId(), instance.name, manifest.tag());
            continue;
        }
        const Result<bool> inserted = points.putIfMissing(*row);
        if (!inserted)
            return inserted.error();
        if (!*inserted)
            continue; // its backup recorded it meanwhile
        added << row->id;
        qCInfo(lcEngineCatalog).noquote()
            << QStringLiteral("indexed recovery point %1 of %2 (%3, expires %4): it was in the vault but not in the "
                              "catalog, as when a backup is stopped right after committing it")
                   .arg(row->id,
                       instance.name,
                       RetentionRule::tagName(row->tag),
                       row->expiry.toUTC().toString(Qt::ISODate));
    }
    return added;
}

Result<RebuildReport> CatalogRebuilder::rebuild()
{
    const Result<QList<Vault>> vaults = VaultRepository(m_database).list();
    if (!vaults)
        return vaults.error();
    const Result<QList<BackupInstance>> instances = InstanceRepository(m_database).list();
    if (!instances)
        return instances.error();
    const Result<QList<StoredPolicy>> policies = PolicyRepository(m_database).list();
    if (!policies)
        return policies.error();
    QHash<QString, BackupPolicy> policyById;
    for (const StoredPolicy &stored : *policies)
        policyById.insert(stored.id, stored.policy);
    QSet<QString> knownInstances;
    for (const BackupInstance &instance : *instances)
        knownInstances.insert(instance.id);

    PointRepository points(m_database);
    RebuildReport report;
    for (const Vault &vault : *vaults) {
        const QString vaultWhere = tr("vault \"%1\"").arg(vault.name);
        Result<std::unique_ptr<VaultStore>> opened = m_opener(vault);
        if (!opened) {
            report.problems << located(opened.error(), vaultWhere);
            continue;
        }
        const std::unique_ptr<VaultStore> store = std::move(opened).value();
        ++report.vaults;

        if (const Result<QStringList> inVault = store->listInstances(); !inVault) {
            report.problems << located(inVault.error(), vaultWhere);
        } else {
            for (const QString &instanceId : *inVault) {
                if (knownInstances.contains(instanceId))
                    continue;
                report.problems << Error{QStringLiteral("Catalog.UnknownInstance"),
                    tr("%1: holds recovery points of backup instance %2, which the catalog does not know; they stay "
                       "in the vault.")
                        .arg(vaultWhere, instanceId),
                    tr("Add the backup instance again with its old id, or remove the folder from the vault if the "
                       "points are no longer needed."),
                    instanceId,
                    ErrorKind::BadInput};
            }
        }

        for (const BackupInstance &instance : *instances) {
            if (instance.vaultId != vault.id)
                continue;
            ++report.instances;
            const QString where = tr("backup instance \"%1\"").arg(instance.name);
            const Result<PointListing> listing = store->listPoints(instance.id);
            if (!listing) {
                report.problems << located(listing.error(), where);
                continue;
            }
            report.problems << listing->problems;
            const Result<QList<RecoveryPoint>> existingRows = points.listAllForInstance(instance.id);
            if (!existingRows)
                return existingRows.error();
            QHash<QString, RecoveryPoint> existing;
            for (const RecoveryPoint &point : *existingRows)
                existing.insert(point.id, point);

            const RetentionEvaluator evaluator(policyById.value(instance.policyId));
            QSet<QString> inVault;
            for (const PointManifest &manifest : listing->points) {
                ++report.pointsInVaults;
                inVault.insert(manifest.pointId());
                const RecoveryPoint before = existing.value(manifest.pointId());
                const bool isNew = before.id.isEmpty();
                const Result<std::optional<PointState>> state = store->readPointState(instance.id, manifest.pointId());
                if (!state) {
                    // Whether it is deleted cannot be told: its row stays as it is, a new one is not made.
                    report.problems << located(state.error(), where);
                    if (!isNew)
                        ++report.kept;
                    continue;
                }
                const std::optional<RecoveryPoint> row = rowFor(manifest, *state, instance, before, evaluator);
                if (!row) {
                    report.problems << Error{QStringLiteral("Catalog.UnknownTag"),
                        tr("%1: recovery point %2 has the unknown retention tag \"%3\"; it is left out of the catalog.")
                            .arg(where, manifest.pointId(), manifest.tag()),
                        tr("Verify the recovery point to see what is wrong with it."),
                        manifest.pointId(),
                        ErrorKind::BadInput};
                    continue;
                }
                const RecoveryPoint &point = *row;
                if (!isNew && point == before) {
                    ++report.unchanged;
                    continue;
                }
                if (Result<void> put = points.put(point); !put)
                    return put.error();
                ++(isNew ? report.added : report.updated);
            }

            for (const RecoveryPoint &row : *existingRows) {
                if (inVault.contains(row.id))
                    continue;
                // Only a point whose manifest is gone is removed; one that cannot be read or
                // trusted keeps its row (listPoints reported it) so nothing is lost to a bad disk.
                const Result<PointManifest> manifest = store->readManifest(instance.id, row.id);
                if (!manifest && manifest.error().code == QLatin1String("Vault.PointWithoutManifest")) {
                    if (Result<void> removed = points.remove(row.id); !removed)
                        return removed.error();
                    ++report.removed;
                    qCInfo(lcEngineCatalog).noquote()
                        << QStringLiteral("removed catalog point %1 of %2: its manifest is gone from the vault")
                               .arg(row.id, instance.name);
                } else {
                    ++report.kept;
                }
            }
        }
    }
    for (const Error &problem : report.problems)
        qCWarning(lcEngineCatalog).noquote() << problem.code << problem.message;
    qCInfo(lcEngineCatalog).noquote() << QStringLiteral(
        "catalog rebuilt: %1 points in %2 vaults; %3 added, %4 updated, %5 removed, %6 problems")
                                             .arg(report.pointsInVaults)
                                             .arg(report.vaults)
                                             .arg(report.added)
                                             .arg(report.updated)
                                             .arg(report.removed)
                                             .arg(report.problems.size());
    return report;
}

} // namespace PgVault
