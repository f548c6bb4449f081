#include "engine/StreamingDatabaseRestore.h"

#include "engine/ChildEnvironment.h"
#include "engine/ChildProcessGroup.h"
#include "engine/CompressedFileReader.h"
#include "engine/DumpArchiveRewriter.h"
#include "engine/JobRecorder.h"
#include "engine/RestoreTempFile.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <poll.h>
#include <set>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace PgVault {

namespace {

constexpr auto PollInterval = std::chrono::milliseconds(250);

} // namespace

/// What the unpacking thread, the streaming thread and the calling thread share; guarded by mutex.
struct StreamingDatabaseRestore::Shared
{
    std::mutex mutex;
    std::condition_variable changed;
    std::atomic<bool> stop{false};
    std::atomic<qint64> unpackedBytes{0};

    bool headKnown = false;
    QByteArray head;
    QList<int> dumpIds; // every TOC entry
    QList<int> dataIds; // the entries with a data block, in the order of the blocks
    std::set<int> started; // blocks the unpacking reached
    QList<int> claimed; // blocks the streaming thread restores; the temporary file leaves them empty
    bool unpacked = false;
    std::optional<Error> unpackError;

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

namespace {

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

/// The streaming pg_restore's standard input: one end of a socket pair, so the thread writes with
/// blocking sends while pg_restore reads (QProcess moves stdin data only inside its waitFor calls,
/// which starved pg_restore between them), and a pg_restore that ends early shows as EPIPE rather
/// than SIGPIPE.
class StdinSocket
{
public:
    StdinSocket()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_fds) != 0)
            m_fds[0] = m_fds[1] = -1;
        const int size = 1024 * 1024;
        if (m_fds[1] >= 0)
            ::setsockopt(m_fds[1], SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    }
    ~StdinSocket()
    {
        closeChildEnd();
        closeWriting();
    }
    StdinSocket(const StdinSocket &) = delete;
    StdinSocket &operator=(const StdinSocket &) = delete;

    bool isValid() const { return m_fds[0] >= 0; }
    /// Makes the socket the child's standard input (run in the child between fork and exec).
    void attach(QProcess &process) const
    {
        process.setStandardInputFile(QProcess::nullDevice());
        ChildProcessGroup::separate(process, [fd = m_fds[0]] { ::dup2(fd, STDIN_FILENO); });
    }
    void closeChildEnd()
    {
        if (m_fds[0] >= 0)
            ::close(m_fds[0]);
        m_fds[0] = -1;
    }
    /// Sends all of `data`, waiting while pg_restore catches up; false when it stopped reading or
    /// `stop` turned true.
    bool send(const char *data, qint64 length, const std::atomic<bool> &stop)
    {
        while (length > 0) {
            pollfd ready{m_fds[1], POLLOUT, 0};
            if (stop)
                return false;
            if (::poll(&ready, 1, int(PollInterval.count())) <= 0)
                continue;
            const ssize_t sent = ::send(m_fds[1], data, size_t(length), MSG_NOSIGNAL);
            if (sent < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (sent <= 0)
                return false;
            data += sent;
            length -= sent;
        }
        return true;
    }
    /// End of input for pg_restore.
    void closeWriting()
    {
        if (m_fds[1] >= 0)
            ::close(m_fds[1]);
        m_fds[1] = -1;
    }

private:
    int m_fds[2] = {-1, -1};
};

} // namespace

/// The streaming thread: restores the claimed data blocks through a serial pg_restore reading the
/// table of contents and that one block from standard input. The block comes from the thread's
/// own decompression of the stored file, so it never touches the disk; the unpacking thread
/// leaves it out of the temporary file.
class StreamingDatabaseRestore::Streamer
{
public:
    Streamer(const Settings &settings, std::shared_ptr<Shared> shared, const Source &openSource, Stored stored)
        : m_settings(settings)
        , m_shared(std::move(shared))
        , m_openSource(openSource)
        , m_stored(std::move(stored))
    {
    }

    void run()
    {
        for (int index = 0;; ++index) {
            int dumpId = 0;
            {
                std::lock_guard<std::mutex> lock(m_shared->mutex);
                if (m_shared->stop)
                    break;
                if (index >= m_shared->claimed.size() && !m_shared->unpacked) {
                    // Take the next table the unpacking has not reached yet, if there is one.
                    for (int candidate : std::as_const(m_shared->dataIds)) {
                        if (!m_shared->started.contains(candidate) && !m_shared->claimed.contains(candidate)) {
                            m_shared->claimed << candidate;
                            break;
                        }
                    }
                }
                if (index >= m_shared->claimed.size())
                    break;
                dumpId = m_shared->claimed.at(index);
            }
            Result<ToolOutcome> outcome = stream(dumpId);
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
    Result<ToolOutcome> stream(int dumpId)
    {
        QTemporaryFile list(m_settings.tempTemplate + QStringLiteral(".list"));
        if (!list.open() || list.write(QByteArray::number(dumpId) + '\n') < 0 || !list.flush())
            return Error{QStringLiteral("Restore.WriteFailed"),
                tr("Cannot prepare the streamed restore: %1").arg(list.errorString()),
                tr("Free space in the temporary folder or set TMPDIR to a roomier one."),
                {}};
        Result<std::unique_ptr<QIODevice>> source = m_openSource();
        if (!source)
            return source.error();

        StdinSocket input;
        QTemporaryFile errors(m_settings.tempTemplate + QStringLiteral(".err"));
        if (!input.isValid() || !errors.open())
            return Error{QStringLiteral("Restore.WriteFailed"),
                tr("Cannot prepare the streamed restore: %1").arg(errors.errorString()),
                tr("Free space in the temporary folder or set TMPDIR to a roomier one."),
                {}};
        QProcess process;
        process.setProcessEnvironment(m_settings.environment);
        input.attach(process);
        process.setStandardErrorFile(errors.fileName());
        process.start(m_settings.pgRestore,
            m_settings.arguments
                + QStringList{QStringLiteral("--section=data"), QStringLiteral("--use-list=") + list.fileName()});
        input.closeChildEnd();
        if (!process.waitForStarted(30000))
            return Error{QStringLiteral("PgTools.StartFailed"),
                tr("pg_restore could not be started: %1").arg(process.errorString()),
                tr("Check that the PostgreSQL client programs are installed."),
                {}};
        QByteArray head;
        {
            std::lock_guard<std::mutex> lock(m_shared->mutex);
            head = m_shared->head;
        }
        bool reading = input.send(head.constData(), head.size(), m_shared->stop);

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
                reading = input.send(data + (from - at), to - from, m_shared->stop);
            complete = end >= 0 && position >= end;
            // Past the block there is nothing more to send; a pg_restore that ended early says why.
            return reading && !complete;
        };
        DumpArchiveRewriter rewriter(forward, observer);
        RewriterDevice device(rewriter);
        Result<FileDigest> decoded = reading
            ? CompressedFileReader::decompress(source->get(), &device, m_stored.digest, m_stored.name)
            : Result<FileDigest>(FileDigest{});
        if (decoded && reading && !complete)
            rewriter.finish(); // a small archive stays in the rewriter's batch until here; sets `complete`
        input.closeWriting();
        const auto stopped = [&] {
            process.kill();
            process.waitForFinished(5000);
            return JobRecorder::cancelled();
        };
        if (m_shared->stop)
            return stopped();
        if (!complete && reading) {
            stopped();
            if (!decoded)
                return decoded.error();
            return Error{QStringLiteral("Restore.StreamFailed"),
                tr("The data block %1 of %2 ended early.").arg(dumpId).arg(m_stored.name),
                tr("Use another recovery point and check the vault's storage."),
                {}};
        }
        while (!process.waitForFinished(int(PollInterval.count()))) {
            if (m_shared->stop)
                return stopped();
            if (process.state() == QProcess::NotRunning)
                break;
        }
        const QString err = ChildEnvironment::withoutPassfileNote(QString::fromUtf8(errors.readAll()));
        if (process.exitStatus() != QProcess::NormalExit)
            return Error{QStringLiteral("PgTools.Crashed"),
                tr("pg_restore stopped unexpectedly: %1").arg(err.trimmed().right(500)),
                tr("See the job's output for details."),
                {}};
        return ToolOutcome{process.exitCode(), {}, err};
    }

    const Settings &m_settings;
    std::shared_ptr<Shared> m_shared;
    const Source &m_openSource;
    Stored m_stored;
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

Result<QList<ToolOutcome>> StreamingDatabaseRestore::run(const Source &openSource,
    const FileDigest &expected,
    const QString &displayName,
    const std::function<Result<void>()> &createDatabase)
{
    Result<std::unique_ptr<QIODevice>> opened = openSource();
    if (!opened)
        return opened.error();
    QIODevice *source = opened->get();
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
    const bool stream = m_settings.stream;
    observer.headParsed
        = [shared, stream](const QByteArray &head, const QList<int> &dumpIds, const QList<int> &dataIds) {
              shared->update([&] {
                  shared->head = head;
                  shared->dumpIds = dumpIds;
                  shared->dataIds = dataIds;
                  shared->headKnown = true;
                  // The first table streams from the vault straight into the server; most dumps put the
                  // largest data early, and the unpacking skips it instead of writing it to disk.
                  if (stream && !dataIds.isEmpty())
                      shared->claimed << dataIds.first();
              });
          };
    observer.blockStarted = [shared](int dumpId, qint64) {
        shared->update([&] { shared->started.insert(dumpId); });
    };
    observer.omitData = [shared](int dumpId) {
        std::lock_guard<std::mutex> lock(shared->mutex);
        return shared->claimed.contains(dumpId);
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
    Streamer streaming(m_settings, shared, openSource, Stored{expected, displayName});
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

    streamer = std::thread([&streaming] { streaming.run(); });
    if (std::optional<Error> failed = complete())
        return *failed;
    unpacker.join();

    QList<int> remaining;
    int streamedCount = 0;
    {
        std::lock_guard<std::mutex> lock(shared->mutex);
        for (int dumpId : std::as_const(shared->dumpIds)) {
            if (!shared->claimed.contains(dumpId))
                remaining << dumpId;
        }
        streamedCount = int(shared->claimed.size());
    }
    m_output(tr("Streaming %n table(s) from the vault into the server; restoring the rest with pg_restore -j %1.\n",
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
