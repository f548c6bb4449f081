#pragma once

#include "models/BackupInstance.h"
#include "models/RecoveryPoint.h"
#include "models/Result.h"
#include "ui/ConfigureBackupDraft.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace PgVault {

class Catalog;
class Credentials;
class InstanceTableModel;

/// Between the backup-instance screens and the catalog and keychain: lists vaults, instances and
/// recovery points, saves what the Configure Backup wizard produced (password to the keychain
/// first, then the instance) and removes instances with their keychain entry. The only UI class
/// doing instance I/O.
class InstanceController : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<void> &)>;

    /// The catalog must outlive the controller.
    explicit InstanceController(Catalog *catalog, QObject *parent = nullptr);

    InstanceTableModel *model() const { return m_model; }
    Credentials *credentials() const { return m_credentials; }

    /// The clock for "next scheduled run" (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Reloads the instances table from the catalog.
    Result<void> refresh();
    QStringList names() const;
    /// Every registered vault, plus the default "local" vault if it is not created yet.
    QList<ConfigureBackupDraft::VaultOption> vaultOptions() const;
    /// Newest first.
    Result<QList<RecoveryPoint>> points(const QString &instanceId) const;
    Result<std::optional<BackupInstance>> find(const QString &instanceId) const;

    /// Writes the password to the keychain, and only when that worked creates the instance (and
    /// the default vault on first use). A keychain failure stores nothing. `done` runs once, later.
    void configure(BackupInstance instance, const QString &password, const QObject *context, Done done);
    /// Removes the instance from the catalog and its password from the keychain.
    void remove(const BackupInstance &instance, const QObject *context, Done done);

Q_SIGNALS:
    void instancesChanged();

private:
    Result<Vault> ensureVault(const BackupInstance &instance) const;
    Result<void> checkCanCreate(const BackupInstance &instance) const;

    Catalog *m_catalog;
    Credentials *m_credentials;
    InstanceTableModel *m_model;
    std::function<QDateTime()> m_clock;
};

} // namespace PgVault
