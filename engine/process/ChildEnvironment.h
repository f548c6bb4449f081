#pragma once

#include "engine/instances/ServerProbe.h"

#include <QProcessEnvironment>
#include <QString>

namespace PgVault {

/// The private environment of every libpq child (psql, pg_dump, pg_dumpall, pg_restore) that
/// serves one connection: the connection settings as PG* variables (so database names are never
/// parsed as conninfo), the password in a passfile, nothing inherited from the caller's PG*
/// variables. The passfile is an anonymous memory file (memfd) that children open as
/// PGPASSFILE=/dev/fd/N: it never reaches a disk, so a process killed with SIGKILL leaves no
/// password behind, and it is gone with the last process holding it. Its descriptor is
/// close-on-exec; ChildProcessGroup::separate() keeps it open in the children that need it, so
/// no other program this process starts can read it. The password never reaches argv or a log.
/// Used by ServerProbe, BackupRunner and RestoreToServer; keep it until the children have finished.
class ChildEnvironment
{
public:
    explicit ChildEnvironment(const ServerConnection &connection);
    ~ChildEnvironment();
    ChildEnvironment(const ChildEnvironment &) = delete;
    ChildEnvironment &operator=(const ChildEnvironment &) = delete;

    /// The environment for a child connecting to `database` (PGDATABASE); without a database the
    /// tool's own default applies (pg_dumpall picks postgres or template1).
    QProcessEnvironment forDatabase(const QString &database = {}) const;

    /// The passfile's path, /dev/fd/N; empty when the password travels in PGPASSWORD instead (a
    /// password with a line break, which a passfile line cannot hold, or no memfd support).
    QString passfilePath() const;

    /// The descriptor a child started with `environment` must inherit to read its passfile; -1
    /// when the environment names no passfile of ours.
    static int passfileDescriptor(const QProcessEnvironment &environment);

    /// libpq mentions the passfile it used ("password retrieved from file …"); that path means
    /// nothing to a user, so messages shown to them drop it.
    static QString withoutPassfileNote(const QString &text);

private:
    QProcessEnvironment m_env;
    int m_passfile = -1;
};

} // namespace PgVault
