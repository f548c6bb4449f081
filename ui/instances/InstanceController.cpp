#include "ui/instances/InstanceController.h"

#include "engine/instances/InstanceProtection.h"
#include "engine/jobs/DeletedPoints.h"
#include "engine/jobs/ExpiryRunner.h"
#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"
#include "models/instances/InstanceTableModel.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
#include "ui/Logging.h"

#include <QHash>

namespace PgVault {

InstanceController::InstanceController(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_protection(new InstanceProtection(catalog->database(), Home(), this))
    , m_model(new InstanceTableModel(this))
    , m_clock(systemClock())
{
    Q_ASSERT(m_catalog);
}

Result<void> InstanceController::refresh()
{
    const Result<QList<BackupInstance>> instances = InstanceRepository(m_catalog->database()).list();
    if (!instances)
        return instances.error();
    const Result<QList<StoredPolicy>> policies = m_catalog->policies().list();
    if (!policies)
        return policies.error();
    QHash<QString, WeeklySchedule> schedules;
    for (const StoredPolicy &stored : policies.value())
        schedules.insert(stored.id, stored.policy.schedule());

    const PointRepository points(m_catalog->database());
    const JobRepository jobs(m_catalog->database());
    QList<InstanceTableModel::Row> rows;
    for (const BackupInstance &instance : instances.value()) {
        InstanceTableModel::Row row;
        row.instance = instance;
        if (schedules.contains(instance.policyId))
            row.schedule = schedules.value(instance.policyId);
        if (const Result<QList<RecoveryPoint>> list = points.listForInstance(instance.id); list && !list->isEmpty())
            row.lastPoint = list->first();
        JobFilter filter;
        filter.instanceName = instance.name;
        filter.operation = JobTypes::Operation::Backup;
        if (const Result<QList<Job>> last = jobs.list(filter, 0, 1); last && !last->isEmpty()) {
            row.backupRunning = last->first().status == JobTypes::Status::InProgress;
            row.lastBackupFailed = last->first().status == JobTypes::Status::Failed;
        }
        rows << row;
    }
    m_model->setRows(rows, m_clock());
    Q_EMIT instancesChanged();
    return {};
}

QStringList InstanceController::names() const
{
    QStringList names;
    for (const InstanceTableModel::Row &row : m_model->rows())
        names << row.instance.name;
    return names;
}

QList<BackupInstance> InstanceController::instances() const
{
    QList<BackupInstance> instances;
    for (const InstanceTableModel::Row &row : m_model->rows())
        instances << row.instance;
    return instances;
}

QList<ConfigureBackupDraft::VaultOption> InstanceController::vaultOptions() const
{
    QList<ConfigureBackupDraft::VaultOption> options;
    bool hasDefault = false;
    if (const Result<QList<Vault>> vaults = VaultRepository(m_catalog->database()).list()) {
        for (const Vault &vault : vaults.value()) {
            options << ConfigureBackupDraft::VaultOption{vault, true};
            hasDefault = hasDefault || vault.name == QLatin1String(Vault::DefaultName);
        }
    }
    if (!hasDefault)
        options.prepend(ConfigureBackupDraft::VaultOption{VaultRegistry::planned(Home()), false});
    return options;
}

Result<QList<RecoveryPoint>> InstanceController::points(const QString &instanceId, bool includeDeleted) const
{
    const PointRepository points(m_catalog->database());
    return includeDeleted ? points.listAllForInstance(instanceId) : points.listForInstance(instanceId);
}

Result<RecoveryPoint> InstanceController::undelete(const QString &pointId)
{
    return DeletedPoints(m_catalog->database(), ExpiryRunner::processOwner()).undelete(pointId, m_clock());
}

Result<std::optional<BackupInstance>> InstanceController::find(const QString &instanceId) const
{
    return InstanceRepository(m_catalog->database()).findById(instanceId);
}

void InstanceController::configure(
    BackupInstance instance, const QString &password, const QObject *context, const Done &done)
{
    m_protection->configure(std::move(instance), password, context, [this, done](const Result<BackupInstance> &saved) {
        if (!saved) {
            done(saved.error());
            return;
        }
        refreshAfterChange();
        done({});
    });
}

void InstanceController::stop(
    const BackupInstance &instance, InstanceProtection::StopMode mode, const QObject *context, const Done &done)
{
    m_protection->stop(instance, mode, context, [this, done](const Result<int> &stopped) {
        // Also after a failure: delete data may have deleted some points and stopped protection.
        refreshAfterChange();
        done(stopped ? Result<void>() : Result<void>(stopped.error()));
    });
}

void InstanceController::resume(
    const BackupInstance &instance, const QString &password, const QObject *context, const Done &done)
{
    m_protection->resume(instance, password, context, [this, done](const Result<BackupInstance> &resumed) {
        if (resumed)
            refreshAfterChange();
        done(resumed ? Result<void>() : Result<void>(resumed.error()));
    });
}

Result<void> InstanceController::setPolicy(const BackupInstance &instance, const QString &policyName)
{
    const Result<BackupInstance> changed = m_protection->setPolicy(instance, policyName);
    if (!changed)
        return changed.error();
    refreshAfterChange();
    return {};
}

void InstanceController::refreshAfterChange()
{
    // The change itself succeeded; a list that cannot be reloaded stays as it was until the next refresh.
    if (const Result<void> refreshed = refresh(); !refreshed)
        qCWarning(lcUi).noquote() << "list not refreshed:" << refreshed.error().text();
}

} // namespace PgVault
