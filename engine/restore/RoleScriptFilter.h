#pragma once

#include <QString>
#include <QStringList>

namespace PgVault {

/// The roles.sql clean-up Azure documents before roles are applied to another server: drop the
/// lines about service roles (azure_superuser, azure_pg_admin, azuresu, replication, localadmin)
/// and strip NOSUPERUSER / NOBYPASSRLS from ALTER ROLE, which only a superuser may set. Also
/// knows which errors of applying the script are expected. Used by RestoreToServer; RESTORE.txt
/// prints the same clean-up as a sed line.
class RoleScriptFilter
{
public:
    static QStringList serviceRoles();
    /// The script without the service roles' lines and the superuser-only attributes. The
    /// CREATE/ALTER ROLE lines of `ownRoles` go too: applying them would reset the password of the
    /// admin the restore connects as.
    static QString filter(const QString &script, const QStringList &ownRoles = {});
    /// An error psql printed while applying roles that Azure calls expected (the role exists, a
    /// superuser-only attribute or grant).
    static bool isExpectedError(const QString &errorLine);
    /// The shell command RESTORE.txt shows for the same clean-up.
    static QString sedCommand(const QString &fileName);
};

} // namespace PgVault
