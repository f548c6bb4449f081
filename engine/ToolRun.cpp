#include "engine/ToolRun.h"

#include "engine/ChildEnvironment.h"
#include "engine/ChildProcessGroup.h"
#include "engine/JobRecorder.h"

#include <QFileInfo>
#include <QProcess>

namespace PgVault {

Result<ToolOutcome> ToolRun::run(const QString &program,
    const QStringList &arguments,
    const QProcessEnvironment &environment,
    const QByteArray &input,
    const Poll &poll,
    const Output &output)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    ChildProcessGroup::separate(process);
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        return Error{QStringLiteral("PgTools.StartFailed"),
            tr("%1 could not be started: %2").arg(QFileInfo(program).fileName(), process.errorString()),
            tr("Check that the PostgreSQL client programs are installed."),
            {}};
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    ToolOutcome outcome;
    QByteArray err;
    while (!process.waitForFinished(250)) {
        // Drain stderr as it comes so a chatty child never blocks on a full pipe.
        const QByteArray chunk = process.readAllStandardError();
        if (!chunk.isEmpty()) {
            err += chunk;
            if (output)
                output(ChildEnvironment::withoutPassfileNote(QString::fromUtf8(chunk)));
        }
        if (poll && !poll()) {
            process.kill();
            process.waitForFinished(5000);
            return JobRecorder::cancelled();
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    const QByteArray rest = process.readAllStandardError();
    err += rest;
    if (!rest.isEmpty() && output)
        output(ChildEnvironment::withoutPassfileNote(QString::fromUtf8(rest)));
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = ChildEnvironment::withoutPassfileNote(QString::fromUtf8(err));
    if (process.exitStatus() != QProcess::NormalExit) {
        return Error{QStringLiteral("PgTools.Crashed"),
            tr("%1 stopped unexpectedly: %2").arg(QFileInfo(program).fileName(), outcome.err.trimmed().right(500)),
            tr("See the job's output for details."),
            {}};
    }
    outcome.exitCode = process.exitCode();
    return outcome;
}

} // namespace PgVault
