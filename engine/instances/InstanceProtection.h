#pragma once

#include "engine/instances/Credentials.h"
#include "models/Home.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace PgVault {

/// Configuring protection of a server and stopping it, one engine service for both front ends:
/// the Configure Backup wizard and `pgvaultctl instance add` save an instance through configure();
/// the Backup instances page and `pgvaultctl instance remove` remove one through stop(), which
/// holds the instance's lease so no job can start or run meanwhile. The keychain is asynchronous,
/// so both report through a callback on this object's thread; the CLI waits for it.
class InstanceProtection : public QObject
{
    Q_OBJECT

public:
    using Configured = std::function<void(const Result<BackupInstance> &)>;
    using Stopped = std::function<void(const Result<void> &)>;

    InstanceProtection(QSqlDatabase database, Home home, QObject *parent = nullptr);

    /// Why `instance` cannot be configured, checked before anything is stored: a field (name,
    /// host, port, user, sslMode), a name already in use, a policy or a vault that does not exist.
    /// The policy is named by id (the wizard) or, without one, by name (pgvaultctl). Fills in what
    /// follows from the request (id, creation time, the policy's id and name) on success.
    Result<BackupInstance> prepare(BackupInstance instance) const;

    /// Stores the password in the keychain, then (only when that worked) registers the instance,
    /// creating the default vault on first use. A failure at any step stores nothing: the
    /// password is taken back out. `done` runs once, later, unless `context` is destroyed first.
    void configure(BackupInstance instance, const QString &password, const QObject *context, Configured done);

    /// Removes the instance from the catalog and its password from the keychain; its recovery
    /// points stay in the vault. Refused (Instance.Busy, naming the job) while a job runs on it.
    void stop(const BackupInstance &instance, const QObject *context, Stopped done);

private:
    QSqlDatabase m_database;
    Home m_home;
    Credentials *m_credentials;
};

} // namespace PgVault
