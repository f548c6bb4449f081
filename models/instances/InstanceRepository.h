#pragma once

#include "models/Result.h"
#include "models/instances/BackupInstance.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace PgVault {

/// Backup instances in the catalog, joined with their policy and vault names.
class InstanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::InstanceRepository)

public:
    explicit InstanceRepository(const QSqlDatabase &database);

    Result<QList<BackupInstance>> list() const;
    Result<std::optional<BackupInstance>> find(const QString &name) const;
    Result<std::optional<BackupInstance>> findById(const QString &id) const;

    /// Checks the fields (name, host, port, user, sslmode) and saves; refuses a duplicate name.
    Result<void> create(const BackupInstance &instance);
    /// Removes the instance and its catalog rows (points, lease); the vault's data stays.
    Result<void> remove(const QString &id);
    /// Records whether the instance is protected; `stopped` (UTC) is kept only for a stopped one.
    Result<void> setProtection(const QString &id, BackupInstance::Protection protection, const QDateTime &stopped);
    /// Points the instance at another policy; its recovery points keep their expiry.
    Result<void> setPolicy(const QString &id, const QString &policyId);

    /// "Protected", "Protection stopped (retain as per policy)", … for lists and details.
    static QString protectionText(BackupInstance::Protection protection);
    /// Instance.ProtectionStopped: no backup runs for a stopped instance.
    static Error protectionStopped(const BackupInstance &instance);

    /// Field problems, each addressed: "name", "host", "port", "user", "sslMode".
    static QList<Error> validate(const BackupInstance &instance);
    static Error notFound(const QString &name);

private:
    Result<QList<BackupInstance>> select(const QString &where, const QVariant &value) const;
    QSqlDatabase m_database;
};

} // namespace PgVault
