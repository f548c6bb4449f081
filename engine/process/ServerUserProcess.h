#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace PgVault {

/// Runs a PostgreSQL server program (initdb, pg_ctl) for a throwaway cluster: as the postgres
/// user when PgVault runs as root (initdb and postgres refuse root), argv intact and no shell, with
/// the caller's PG* variables removed. Used by the restore drill's ScratchCluster and the tests'
/// TempPostgres.
class ServerUserProcess
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ServerUserProcess)

public:
    struct Outcome
    {
        bool ok = false;
        QString output; ///< stdout and stderr merged
    };

    /// Whether programs run as another user (we are root), so files they read need chown.
    static bool switchesUser();
    /// The private environment: the system's, without PG* variables, in the C.UTF-8 locale.
    static QProcessEnvironment environment();
    /// Runs `program` in `workingDirectory` (the server user may not enter the caller's) and waits
    /// up to `timeoutMs`.
    static Outcome run(
        const QString &program, const QStringList &arguments, const QString &workingDirectory, int timeoutMs);
};

} // namespace PgVault
