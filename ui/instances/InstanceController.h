#pragma once

#include "engine/instances/InstanceProtection.h"
#include "models/Clock.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/points/RecoveryPoint.h"
#include "ui/instances/ConfigureBackupDraft.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace PgVault {

class Catalog;
class InstanceTableModel;

/// Between the backup-instance screens and the engine: lists vaults, instances and recovery
/// points, and configures and removes instances through the engine's InstanceProtection (the
/// same service pgvaultctl uses). The only UI class doing instance I/O.
class InstanceController : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<void> &)>;

    /// The catalog must outlive the controller.
    explicit InstanceController(Catalog *catalog, QObject *parent = nullptr);

    InstanceTableModel *model() const { return m_model; }

    /// The clock for "next scheduled run" (tests pin it).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Reloads the instances table from the catalog.
    Result<void> refresh();
    QStringList names() const;
    /// As last refreshed.
    QList<BackupInstance> instances() const;
    /// Every registered vault, plus the default "local" vault if it is not created yet.
    QList<ConfigureBackupDraft::VaultOption> vaultOptions() const;
    /// Newest first; with `includeDeleted` the soft-deleted points too.
    Result<QList<RecoveryPoint>> points(const QString &instanceId, bool includeDeleted = false) const;
    /// Brings a deleted point back through the engine's DeletedPoints (as `pgvaultctl point undelete`).
    Result<RecoveryPoint> undelete(const QString &pointId);
    Result<std::optional<BackupInstance>> find(const QString &instanceId) const;

    /// InstanceProtection::configure, then a refresh. `done` runs once, later.
    void configure(BackupInstance instance, const QString &password, const QObject *context, const Done &done);
    /// InstanceProtection::stop (refused while a job runs on the instance), then a refresh.
    void stop(
        const BackupInstance &instance, InstanceProtection::StopMode mode, const QObject *context, const Done &done);
    /// InstanceProtection::resume (the password goes back to the keychain), then a refresh.
    void resume(const BackupInstance &instance, const QString &password, const QObject *context, const Done &done);
    /// InstanceProtection::setPolicy, then a refresh.
    Result<void> setPolicy(const BackupInstance &instance, const QString &policyName);

Q_SIGNALS:
    void instancesChanged();

private:
    void refreshAfterChange();

    Catalog *m_catalog;
    InstanceProtection *m_protection;
    InstanceTableModel *m_model;
    Clock m_clock;
};

} // namespace PgVault
