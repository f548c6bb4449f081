#pragma once

#include "models/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PgVault {

/// A PostgreSQL program version as printed by `--version`, e.g. 15.18 or 17devel.
struct PgVersion
{
    int major = 0; ///< 15 for 15.18; 9 for 9.6.24 (pre-10 versions keep only their first number)
    int minor = 0; ///< 18 for 15.18; 6 for 9.6.24; 0 for 17devel
    QString text; ///< the whole version word as printed: "15.18", "17beta2"

    bool operator==(const PgVersion &) const = default;

    /// Parses the first line of `pg_dump --version` and friends:
    /// "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" gives major 15, minor 18.
    static Result<PgVersion> parse(const QString &versionOutput);
};

/// One major version's client programs, all from the same directory, as absolute paths (symlinks
/// resolved, except Debian's pg_wrapper).
struct ToolSet
{
    PgVersion version;
    QString binDir; ///< where pg_dump really lives
    QString pgDump;
    QString pgDumpAll;
    QString pgRestore;
    QString psql;

    bool operator==(const ToolSet &) const = default;
};

/// One major version's server programs (initdb, pg_ctl, postgres), as absolute paths (symlinks
/// resolved).
struct ServerTools
{
    PgVersion version;
    QString binDir; ///< where pg_ctl really lives; psql and pgbench of that major sit beside it
    QString initdb;
    QString pgCtl;
    QString postgres;

    bool operator==(const ServerTools &) const = default;
};

/// Finds the PostgreSQL programs installed on this machine and picks the ones that can dump a given
/// server (pg_dump must be at least the server's major version). Used by ServerProbe, the backup
/// and restore runners and the test fixtures. Discovery runs `--version` children and blocks for
/// a moment: from the GUI, call it from a worker thread.
class PgTools
{
public:
    /// Searches PATH, then /usr/lib/postgresql/*/bin (Debian keeps every major there, off PATH).
    static PgTools discover();
    /// Searches exactly these directories, in order (tests, custom installs).
    static PgTools discover(const QStringList &searchDirs);
    /// The directories discover() searches by default.
    static QStringList defaultSearchDirs();

    /// Complete client tool sets (pg_dump, pg_dumpall, pg_restore, psql), newest major first, one
    /// per major (the highest minor wins).
    QList<ToolSet> toolSets() const { return m_toolSets; }
    /// Server program sets, newest major first.
    QList<ServerTools> serverToolSets() const { return m_serverToolSets; }

    /// The newest complete client tool set.
    Result<ToolSet> newest() const;
    /// The newest client tool set able to dump a server of this major version; fails naming the
    /// server version, the newest local pg_dump and the Debian package that fixes it.
    Result<ToolSet> forServerMajor(int serverMajor) const;
    /// The newest major's server programs (for throwaway test servers and restore drills).
    Result<ServerTools> newestServerTools() const;

    /// "postgresql-client-17": the Debian/Ubuntu package holding a major's client programs.
    static QString clientPackage(int major);
    /// The newest PostgreSQL major Debian 12 ships itself; newer ones come from apt.postgresql.org.
    static constexpr int DebianBookwormMajor = 15;

private:
    QList<ToolSet> m_toolSets;
    QList<ServerTools> m_serverToolSets;
};

} // namespace PgVault
