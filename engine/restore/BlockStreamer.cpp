#include "engine/restore/BlockStreamer.h"

#include "engine/jobs/JobRecorder.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildStdinSocket.h"
#include "engine/restore/DumpArchiveRewriter.h"
#include "engine/restore/RestoreTempFile.h"
#include "engine/restore/StreamingDatabaseRestore.h"
#include "engine/vault/CompressedFileReader.h"

#include <QProcess>
#include <QTemporaryFile>

namespace PgVault {

namespace {

constexpr int PollMs = 250;

/// The sink of the streaming thread's own decompression: hands the bytes to a rewriter and turns
/// its refusal (the block is complete, or the run stops) into a write failure that ends the
/// decompression early.
class RewriterDevice : public QIODevice
{
public:
    explicit RewriterDevice(DumpArchiveRewriter &rewriter)
        : m_rewriter(rewriter)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override { return m_rewriter.write(data, length) ? length : -1; }

private:
    DumpArchiveRewriter &m_rewriter;
};

} // namespace

BlockStreamer::BlockStreamer(Settings settings,
    std::shared_ptr<StreamingRestoreState> state,
    StoredFileSource openSource,
    FileDigest expected,
    QString displayName)
    : m_settings(std::move(settings))
    , m_state(std::move(state))
    , m_openSource(std::move(openSource))
    , m_expected(std::move(expected))
    , m_displayName(std::move(displayName))
{
}

void BlockStreamer::run()
{
    for (int index = 0;; ++index) {
        int dumpId = 0;
        {
            std::lock_guard<std::mutex> lock(m_state->mutex);
            if (m_state->stop)
                break;
            if (index >= m_state->claimed.size() && !m_state->unpacked) {
                // Take the next table the unpacking has not reached yet, if there is one.
                for (int candidate : std::as_const(m_state->dataIds)) {
                    if (!m_state->started.contains(candidate) && !m_state->claimed.contains(candidate)) {
                        m_state->claimed << candidate;
                        break;
                    }
                }
            }
            if (index >= m_state->claimed.size())
                break;
            dumpId = m_state->claimed.at(index);
        }
        Result<ToolOutcome> outcome = stream(dumpId);
        std::lock_guard<std::mutex> lock(m_state->mutex);
        if (!outcome) {
            m_state->streamError = outcome.error();
            break;
        }
        m_state->streamOutcomes << outcome.value();
        if (StreamingDatabaseRestore::failedOutright(outcome.value()))
            break;
    }
    m_state->update([this] { m_state->streamerDone = true; });
}

Result<ToolOutcome> BlockStreamer::stream(int dumpId)
{
    QTemporaryFile list(m_settings.tempTemplate + QStringLiteral(".list"));
    if (!list.open() || list.write(QByteArray::number(dumpId) + '\n') < 0 || !list.flush())
        return RestoreTempFile::writeFailed(tr("Cannot prepare the streamed restore: %1").arg(list.errorString()));
    Result<std::unique_ptr<QIODevice>> source = m_openSource();
    if (!source)
        return source.error();

    ChildStdinSocket input;
    QTemporaryFile errors(m_settings.tempTemplate + QStringLiteral(".err"));
    if (!input.isValid() || !errors.open())
        return RestoreTempFile::writeFailed(tr("Cannot prepare the streamed restore: %1").arg(errors.errorString()));
    QProcess process;
    process.setProcessEnvironment(m_settings.environment);
    input.attach(process);
    process.setStandardErrorFile(errors.fileName());
    process.start(m_settings.pgRestore,
        m_settings.arguments
            + QStringList{QStringLiteral("--section=data"), QStringLiteral("--use-list=") + list.fileName()});
    input.closeChildEnd();
    if (!process.waitForStarted(30000))
        return ToolRun::startFailed(m_settings.pgRestore, process.errorString());
    QByteArray head;
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        head = m_state->head;
    }
    bool reading = input.send(head.constData(), head.size(), m_state->stop);

    // Output positions of the block in this thread's rewrite of the archive.
    qint64 start = -1;
    qint64 end = -1;
    qint64 position = 0;
    bool inside = false;
    bool complete = false;
    DumpArchiveRewriter::Observer observer;
    observer.blockStarted = [&](int id, qint64 at) {
        inside = id == dumpId;
        if (inside)
            start = at;
    };
    observer.blockEnded = [&](qint64 at) {
        if (inside)
            end = at;
        inside = false;
    };
    const auto forward = [&](const char *data, qint64 length) {
        const qint64 at = position;
        position += length;
        const qint64 from = std::max(at, start);
        const qint64 to = end >= 0 ? std::min(position, end) : position;
        if (start >= 0 && to > from)
            reading = input.send(data + (from - at), to - from, m_state->stop);
        complete = end >= 0 && position >= end;
        // Past the block there is nothing more to send; a pg_restore that ended early says why.
        return reading && !complete;
    };
    DumpArchiveRewriter rewriter(forward, observer);
    RewriterDevice device(rewriter);
    Result<FileDigest> decoded = reading
        ? CompressedFileReader::decompress(source->get(), &device, m_expected, m_displayName)
        : Result<FileDigest>(FileDigest{});
    if (decoded && reading && !complete)
        rewriter.finish(); // a small archive stays in the rewriter's batch until here; sets `complete`
    input.closeWriting();
    const auto stopped = [&] {
        process.kill();
        process.waitForFinished(5000);
        return JobRecorder::cancelled();
    };
    if (m_state->stop)
        return stopped();
    if (!complete && reading) {
        stopped();
        if (!decoded)
            return decoded.error();
        return Error{QStringLiteral("Restore.StreamFailed"),
            tr("The data block %1 of %2 ended early.").arg(dumpId).arg(m_displayName),
            tr("Use another recovery point and check the vault's storage."),
            {}};
    }
    while (!process.waitForFinished(PollMs)) {
        if (m_state->stop)
            return stopped();
        if (process.state() == QProcess::NotRunning)
            break;
    }
    const QString err = ChildEnvironment::withoutPassfileNote(QString::fromUtf8(errors.readAll()));
    if (process.exitStatus() != QProcess::NormalExit)
        return ToolRun::crashed(m_settings.pgRestore, err);
    return ToolOutcome{process.exitCode(), {}, err};
}

} // namespace PgVault
