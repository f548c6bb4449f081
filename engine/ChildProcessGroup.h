#pragma once

#include <QProcess>

#include <functional>
#include <unistd.h>

namespace PgVault {

/// Starts the PostgreSQL tools a job runs (pg_dump, pg_restore, psql) in a process group of their
/// own. Ctrl+C in a terminal sends SIGINT to the whole foreground group: without this, pg_dump
/// died of it before pgvaultctl could cancel the job, and the job ended Failed instead of
/// Cancelled. Now only pgvaultctl gets the signal, and it stops its children itself.
class ChildProcessGroup
{
public:
    /// `alsoInChild` runs in the child too, after fork and before exec (async-signal-safe calls
    /// only). Call before process.start().
    static void separate(QProcess &process, std::function<void()> alsoInChild = {})
    {
        process.setChildProcessModifier([alsoInChild = std::move(alsoInChild)] {
            ::setpgid(0, 0);
            if (alsoInChild)
                alsoInChild();
        });
    }
};

} // namespace PgVault
