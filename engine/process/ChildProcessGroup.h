#pragma once

#include <QProcess>

#include <functional>

namespace PgVault {

/// Starts the PostgreSQL tools a job runs (pg_dump, pg_dumpall, pg_restore, psql) the way they must
/// run; every QProcess that starts one goes through separate(). Three things happen in the child,
/// after fork and before exec:
///
/// - It gets a process group of its own. Ctrl+C in a terminal sends SIGINT to the whole foreground
///   group: without this, pg_dump died of it before pgvaultctl could cancel the job, and the job
///   ended Failed instead of Cancelled. Now only pgvaultctl gets the signal and stops its children.
/// - It gets SIGTERM when this process dies (PR_SET_PDEATHSIG), so a pgvaultctl or GUI killed with
///   SIGKILL takes its tools along instead of leaving them holding locks and connections; SIGTERM
///   rather than SIGKILL because pg_dump and pg_restore answer it by cancelling their queries on
///   the server. The kernel sends it when the *thread* that started the child ends, not the
///   process: that is safe here because every caller starts a child, waits for it and destroys the
///   QProcess (whose destructor kills the child) on one and the same thread, so no child is meant
///   to outlive its thread. Grandchildren get no signal (pg_dumpall's own pg_dump runs): they end on
///   their next write to the closed pipe.
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
