#pragma once

#include "engine/restore/RestoreRequest.h"
#include "engine/restore/RestoreValidation.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/points/RecoveryPoint.h"

#include <functional>
#include <optional>

namespace PgVault {

/// What the restore wizard's pages fill in together: the instance, the recovery point, the
/// target (a RestoreRequest without job id) and the last validation. Owned by RestoreWizard.
struct RestoreDraft
{
    using PointLoader = std::function<Result<QList<RecoveryPoint>>(const QString &instanceId)>;

    QList<BackupInstance> instances;
    PointLoader loadPoints; ///< the controller's catalog read, newest first
    BackupInstance instance;
    QList<RecoveryPoint> points; ///< of `instance`
    QString preselectedPointId;
    RecoveryPoint point;
    RestoreRequest request;
    std::optional<RestoreValidation> validation; ///< of the current request; reset when it changes
};

} // namespace PgVault
