#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace PgVault {

/// What a finished client tool left behind.
struct ToolOutcome
{
    int exitCode = 0;
    QString out; ///< standard output
    QString err; ///< standard error
};

/// Runs one client tool (psql, pg_restore) to its end on the calling thread without an event
/// loop, polling a callback a few times a second so the caller can beat its heartbeat and stop
/// the child on cancel. Used by the restore, verify and row-count code.
class ToolRun
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ToolRun)

public:
    /// Return false to kill the child (the call then fails with JobRecorder::cancelled()).
    using Poll = std::function<bool()>;
    /// Receives the child's stderr as it comes.
    using Output = std::function<void(const QString &text)>;

    /// `input` is written to the child's stdin, which is then closed. Fails only when the child
    /// cannot start, crashes or is stopped; a non-zero exit is the caller's to judge.
    /// The errors for a client tool that did not start or did not end normally; shared with the
    /// code that runs pg_restore itself (BlockStreamer feeds its stdin from a socket).
    static Error startFailed(const QString &program, const QString &reason);
    static Error crashed(const QString &program, const QString &stderrText);

    static Result<ToolOutcome> run(const QString &program,
        const QStringList &arguments,
        const QProcessEnvironment &environment,
        const QByteArray &input = {},
        const Poll &poll = {},
        const Output &output = {});
};

} // namespace PgVault
