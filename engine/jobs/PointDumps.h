#pragma once

#include "engine/process/DumpProcess.h"
#include "engine/vault/CompressedFileWriter.h"
#include "models/Result.h"
#include "models/jobs/Job.h"
#include "models/points/PointManifest.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace PgVault {

class ChildEnvironment;
class PointWriter;
struct ServerInfo;
struct ToolSet;

/// The dumps that make up one recovery point (pg_dump per database, pg_dumpall for roles,
/// tablespaces and schema), run a few at a time on worker threads. BackupRunner owns the job
/// row, so this class only tells it, on the calling thread, how each dump is doing; one failed
/// dump fails the point, so the first failure stops the rest.
class PointDumps
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PointDumps)

public:
    /// Plans the dumps of every database in `server`. `stop` is the run's cancel flag: polled by
    /// every dump and set here on the first failure. `output` is called from the worker threads.
    PointDumps(const ToolSet &tools,
        const ServerInfo &server,
        const ChildEnvironment &environment,
        std::atomic<bool> &stop,
        DumpProcess::OutputCallback output);
    ~PointDumps();
    PointDumps(const PointDumps &) = delete;
    PointDumps &operator=(const PointDumps &) = delete;

    /// Appends one sub-task per dump to `job` so the job row lists them before any dump starts;
    /// report() later updates these same entries.
    void addSubTasks(Job &job);

    /// Blocks until every dump has ended or `stop` was set. Only the calling thread touches the
    /// catalog, so `heartbeat` runs here, at least every `heartbeatMs` and once after the last
    /// dump: that is where the caller calls report() and may call fail().
    void run(PointWriter &point,
        const CompressionOptions &compression,
        int parallelism,
        int heartbeatMs,
        const std::function<void()> &heartbeat);

    /// Brings the progress, bytes and dump sub-tasks of `job` up to date and returns the
    /// sub-tasks that changed, so the caller writes only those. Calling thread only.
    QList<SubTask> report(Job &job);

    /// Stops the dumps with `error` unless one failed first (any thread): e.g. a lost lease.
    void fail(const Error &error);
    /// The first failure; a cancelled dump is not one.
    std::optional<Error> failure() const;

    /// After a run without failure: the manifest's files, in plan order.
    QList<PointFile> files() const;
    /// After a run without failure: database -> "schema.table" -> rows in the dumped snapshot.
    QMap<QString, QMap<QString, qint64>> tableRowCounts() const;

private:
    struct Dump;

    /// Row counts (RowCounter): dumps a database inside an exported snapshot and counts its rows.
    Result<FileDigest> dumpInSnapshot(Dump &dump, PointWriter &point, const CompressionOptions &compression);

    std::vector<std::unique_ptr<Dump>> m_dumps;
    std::atomic<bool> &m_stop;
    DumpProcess::OutputCallback m_output;
    qint64 m_estimate = 0; ///< expected raw bytes of all dumps, for the job's progress
    mutable QMutex m_mutex;
    std::optional<Error> m_failure; ///< guarded by m_mutex
};

} // namespace PgVault
