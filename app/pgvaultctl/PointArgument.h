#pragma once

#include "models/Result.h"
#include "models/instances/BackupInstance.h"

#include <QCoreApplication>
#include <QString>

namespace PgVault {
class Catalog;
}

namespace PgVault::Ctl {

/// The POINT argument of restore and verify: a recovery point id of the instance, "latest", or
/// a unique beginning of an id (as `pgvaultctl points` shows them).
class PointArgument
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PointArgument)

public:
    static Result<QString> resolve(const Catalog &catalog, const BackupInstance &instance, const QString &given);
};

} // namespace PgVault::Ctl
