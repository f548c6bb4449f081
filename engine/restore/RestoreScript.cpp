#include "engine/restore/RestoreScript.h"

#include "engine/restore/RoleScriptFilter.h"
#include "models/points/PointManifest.h"

namespace PgVault {

QString RestoreScript::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RestoreScript::sqlIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString RestoreScript::text(const PointManifest &manifest,
    const QList<QPair<QString, QString>> &databaseFiles,
    const QString &rolesFile,
    const QString &schemaFile)
{
    QString text;
    text += tr("How to restore recovery point %1 of %2 (taken %3 UTC, PostgreSQL %4, pg_dump %5)\n\n")
                .arg(manifest.pointId(),
                    manifest.instanceName(),
                    manifest.time().toString(Qt::ISODate),
                    manifest.serverVersion(),
                    manifest.pgDumpVersion());
    text += tr("Each .dump file is a pg_dump custom-format archive of one database (schema and data).\n"
               "%1 holds the schema of all databases for reference only: do not run it, the schema is\n"
               "already inside each dump. Connection settings come from the environment, e.g.\n"
               "  export PGHOST=target.example.com PGPORT=5432 PGUSER=admin PGSSLMODE=require\n\n")
                .arg(schemaFile);
    text += tr("1. Roles (only when restoring to a different server for real use). Clean the script first as\n"
               "   Azure documents (drops service roles, strips NOSUPERUSER/NOBYPASSRLS), then apply it;\n"
               "   \"role ... already exists\" errors are expected. Also delete the CREATE/ALTER ROLE lines of the\n"
               "   admin you connect as, or its password is reset to the source server's:\n");
    text += QStringLiteral("   %1\n   psql -X -d postgres -f %2\n\n")
                .arg(RoleScriptFilter::sedCommand(shellQuote(rolesFile)), shellQuote(rolesFile));
    text += tr("2. For each database: create it empty, then restore its dump (-j: parallel jobs, at most the\n"
               "   target's vCores):\n");
    for (const auto &[database, file] : databaseFiles) {
        const QString create = QStringLiteral("CREATE DATABASE %1;").arg(sqlIdentifier(database));
        // dbname= conninfo: a database name containing "=" is never mistaken for a connection string.
        QString conninfo = database;
        conninfo.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        text += QStringLiteral("   psql -X -d postgres -c %1\n   pg_restore -d %2 --no-owner -j 2 -v %3\n")
                    .arg(shellQuote(create), shellQuote(QStringLiteral("dbname='%1'").arg(conninfo)), shellQuote(file));
    }
    text += tr("\nDrop --no-owner when the roles were applied in step 1 and ownership should be kept.\n");
    return text;
}

} // namespace PgVault
