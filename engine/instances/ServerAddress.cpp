#include "engine/instances/ServerAddress.h"

#include <QHostAddress>

namespace PgVault {

QString ServerAddress::canonicalHost(const QString &host)
{
    QString canonical = host.trimmed().toLower();
    if (canonical.startsWith(QLatin1Char('/')))
        return canonical;
    if (canonical.startsWith(QLatin1Char('[')) && canonical.endsWith(QLatin1Char(']')))
        canonical = canonical.mid(1, canonical.size() - 2);
    while (canonical.endsWith(QLatin1Char('.')))
        canonical.chop(1);
    if (canonical == QLatin1String("localhost") || canonical.endsWith(QLatin1String(".localhost")))
        return QStringLiteral("localhost");
    // Parsed, so every spelling of one address (::1, 0:0::1) compares equal.
    const QHostAddress address(canonical);
    if (address.isNull())
        return canonical;
    if (address.isLoopback())
        return QStringLiteral("localhost");
    return address.toString();
}

bool ServerAddress::sameServer(const BackupInstance &a, const BackupInstance &b)
{
    return a.port == b.port && canonicalHost(a.host) == canonicalHost(b.host);
}

std::optional<BackupInstance> ServerAddress::protectedBy(
    const QList<BackupInstance> &instances, const BackupInstance &instance)
{
    for (const BackupInstance &other : instances) {
        if (other.id != instance.id && other.isProtected() && sameServer(other, instance))
            return other;
    }
    return std::nullopt;
}

} // namespace PgVault
