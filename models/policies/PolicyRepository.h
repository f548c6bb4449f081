#pragma once

#include "models/Result.h"
#include "models/policies/BackupPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace PgVault {

/// A policy as the catalog keeps it.
struct StoredPolicy
{
    QString id; ///< UUID without braces
    BackupPolicy policy;
    QDateTime created; ///< UTC
    int instanceCount = 0; ///< backup instances that use it
};

/// Policies in the catalog, stored as their Azure JSON. Names are unique, compared without case
/// as Azure resource names are.
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PolicyRepository)

public:
    explicit PolicyRepository(const QSqlDatabase &database);

    Result<QList<StoredPolicy>> list() const;
    Result<std::optional<StoredPolicy>> find(const QString &name) const;
    Result<std::optional<StoredPolicy>> findById(const QString &id) const;
    bool exists(const QString &name) const;

    /// Validates and saves a new policy; refuses an invalid one or a duplicate name with a
    /// field-addressed error. Returns the new id.
    Result<QString> create(const BackupPolicy &policy);
    /// Deletes a policy no backup instance uses; otherwise the error (code "Policy.InUse") names
    /// the instances. An unknown name is "Policy.NotFound" with field "name".
    Result<void> remove(const QString &name);
    /// Names of the backup instances that use the policy.
    QStringList instancesUsing(const QString &name) const;

    /// "Policy.NotFound" for the name, field "name": what find() callers report for nullopt.
    static Error notFound(const QString &name);

private:
    Result<QList<StoredPolicy>> select(const QString &whereClause, const QString &name) const;
    Error sqlError(const QString &what, const QString &driverText) const;

    QSqlDatabase m_database;
};

} // namespace PgVault
