#pragma once

#include "engine/process/ToolRun.h"
#include "models/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

namespace PgVault {

/// Opens a stored dump file for reading; called once per reader, from any thread.
using StoredFileSource = std::function<Result<std::unique_ptr<QIODevice>>()>;

/// What StreamingDatabaseRestore's unpacking thread, BlockStreamer's thread and the calling
/// thread share while one database restores; every field but the atomics is guarded by mutex.
struct StreamingRestoreState
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

} // namespace PgVault
