#pragma once

#include "models/instances/SslMode.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace PgVault {

/// One protected PostgreSQL server: how to reach it, which policy protects it, which vault holds
/// its recovery points. The password is never here: it lives in the OS keychain under
/// Credentials::serverPasswordKey(id).
struct BackupInstance
{
    /// Whether the server is still backed up (Azure's protection status). Stopping protection
    /// keeps the instance, so the recovery points it retains stay listed and restorable; only
    /// "delete data" removes it.
    enum class Protection {
        Protected, ///< scheduled and on-demand backups run
        StoppedRetainAsPerPolicy, ///< no more backups; the points expire as the policy said
        StoppedRetainForever, ///< no more backups; the points never expire
    };

    QString id; ///< UUID without braces; also the folder name in the vault
    QString name; ///< the user's name for it, unique in the catalog
    QString host;
    int port = 5432;
    QString user;
    QString sslMode = sslModeName(SslMode::Prefer); ///< one of sslModeNames()
    QString policyId;
    QString policyName;
    QString vaultId;
    QString vaultName;
    QDateTime created; ///< UTC
    Protection protection = Protection::Protected;
    QDateTime stopped; ///< UTC, when protection stopped; invalid while protected

    bool isProtected() const { return protection == Protection::Protected; }

    /// "user@host:port", for lists and job details.
    QString datasourceName() const { return QStringLiteral("%1@%2:%3").arg(user, host).arg(port); }

    bool operator==(const BackupInstance &) const = default;
};

} // namespace PgVault
