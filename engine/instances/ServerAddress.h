#pragma once

#include "models/instances/BackupInstance.h"

#include <QList>
#include <QString>

#include <optional>

namespace PgVault {

/// Which PostgreSQL server an instance's host and port name, so one server is protected once
/// (Azure's UserErrorDppDatasourceAlreadyProtected). Used by InstanceProtection when an instance
/// is configured or resumed. Every instance backs up all databases of its server, so two instances
/// of one server always overlap; the user an instance connects as does not matter.
class ServerAddress
{
public:
    /// The host as compared: trimmed, lower case, without brackets or a trailing dot, and every
    /// loopback spelling (localhost, 127.0.0.0/8, ::1) as "localhost". A Unix socket folder stays
    /// its path: a server listening on sockets only may share its port number with another one in
    /// another folder, and a TCP address and a socket folder cannot be told to be one server
    /// without connecting.
    static QString canonicalHost(const QString &host);
    static bool sameServer(const BackupInstance &a, const BackupInstance &b);
    /// The first protected instance among `instances`, other than `instance` itself (by id),
    /// that backs up the same server; stopped ones do not count.
    static std::optional<BackupInstance> protectedBy(
        const QList<BackupInstance> &instances, const BackupInstance &instance);
};

} // namespace PgVault
