#pragma once

#include "engine/vault/CompressedFileWriter.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace PgVault {

class PointWriter;

/// One dump child to run: the program with its argv (never a shell, never a secret), its private
/// environment, and the point file its output becomes.
struct DumpCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QString fileName; ///< the file inside the point (PointManifest's names)
    QString label; ///< what the user calls it in output and errors: "database \"sales\"", "roles"
};

/// Runs one pg_dump or pg_dumpall child and streams its standard output through a
/// CompressedFileWriter into a PointWriter file, with bounded memory: the calling thread owns
/// the QProcess and pulls with waitForReadyRead, so no event loop is needed and at most one read
/// chunk is held at a time. PointDumps runs several of these on its worker threads.
class DumpProcess
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::DumpProcess)

public:
    using OutputCallback = std::function<void(const QString &text)>;

    /// The largest chunk read from the child at once.
    static constexpr qint64 ReadChunkSize = qint64{256} * 1024;

    /// Blocks until the child has finished and the file is durable (PointWriter::finishFile).
    /// `stop` is polled a few times a second: when set, the child is killed and the call fails
    /// with Job.Cancelled. `rawBytes` grows by every byte read from the child (for progress);
    /// `output` receives the child's stderr as it comes (from this thread). Errors:
    /// Backup.DumpFailed (the tool's exit code and last stderr lines), PgTools.StartFailed,
    /// Job.Cancelled, and the vault's write errors.
    static Result<FileDigest> run(const DumpCommand &command,
        PointWriter &point,
        const CompressionOptions &compression,
        const std::atomic<bool> &stop,
        std::atomic<qint64> &rawBytes,
        const OutputCallback &output);
};

} // namespace PgVault
