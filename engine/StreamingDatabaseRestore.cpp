#include "engine/StreamingDatabaseRestore.h"

#include "engine/ChildEnvironment.h"
#include "engine/CompressedFileReader.h"
#include "engine/DumpArchiveRewriter.h"
#include "engine/JobRecorder.h"
#include "engine/RestoreTempFile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

namespace PgVault {

namespace {

constexpr qint64 StreamPiece = 1024 * 1024;
constexpr qint64 StreamBacklog = 4 * 1024 * 1024; // unwritten bytes QProcess may hold
constexpr auto PollInterval = std::chrono::milliseconds(250);

} // namespace

/// What the unpacking thread, the streaming thread and the calling thread share; guarded by mutex.
struct StreamingDatabaseRestore::Shared
{
    struct Block
    {
        int dumpId = 0;
        qint64 start = 0;
        qint64 end = -1; // unknown until the block's last byte is out
    };

    std::mutex mutex;
    std::condition_variable changed;
    std::atomic<bool> stop{false};
    std::atomic<qint64> unpackedBytes{0};

    bool headKnown = false;
    QByteArray head;
    QList<int> dumpIds;
    std::vector<Block> blocks;
    qint64 written = 0;
    bool unpacked = false;
    std::optional<Error> unpackError;

    std::set<int> streamed; // dump ids the streaming thread took
    bool streamerDone = false;
    QList<ToolOutcome> streamOutcomes;
    std::optional<Error> streamError;

    void update(const std::function<void()> &change)
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            change();
        }
        changed.notify_all();
    }
};

/// The streaming thread: restores each data block while it is unpacked, through a serial
/// pg_restore that reads the table of contents and that one block from standard input.
class StreamingDatabaseRestore::Streamer
{
public:
    Streamer(const Settings &settings, std::shared_ptr<Shared> shared, QString file)
        : m_settings(settings)
        , m_shared(std::move(shared))
        , m_file(std::move(file))
    {
    }

    void run()
    {
        for (size_t next = 0;; ++next) {
            Shared::Block block;
            {
                std::unique_lock<std::mutex> lock(m_shared->mutex);
                m_shared->changed.wait(
                    lock, [&] { return m_shared->stop || m_shared->unpacked || next < m_shared->blocks.size(); });
                // Once the file is complete, pg_restore -j restores the blocks not yet taken.
                if (m_shared->stop || m_shared->unpacked)
                    break;
                block = m_shared->blocks[next];
                m_shared->streamed.insert(block.dumpId);
            }
            Result<ToolOutcome> outcome = stream(next);
            std::lock_guard<std::mutex> lock(m_shared->mutex);
            if (!outcome) {
                m_shared->streamError = outcome.error();
                break;
            }
            m_shared->streamOutcomes << outcome.value();
            if (failedOutright(outcome.value()))
                break;
        }
        m_shared->update([this] { m_shared->streamerDone = true; });
    }

private:
    Result<ToolOutcome> stream(size_t index)
    {
        QTemporaryFile list(m_settings.tempTemplate + QStringLiteral(".list"));
        QFile reader(m_file);
        Shared::Block block;
        QByteArray head;
        {
            std::lock_guard<std::mutex> lock(m_shared->mutex);
            block = m_shared->blocks[index];
            head = m_shared->head;
        }
        if (!list.open() || list.write(QByteArray::number(block.dumpId) + '\n') < 0 || !list.flush()
            || !reader.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("Restore.WriteFailed"),
                tr("Cannot prepare the streamed restore in %1: %2")
                    .arg(QFileInfo(m_file).absolutePath(), list.errorString() + reader.errorString()),
                tr("Free space in the temporary folder or set TMPDIR to a roomier one."),
                {}};

        QProcess process;
        process.setProcessEnvironment(m_settings.environment);
        process.start(m_settings.pgRestore,
            m_settings.arguments
                + QStringList{QStringLiteral("--section=data"), QStringLiteral("--use-list=") + list.fileName()});
        if (!process.waitForStarted(30000))
            return Error{QStringLiteral("PgTools.StartFailed"),
                tr("pg_restore could not be started: %1").arg(process.errorString()),
                tr("Check that the PostgreSQL client programs are installed."),
                {}};
        QByteArray err;
        const auto drain = [&] {
            err += process.readAllStandardError();
        };
        const auto stopped = [&] {
            process.kill();
            process.waitForFinished(5000);
            return JobRecorder::cancelled();
        };

        process.write(head);
        for (qint64 position = block.start;;) {
            qint64 limit = 0;
            bool ended = false;
            bool unpacked = false;
            {
                std::unique_lock<std::mutex> lock(m_shared->mutex);
                m_shared->changed.wait_for(lock, PollInterval, [&] {
                    return m_shared->stop || m_shared->unpacked || m_shared->written > position
                        || m_shared->blocks[index].end >= 0;
                });
                const qint64 end = m_shared->blocks[index].end;
                limit = end >= 0 ? std::min(end, m_shared->written) : m_shared->written;
                ended = end >= 0 && position >= end;
                unpacked = m_shared->unpacked;
            }
            if (m_shared->stop)
                return stopped();
            if (ended)
                break;
            if (position >= limit) {
                if (unpacked) // the archive ended inside the block (or unpacking failed)
                    return stopped();
                continue;
            }
            if (!reader.seek(position))
                return stopped();
            const QByteArray piece = reader.read(std::min(limit - position, StreamPiece));
            if (piece.isEmpty())
                return stopped();
            position += piece.size();
            process.write(piece);
            while (process.bytesToWrite() > StreamBacklog && process.state() == QProcess::Running) {
                process.waitForBytesWritten(int(PollInterval.count()));
                drain();
                if (m_shared->stop)
                    return stopped();
            }
            if (process.state() != QProcess::Running)
                break; // it ended early; its exit code and stderr say why
        }
        process.closeWriteChannel();
        while (!process.waitForFinished(int(PollInterval.count()))) {
            drain();
            if (m_shared->stop)
                return stopped();
            if (process.state() == QProcess::NotRunning)
                break;
        }
        drain();
        if (process.exitStatus() != QProcess::NormalExit)
            return Error{QStringLiteral("PgTools.Crashed"),
                tr("pg_restore stopped unexpectedly: %1").arg(QString::fromUtf8(err).trimmed().right(500)),
                tr("See the job's output for details."),
                {}};
        return ToolOutcome{process.exitCode(), {}, ChildEnvironment::withoutPassfileNote(QString::fromUtf8(err))};
    }

    const Settings &m_settings;
    std::shared_ptr<Shared> m_shared;
    QString m_file;
};

StreamingDatabaseRestore::StreamingDatabaseRestore(Settings settings, Poll poll, Output output)
    : m_settings(std::move(settings))
    , m_poll(std::move(poll))
    , m_output(std::move(output))
    , m_shared(std::make_shared<Shared>())
{
}

StreamingDatabaseRestore::~StreamingDatabaseRestore() = default;

bool StreamingDatabaseRestore::failedOutright(const ToolOutcome &outcome)
{
    return outcome.exitCode != 0 && !outcome.err.contains(QLatin1String("errors ignored on restore"));
}

bool StreamingDatabaseRestore::waitFor(const std::function<bool()> &done)
{
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_shared->mutex);
            if (m_shared->changed.wait_for(lock, PollInterval, done))
                return true;
        }
        if (m_poll && !m_poll(m_shared->unpackedBytes)) {
            m_shared->update([this] { m_shared->stop = true; });
            return false;
        }
    }
}

Result<ToolOutcome> StreamingDatabaseRestore::restoreFromFile(const QStringList &arguments, const QString &file)
{
    return ToolRun::run(
        m_settings.pgRestore,
        m_settings.arguments + arguments + QStringList{file},
        m_settings.environment,
        {},
        [this] {
            const bool go = !m_poll || m_poll(m_shared->unpackedBytes);
            if (!go)
                m_shared->update([this] { m_shared->stop = true; });
            return go;
        },
        m_output);
}

Result<QList<ToolOutcome>> StreamingDatabaseRestore::run(QIODevice *source,
    const FileDigest &expected,
    const QString &displayName,
    const std::function<Result<void>()> &createDatabase)
{
    const std::shared_ptr<Shared> shared = m_shared;
    RestoreTempFile temp(m_settings.tempTemplate, [shared](qint64 bytes) {
        shared->unpackedBytes = bytes;
        return !shared->stop;
    });
    if (!temp.open())
        return Error{QStringLiteral("Restore.WriteFailed"),
            tr("Cannot create a temporary file for %1: %2").arg(displayName, temp.errorString()),
            tr("Free space in the temporary folder or set TMPDIR to a roomier one."),
            {}};
    DumpArchiveRewriter::Observer observer;
    observer.headParsed = [shared](const QByteArray &head, const QList<int> &dumpIds) {
        shared->update([&] {
            shared->head = head;
            shared->dumpIds = dumpIds;
            shared->headKnown = true;
        });
    };
    observer.blockStarted = [shared](int dumpId, qint64 position) {
        shared->update([&] { shared->blocks.push_back({dumpId, position, -1}); });
    };
    observer.blockEnded = [shared](qint64 position) {
        shared->update([&] { shared->blocks.back().end = position; });
    };
    observer.written = [shared](qint64 position) {
        shared->update([&] { shared->written = position; });
    };
    temp.rewriteDumpArchive(observer);

    std::thread unpacker([shared, source, expected, displayName, &temp] {
        Result<FileDigest> digest = CompressedFileReader::decompress(source, &temp, expected, displayName);
        shared->update([&] {
            shared->unpacked = true;
            if (!digest)
                shared->unpackError = digest.error();
        });
    });
    Streamer streaming(m_settings, shared, temp.fileName());
    std::thread streamer;
    // However the run ends, both threads stop and are joined before the temporary file goes.
    const auto joinThreads = qScopeGuard([&] {
        shared->update([&] { shared->stop = true; });
        if (unpacker.joinable())
            unpacker.join();
        if (streamer.joinable())
            streamer.join();
    });

    if (!waitFor([&] { return shared->headKnown || shared->unpacked; }))
        return JobRecorder::cancelled();
    QList<ToolOutcome> outcomes;
    const auto complete = [&]() -> std::optional<Error> {
        if (!waitFor([&] { return shared->unpacked; }))
            return JobRecorder::cancelled();
        if (shared->unpackError)
            return shared->unpackError;
        QString problem;
        if (!temp.complete(&problem))
            return Error{QStringLiteral("Restore.WriteFailed"),
                tr("Writing the temporary copy of %1 failed: %2").arg(displayName, problem),
                tr("Free space in the temporary folder or set TMPDIR to a roomier one."),
                {}};
        m_output(temp.rewriteSummary() + QLatin1Char('\n'));
        return std::nullopt;
    };

    if (!shared->headKnown || !m_settings.stream) {
        // Not streamed (asked so, or not an archive the rewriter knows): unpack and check it
        // whole, then one pg_restore -j.
        if (std::optional<Error> failed = complete())
            return *failed;
        if (Result<void> created = createDatabase(); !created)
            return created.error();
        Result<ToolOutcome> whole
            = restoreFromFile({QStringLiteral("--jobs=%1").arg(m_settings.jobs)}, temp.fileName());
        if (!whole)
            return whole.error();
        return QList<ToolOutcome>{whole.value()};
    }

    if (Result<void> created = createDatabase(); !created)
        return created.error();
    QTemporaryFile headFile(m_settings.tempTemplate + QStringLiteral(".toc"));
    if (!headFile.open() || headFile.write(shared->head) != shared->head.size() || !headFile.flush())
        return Error{QStringLiteral("Restore.WriteFailed"),
            tr("Cannot write the table of contents of %1: %2").arg(displayName, headFile.errorString()),
            tr("Free space in the temporary folder or set TMPDIR to a roomier one."),
            {}};
    m_output(tr("Creating the schema while %1 unpacks.\n").arg(displayName));
    Result<ToolOutcome> schema = restoreFromFile({QStringLiteral("--section=pre-data")}, headFile.fileName());
    if (!schema)
        return schema.error();
    outcomes << schema.value();
    if (failedOutright(schema.value()))
        return outcomes;

    m_output(tr("Streaming table data into the server while it unpacks.\n"));
    streamer = std::thread([&streaming] { streaming.run(); });
    if (std::optional<Error> failed = complete())
        return *failed;
    unpacker.join();

    QList<int> remaining;
    int streamedCount = 0;
    {
        std::lock_guard<std::mutex> lock(shared->mutex);
        for (int dumpId : std::as_const(shared->dumpIds)) {
            if (!shared->streamed.contains(dumpId))
                remaining << dumpId;
        }
        streamedCount = int(shared->streamed.size());
    }
    m_output(tr("Streamed %n data block(s) while unpacking; restoring the rest with pg_restore -j %1.\n",
        nullptr,
        streamedCount)
                 .arg(m_settings.jobs));
    QTemporaryFile list(m_settings.tempTemplate + QStringLiteral(".list"));
    QByteArray listText;
    for (int dumpId : std::as_const(remaining))
        listText += QByteArray::number(dumpId) + '\n';
    if (!list.open() || list.write(listText) != listText.size() || !list.flush())
        return Error{QStringLiteral("Restore.WriteFailed"),
            tr("Cannot write the restore list of %1: %2").arg(displayName, list.errorString()),
            tr("Free space in the temporary folder or set TMPDIR to a roomier one."),
            {}};
    Result<ToolOutcome> data = restoreFromFile({QStringLiteral("--jobs=%1").arg(m_settings.jobs),
                                                   QStringLiteral("--section=data"),
                                                   QStringLiteral("--use-list=") + list.fileName()},
        temp.fileName());
    if (!data)
        return data.error();
    outcomes << data.value();

    if (!waitFor([&] { return shared->streamerDone; }))
        return JobRecorder::cancelled();
    streamer.join();
    for (const ToolOutcome &outcome : std::as_const(shared->streamOutcomes)) {
        if (!outcome.err.isEmpty())
            m_output(outcome.err);
    }
    outcomes << shared->streamOutcomes;
    if (shared->streamError)
        return *shared->streamError;
    for (const ToolOutcome &outcome : std::as_const(outcomes)) {
        if (failedOutright(outcome))
            return outcomes;
    }

    Result<ToolOutcome> indexes = restoreFromFile(
        {QStringLiteral("--jobs=%1").arg(m_settings.jobs), QStringLiteral("--section=post-data")}, temp.fileName());
    if (!indexes)
        return indexes.error();
    outcomes << indexes.value();
    return outcomes;
}

} // namespace PgVault
