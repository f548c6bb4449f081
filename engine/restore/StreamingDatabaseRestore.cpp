#include "engine/restore/StreamingDatabaseRestore.h"

#include "engine/jobs/JobRecorder.h"
#include "engine/restore/BlockStreamer.h"
#include "engine/restore/DumpArchiveRewriter.h"
#include "engine/restore/RestoreTempFile.h"
#include "engine/vault/CompressedFileReader.h"

#include <QScopeGuard>
#include <QTemporaryFile>

#include <chrono>
#include <thread>

namespace PgVault {

namespace {

constexpr auto PollInterval = std::chrono::milliseconds(250);

} // namespace

StreamingDatabaseRestore::StreamingDatabaseRestore(Settings settings, Poll poll, Output output)
    : m_settings(std::move(settings))
    , m_poll(std::move(poll))
    , m_output(std::move(output))
    , m_shared(std::make_shared<StreamingRestoreState>())
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
    const std::shared_ptr<StreamingRestoreState> shared = m_shared;
    RestoreTempFile temp(m_settings.tempTemplate, [shared](qint64 bytes) {
        shared->unpackedBytes = bytes;
        return !shared->stop;
    });
    if (!temp.open())
        return RestoreTempFile::writeFailed(
            tr("Cannot create a temporary file for %1: %2").arg(displayName, temp.errorString()));
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
    BlockStreamer streaming(
        {m_settings.pgRestore, m_settings.environment, m_settings.arguments, m_settings.tempTemplate},
        shared,
        openSource,
        expected,
        displayName);
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
            return RestoreTempFile::writeFailed(
                tr("Writing the temporary copy of %1 failed: %2").arg(displayName, problem));
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
        return RestoreTempFile::writeFailed(
            tr("Cannot write the table of contents of %1: %2").arg(displayName, headFile.errorString()));
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
        return RestoreTempFile::writeFailed(
            tr("Cannot write the restore list of %1: %2").arg(displayName, list.errorString()));
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