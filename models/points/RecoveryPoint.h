#pragma once

#include "models/policies/RetentionRule.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace PgVault {

/// One finished backup of a whole server as the catalog indexes it. The vault's manifest is the
/// truth; this row can be rebuilt from it.
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

    bool operator==(const RecoveryPoint &) const = default;
};

} // namespace PgVault
