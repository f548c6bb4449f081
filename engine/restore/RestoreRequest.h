#pragma once

#include "engine/instances/ServerProbe.h"
#include "models/instances/BackupInstance.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace PgVault {

/// Everything one restore needs besides the catalog: which point, and either a folder to restore
/// the files into (Azure's "restore as files") or a server to restore the databases into.
/// JobRunner fills it after claiming the instance's lease and creating the job row `jobId`.
struct RestoreRequest
{
    enum class Target { Folder, Server };

    QString jobId;
    BackupInstance instance;
    QString pointId;
    Target target = Target::Folder;

    // Restore as files
    QString folder;
    QString filePrefix;
    bool overwrite = false; ///< Azure's FailIfExists unless set

    // Restore to a server
    ServerConnection server; ///< password held in memory only; children get it via ChildEnvironment
    /// Source database -> target database. Empty: every database of the point, under its own name;
    /// otherwise only these databases are restored (Azure restores database by database too).
    QMap<QString, QString> databaseMap;
    int jobs = 1; ///< pg_restore -j
    bool applyRoles = false; ///< apply roles.sql, cleaned by RoleScriptFilter
    bool clean = false; ///< drop and recreate target databases that exist
    /// The caller has just checked every file of the point against the manifest (VerifyRunner), so
    /// RestoreToServer need not read them all once more before it changes the server.
    bool filesChecked = false;
    QStringList toolSearchDirs; ///< where to look for pg_restore/psql; empty: PgTools' defaults
};

} // namespace PgVault
