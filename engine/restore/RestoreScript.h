#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace PgVault {

class PointManifest;

/// RESTORE.txt, written beside restored files: the exact commands that bring the files into a
/// server (create each database, pg_restore it, clean and apply roles.sql), with every database
/// and file name quoted for the shell and for SQL. Used by RestoreToFolder.
class RestoreScript
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RestoreScript)

public:
    /// `databaseFiles` pairs each database with its restored file name; `prefix` is the file prefix.
    static QString text(const PointManifest &manifest,
        const QList<QPair<QString, QString>> &databaseFiles,
        const QString &rolesFile,
        const QString &schemaFile);

    /// 'text' for a POSIX shell.
    static QString shellQuote(const QString &text);
    /// "name" for SQL.
    static QString sqlIdentifier(const QString &name);
};

} // namespace PgVault
