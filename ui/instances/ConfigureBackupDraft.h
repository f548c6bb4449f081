#pragma once

#include "engine/instances/ReadinessReport.h"
#include "models/instances/BackupInstance.h"
#include "models/policies/BackupPolicy.h"
#include "models/vaults/Vault.h"

#include <QList>
#include <QString>

#include <optional>

namespace PgVault {

/// What the Configure Backup wizard's pages fill in together: the instance to create, its
/// password (in memory only until the controller writes it to the keychain), the chosen vault and
/// policy, and the last readiness report.
struct ConfigureBackupDraft
{
    /// A vault the user may pick; the default "local" vault may not exist yet (created on first use).
    struct VaultOption
    {
        Vault vault;
        bool exists = true;
    };

    BackupInstance instance;
    QString password;
    VaultOption vault;
    BackupPolicy policy;
    std::optional<ReadinessReport> report;
};

} // namespace PgVault
