#pragma once

#include "engine/instances/Credentials.h"
#include "engine/instances/ReadinessReport.h"
#include "models/instances/BackupInstance.h"
#include "models/vaults/Vault.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace PgVault {

/// The readiness validation of a backup instance, one use case for both front ends: the Configure
/// Backup wizard (through ReadinessValidator's worker thread) and `pgvaultctl instance validate`
/// run these same checks and so give the same answers: connection, a local pg_dump able to dump
/// the server, privileges to read every table, a writable vault, and free space (a warning only:
/// the estimate is the databases' size before compression). Blocking: psql children and file I/O.
class InstanceReadiness
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::InstanceReadiness)

public:
    /// Checks a connection and a vault before the instance exists. A vault not registered yet (the
    /// default "local" vault before first use) gets its folder created or reopened.
    static ReadinessReport check(const ServerConnection &connection, const Vault &vault, bool vaultExists);

    /// Checks a saved instance: its password as read from the keychain (a failed read is a failed
    /// Password check, and the server is then not contacted), its registered vault, then check().
    static ReadinessReport checkInstance(
        const QSqlDatabase &database, const BackupInstance &instance, const CredentialResult &password);

    /// The check's name as a person reads it ("Server version").
    static QString title(ReadinessReport::CheckKind kind);
};

} // namespace PgVault
