#include "engine/process/ToolRun.h"

#include "engine/jobs/JobRecorder.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"

#include <QFileInfo>
#include <QProcess>

namespace PgVault {

Error ToolRun::startFailed(const QString &program, const QString &reason)
{
    return Error{QStringLiteral("PgTools.StartFailed"),
        tr("%1 could not be started: %2").arg(QFileInfo(program).fileName(), reason),
        tr("Check that the PostgreSQL client programs are installed."),
        {}};
}

Error ToolRun::crashed(const QString &program, const QString &stderrText)
{
    return Error{QStringLiteral("PgTools.Crashed"),
        tr("%1 stopped unexpectedly: %2").arg(QFileInfo(program).fileName(), stderrText.trimmed().right(500)),
        tr("See the job's output for details."),
        {}};
}

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
    if (!process.waitForStarted(30000))
        return startFailed(program, process.errorString());
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
    if (process.exitStatus() != QProcess::NormalExit)
        return crashed(program, outcome.err);
    outcome.exitCode = process.exitCode();
    return outcome;
}

} // namespace PgVault
