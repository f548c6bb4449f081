#include "engine/process/DumpProcess.h"

#include "engine/Logging.h"
#include "engine/jobs/JobRecorder.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"
#include "engine/vault/VaultStore.h"

#include <QFileInfo>
#include <QProcess>

namespace PgVault {

namespace {

constexpr int PollMs = 200; // how quickly a cancel request kills the child
constexpr int StderrTailChars = 2000; // what a failure message quotes of the tool's stderr

} // namespace

Result<FileDigest> DumpProcess::run(const DumpCommand &command,
    PointWriter &point,
    const CompressionOptions &compression,
    const std::atomic<bool> &stop,
    std::atomic<qint64> &rawBytes,
    const OutputCallback &output)
{
    const QString tool = QFileInfo(command.program).fileName();
    Result<QIODevice *> sink = point.createFile(command.fileName);
    if (!sink)
        return sink.error();
    Result<std::unique_ptr<CompressedFileWriter>> created
        = CompressedFileWriter::create(sink.value(), command.fileName, compression);
    if (!created)
        return created.error();
    CompressedFileWriter &writer = *created.value();

    QProcess process;
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setProcessEnvironment(command.environment);
    process.setStandardInputFile(QProcess::nullDevice());
    ChildProcessGroup::separate(process);
    qCInfo(lcEngineBackup) << "starting" << tool << "for" << command.label;
    process.start();
    if (!process.waitForStarted(10000)) {
        return Error{QStringLiteral("PgTools.StartFailed"),
            tr("Cannot start %1 (%2).").arg(command.program, process.errorString()),
            tr("Install the PostgreSQL client tools (apt-get install postgresql-client) and retry."),
            {}};
    }

    QString stderrTail;
    const auto takeStderr = [&] {
        const QByteArray err = process.readAllStandardError();
        if (err.isEmpty())
            return;
        const QString text = ChildEnvironment::withoutPassfileNote(QString::fromUtf8(err));
        stderrTail = QString(stderrTail + text).right(StderrTailChars);
        if (output)
            output(QStringLiteral("[%1 %2] %3").arg(tool, command.label, text));
    };
    const auto killChild = [&process] {
        process.kill();
        process.waitForFinished(5000);
    };

    QByteArray chunk;
    std::optional<Error> failure;
    for (;;) {
        if (stop.load()) {
            killChild();
            return JobRecorder::cancelled();
        }
        // waitForReadyRead returns false on timeout and once the child has exited; whatever it
        // wrote before exiting is still buffered and read below.
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(PollMs)) {
            takeStderr();
            if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0)
                break;
            continue;
        }
        chunk.resize(ReadChunkSize);
        const qint64 got = process.read(chunk.data(), ReadChunkSize);
        if (got > 0) {
            rawBytes += got;
            if (Result<void> written = writer.write(chunk.constData(), got); !written) {
                failure = written.error();
                break;
            }
        }
        takeStderr();
    }
    if (failure) {
        killChild();
        return *failure;
    }
    takeStderr();

    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString reason = process.exitStatus() == QProcess::NormalExit ? tr("exit code %1").arg(process.exitCode())
                                                                            : tr("it crashed");
        const QString tail = stderrTail.trimmed().replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
        qCWarning(lcEngineBackup) << tool << "failed for" << command.label << reason << tail;
        return Error{QStringLiteral("Backup.DumpFailed"),
            tr("%1 failed for %2 (%3): %4").arg(tool, command.label, reason, tail),
            tr("Check the tool output in the job details, fix the cause on the server (privileges, locks, disk) "
               "and run the backup again."),
            {}};
    }
    Result<FileDigest> digest = writer.finish();
    if (!digest)
        return digest.error();
    if (Result<void> finished = point.finishFile(command.fileName); !finished)
        return finished.error();
    qCInfo(lcEngineBackup) << tool << "finished for" << command.label << digest->rawSize << "bytes,"
                           << digest->storedSize << "stored";
    return digest;
}

} // namespace PgVault
