#pragma once

#include "engine/ChildEnvironment.h"
#include "engine/ChildProcessGroup.h"
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
        : m_environment(pg.connection())
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

private:
    // psql reads the password from the environment's passfile, which lives as long as this.
    ChildEnvironment m_environment;
    QProcess m_process;
};

} // namespace PgVault::Test
