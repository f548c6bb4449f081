#pragma once

#include "engine/instances/Credentials.h"
#include "models/Home.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace PgVault {

/// Configuring protection of a server, stopping and resuming it and changing its policy, one
/// engine service for both front ends: the Configure Backup wizard and `pgvaultctl instance add`
/// save an instance through configure(); the Backup instances page and `pgvaultctl instance
/// remove|resume|set-policy` go through stop(), resume() and setPolicy(). Stopping holds the
/// instance's lease so no job can start or run meanwhile. The keychain is asynchronous, so those
/// report through a callback on this object's thread; the CLI waits for it.
class InstanceProtection : public QObject
{
    Q_OBJECT

public:
    /// Azure's three ways to stop protection.
    enum class StopMode {
        RetainAsPerPolicy, ///< keep the points; they expire as the policy said when they were taken
        RetainForever, ///< keep the points; they never expire
        DeleteData, ///< delete every point from the vault and the catalog, then the instance
    };

    using Configured = std::function<void(const Result<BackupInstance> &)>;
    /// The number of recovery points deleted (DeleteData; 0 otherwise).
    using Stopped = std::function<void(const Result<int> &)>;

    InstanceProtection(const QSqlDatabase &database, Home home, QObject *parent = nullptr);

    /// Why `instance` cannot be configured, checked before anything is stored: a field (name,
    /// host, port, user, sslMode), a name already in use, a server another protected instance
    /// backs up already (Instance.AlreadyProtected, field "host"), a policy or a vault that does
    /// not exist. The policy is named by id (the wizard) or, without one, by name (pgvaultctl).
    /// Fills in what follows from the request (id, creation time, the policy's id and name) on
    /// success.
    Result<BackupInstance> prepare(BackupInstance instance) const;

    /// Stores the password in the keychain, then (only when that worked) registers the instance,
    /// creating the default vault on first use. A failure at any step stores nothing: the
    /// password is taken back out. `done` runs once, later, unless `context` is destroyed first.
    void configure(BackupInstance instance, const QString &password, const QObject *context, Configured done);

    /// Stops protection: no backup runs for the instance any more and its password leaves the
    /// keychain. With a Retain mode the instance stays, stopped, so its recovery points stay
    /// listed and restorable (stopping a stopped instance again changes what becomes of them);
    /// with DeleteData every point is deleted (BackupDataDeletion) and then the instance. If a
    /// point cannot be deleted, the instance stays stopped with what is left retained as per
    /// policy, and the error names each point. Refused (Instance.Busy, naming the job) while a
    /// job runs on it.
    void stop(const BackupInstance &requested, StopMode mode, const QObject *context, Stopped done);

    /// Resumes protection of a stopped instance: the password goes back to the keychain and
    /// backups run again; the retained points expire again as their policy said. Refused when
    /// another protected instance backs up the same server meanwhile.
    void resume(const BackupInstance &requested, const QString &password, const QObject *context, Configured done);

    /// Protects the instance with another policy (by name): future recovery points follow its
    /// schedule and retention; the existing ones keep the expiry they have.
    Result<BackupInstance> setPolicy(const BackupInstance &requested, const QString &policyName) const;

    /// Instance.AlreadyProtected for `instance`, naming the one that protects its server.
    static Error alreadyProtected(const BackupInstance &instance, const BackupInstance &existing);

private:
    /// Instance.AlreadyProtected when another protected instance backs up the instance's server.
    Result<void> checkNotProtectedElsewhere(const BackupInstance &instance) const;
    /// The instance as the catalog has it now, or Instance.NotFound.
    Result<BackupInstance> current(const BackupInstance &instance) const;
    void finishStop(const BackupInstance &instance, StopMode mode, const QString &holder, const Stopped &done);

    QSqlDatabase m_database;
    Home m_home;
    Credentials *m_credentials;
};

} // namespace PgVault
