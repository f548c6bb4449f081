#include "engine/restore/RoleScriptFilter.h"

#include <QRegularExpression>

#include <algorithm>

namespace PgVault {

QStringList RoleScriptFilter::serviceRoles()
{
    return {QStringLiteral("azure_superuser"),
        QStringLiteral("azure_pg_admin"),
        QStringLiteral("azuresu"),
        QStringLiteral("replication"),
        QStringLiteral("localadmin")};
}

QString RoleScriptFilter::filter(const QString &script, const QStringList &ownRoles)
{
    QList<QRegularExpression> own;
    for (const QString &role : ownRoles) {
        QString quoted = role;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        own << QRegularExpression(QStringLiteral("^\\s*(CREATE|ALTER) ROLE (%1|\"%2\")(\\s|;)")
                                      .arg(QRegularExpression::escape(role), QRegularExpression::escape(quoted)));
    }
    // A role name as pg_dumpall writes it: bare or double-quoted, never part of a longer word, so
    // the REPLICATION attribute and a role "replication_reader" are left alone.
    static const QRegularExpression service(
        QStringLiteral("^\\s*(CREATE ROLE|ALTER ROLE|GRANT|REVOKE|COMMENT ON ROLE|SECURITY LABEL)\\b.*"
                       "(?:\\s|\")(azure_superuser|azure_pg_admin|azuresu|localadmin)(?:\"|\\s|;|,|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression replicationRole(
        QStringLiteral("^\\s*(CREATE|ALTER) ROLE \"?replication\"?(\\s|;)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attributes(QStringLiteral("\\s(NOSUPERUSER|NOBYPASSRLS)\\b"));
    QStringList kept;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (service.match(line).hasMatch() || replicationRole.match(line).hasMatch())
            continue;
        if (std::any_of(
                own.cbegin(), own.cend(), [&](const QRegularExpression &e) { return e.match(line).hasMatch(); }))
            continue;
        if (line.trimmed().startsWith(QLatin1String("ALTER ROLE"), Qt::CaseInsensitive))
            line.remove(attributes);
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

bool RoleScriptFilter::isExpectedError(const QString &errorLine)
{
    static const QStringList expected{QStringLiteral("already exists"),
        QStringLiteral("must be superuser to create superusers"),
        QStringLiteral("may grant privileges as this role"),
        QStringLiteral("pg_aadauth"),
        QStringLiteral("may grant this role"),
        QStringLiteral("is a member of role")};
    for (const QString &text : expected) {
        if (errorLine.contains(text))
            return true;
    }
    return false;
}

QString RoleScriptFilter::sedCommand(const QString &fileName)
{
    return QStringLiteral("sed -i -e '/azure_superuser/d' -e '/azure_pg_admin/d' -e '/azuresu/d' -e '/localadmin/d' "
                          "-e '/^CREATE ROLE replication/d' -e '/^ALTER ROLE replication/d' "
                          "-e '/^ALTER ROLE/ {s/NOSUPERUSER//; s/NOBYPASSRLS//;}' %1")
        .arg(fileName);
}

} // namespace PgVault
