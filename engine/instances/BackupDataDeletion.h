#pragma once

#include "models/Result.h"
#include "models/instances/BackupInstance.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace PgVault {

/// "Delete backup data" when protection of an instance stops: every recovery point of the
/// instance is removed as expiry removes one (DeleteRun::removeForGood: vault, then catalog row), and
/// at the end its folder in the vault. Used by InstanceProtection::stop, which holds the
/// instance's lease meanwhile. A point that cannot be removed stays, listed, and is named in the
/// error; the others are removed all the same.
class BackupDataDeletion
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::BackupDataDeletion)

public:
    explicit BackupDataDeletion(const QSqlDatabase &database);

    /// How many points were deleted, or Instance.DeleteDataIncomplete naming each point (or the
    /// vault folder) left behind and why.
    Result<int> run(const BackupInstance &instance);

private:
    QSqlDatabase m_database;
};

} // namespace PgVault
