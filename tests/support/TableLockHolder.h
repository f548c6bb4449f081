#pragma once

#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"
#include "tests/support/TempPostgres.h"

#include <QProcess>

namespace PgVault::Test {

/// A psql session that locks the table "held" of a database exclusively for a minute, so a
/// pg_dump of that database waits: a backup that stays running as long as a test needs, without
/// a big database (TestAgent, TestJobRunner).
class TableLockHolder
{
public:
    /// Starts the session; the caller checks process().waitForStarted() and ends it.
    TableLockHolder(const TempPostgres &pg, const QString &database)
        : m_pg(pg)
        , m_database(database)
        , m_environment(pg.connection())
    {
        m_process.setProcessEnvironment(m_environment.forDatabase(database));
        ChildProcessGroup::separate(m_process); // keeps the passfile open in the child
        m_process.start(pg.serverTools().binDir + QStringLiteral("/psql"),
            {QStringLiteral("-X"),
                QStringLiteral("-w"),
                QStringLiteral("-c"),
                QStringLiteral("BEGIN; LOCK TABLE held IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60);")});
    }

    QProcess &process() { return m_process; }

    /// The session holds its lock (wait for this with QTRY_VERIFY, never a fixed sleep).
    bool isHeld() const
    {
        return count(QStringLiteral("pg_locks WHERE granted AND mode = 'AccessExclusiveLock' "
                                    "AND relation = 'held'::regclass"))
            > 0;
    }
    /// Some PgVault child (pg_dump, pg_restore, psql; application name "pgvault") waits for the lock.
    bool isSomeoneWaiting() const
    {
        return count(QStringLiteral("pg_stat_activity WHERE application_name = 'pgvault' "
                                    "AND wait_event_type = 'Lock'"))
            > 0;
    }

private:
    int count(const QString &fromWhere) const
    {
        const Result<QString> rows = m_pg.psql(m_database, QStringLiteral("SELECT count(*) FROM ") + fromWhere);
        return rows ? rows.value().trimmed().toInt() : 0;
    }

    const TempPostgres &m_pg;
    QString m_database;
    // psql reads the password from the environment's passfile, which lives as long as this.
    ChildEnvironment m_environment;
    QProcess m_process;
};

} // namespace PgVault::Test
