#pragma once

#include "models/policies/BackupPolicy.h"

#include <QJsonObject>

namespace PgVault {

/// Writes a BackupPolicy as the bare Azure BackupPolicy object that
/// `az dataprotection backup-policy create --policy FILE` accepts. Internal to PolicyJson.
class PolicyJsonWriter
{
public:
    static QJsonObject toJsonObject(const BackupPolicy &policy);
};

} // namespace PgVault
