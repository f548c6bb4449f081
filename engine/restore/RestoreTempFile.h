#pragma once

#include "engine/restore/DumpArchiveRewriter.h"
#include "models/Result.h"

#include <QTemporaryFile>

#include <functional>
#include <memory>

namespace PgVault {

/// A temporary file that restores write into before the checksum is known: it reports every
/// write (so the job beats its heartbeat and notices a cancel while a big file decompresses)
/// and is removed unless keep() renames it into place. Used by RestoreToFolder and
/// RestoreToServer.
class RestoreTempFile : public QTemporaryFile
{
public:
    /// Return false to stop writing (the write then fails and the caller sees why).
    using Written = std::function<bool(qint64 bytes)>;

    RestoreTempFile(const QString &templateName, Written written);
    /// Restore.WriteFailed with `message` and the remedy for a full temporary folder; for every
    /// temporary file a restore writes (the dump, its table of contents, restore lists).
    static Error writeFailed(const QString &message);
    ~RestoreTempFile() override;

    /// What is written from now on is a pg_dump custom-format archive: store it the way
    /// pg_restore reads fastest (see DumpArchiveRewriter). Call before the first write.
    void rewriteDumpArchive(const DumpArchiveRewriter::Observer &observer = {});
    /// Writes what is pending (and the rewritten archive's offsets); call after the last write
    /// and before another program reads the file. False with the reason on failure.
    bool complete(QString *problem);
    /// complete(), fsync, then renames to `target` (replacing it when `replace`); false on failure.
    bool keep(const QString &target, bool replace, QString *problem);
    /// Says how a rewritten archive was stored, for the job's output (empty without rewriting).
    QString rewriteSummary() const;

protected:
    qint64 writeData(const char *data, qint64 length) override;

private:
    bool writeFully(const char *data, qint64 length);

    Written m_written;
    qint64 m_total = 0;
    std::unique_ptr<DumpArchiveRewriter> m_rewriter;
    bool m_completed = false;
};

} // namespace PgVault
