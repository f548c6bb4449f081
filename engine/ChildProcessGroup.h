#pragma once

#include <QProcess>

#include <functional>

namespace PgVault {

/// Starts the PostgreSQL tools a job runs (pg_dump, pg_dumpall, pg_restore, psql) the way they must
/// run; every QProcess that starts one goes through separate(). Two things happen in the child,
/// after fork and before exec:
///
/// - It gets a process group of its own. Ctrl+C in a terminal sends SIGINT to the whole foreground
///   group: without this, pg_dump died of it before pgvaultctl could cancel the job, and the job
///   ended Failed instead of Cancelled. Now only pgvaultctl gets the signal and stops its children.
/// - It keeps the descriptor of the ChildEnvironment passfile that its environment names open
///   (the descriptor is close-on-exec everywhere else).
class ChildProcessGroup
{
public:
    /// Call after process.setProcessEnvironment() (the passfile is found there) and before
    /// process.start(). `alsoInChild` runs in the child too, last (async-signal-safe calls only).
    static void separate(QProcess &process, std::function<void()> alsoInChild = {});
};

} // namespace PgVault
