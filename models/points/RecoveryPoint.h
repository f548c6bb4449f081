#pragma once

#include "models/policies/RetentionRule.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace PgVault {

/// One finished backup of a whole server as the catalog indexes it. The vault's manifest (and the
/// point's state file, PointState) is the truth; this row can be rebuilt from them.
struct RecoveryPoint
{
    QString id; ///< 32 hex characters, like Azure's recoveryPointId
    QString instanceId;
    QDateTime time; ///< UTC, when the backup started
    RetentionRule::Kind tag = RetentionRule::Kind::Default;
    QDateTime expiry; ///< UTC
    QList<RetentionRule::Kind> matched; ///< every rule whose period this point was first of
    bool userChosenTag = false; ///< an on-demand backup whose rule the user picked
    qint64 sizeBytes = 0; ///< stored (compressed) bytes
    QStringList databases;
    QDateTime verified; ///< UTC of the last successful verification; invalid if never
    QString verifyState; ///< "", "Passed", "Failed"
    /// UTC of the soft delete (expiry or the user moved the point to deleted); invalid while the
    /// point is live. A deleted point is never restored or verified until it is undeleted.
    QDateTime deleted;
    QDateTime purgeAfter; ///< UTC from which expiry removes a deleted point for good; invalid while live

    bool isDeleted() const { return deleted.isValid(); }

    bool operator==(const RecoveryPoint &) const = default;
};

} // namespace PgVault
