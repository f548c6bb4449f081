#pragma once

#include "engine/process/ToolRun.h"
#include "engine/restore/StreamingRestoreState.h"
#include "engine/vault/CompressedFileWriter.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace PgVault {

/// Restores one database dump from the vault into a new, empty database while the dump is still
/// being unpacked, so the unpacking hides behind the restore instead of coming before it:
///
/// 1. a thread checks and decompresses the stored file into a temporary file, rewritten by
///    DumpArchiveRewriter (pg_restore -j needs a seekable file with data offsets);
/// 2. as soon as the archive's table of contents is out, `pg_restore --section=pre-data` creates
///    the schema from it;
/// 3. a second thread streams each table's data, as it is unpacked, into a serial
///    `pg_restore --section=data` reading standard input, one table after the other;
/// 4. once the file is complete, `pg_restore -j N --section=data` restores the tables the stream
///    has not reached, then `pg_restore -j N --section=post-data` builds indexes and constraints.
///
/// Running the three sections one after the other is what pg_restore's documentation describes as
/// equivalent to one whole restore. Data reaches the server before the stored file's checksum is
/// known to be right, so this is only for databases the restore created itself: on any failure the
/// caller drops the database (RestoreToServer does). Memory stays bounded: the stream is read back
/// from the temporary file, never buffered.
class StreamingDatabaseRestore
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::StreamingDatabaseRestore)

public:
    struct Settings
    {
        QString pgRestore;
        QProcessEnvironment environment;
        /// Passed to every pg_restore run: --dbname, --no-password, --no-owner …
        QStringList arguments;
        int jobs = 1;
        /// Where the temporary files go (a QTemporaryFile template for the unpacked dump).
        QString tempTemplate;
        /// False: unpack and check the whole file before createDatabase and one pg_restore -j
        /// (for a database that replaces one the user had: a damaged file must not drop it).
        bool stream = true;
    };
    /// Polled on the calling thread a few times a second with the bytes unpacked so far; return
    /// false to stop (the run then fails with JobRecorder::cancelled()).
    using Poll = std::function<bool(qint64 unpacked)>;
    /// Says what happens, for the job's output (called on the calling thread).
    using Output = std::function<void(const QString &text)>;
    using Source = StoredFileSource;

    StreamingDatabaseRestore(Settings settings, Poll poll, Output output);
    ~StreamingDatabaseRestore();

    /// Unpacks `source` (checked against `expected`; `displayName` names it in errors) and
    /// restores it. `createDatabase` is called once, before anything is restored. Returns every
    /// pg_restore run's outcome in order for the caller to judge (pg_restore goes on past objects
    /// it cannot create); stops early after a run that failed outright.
    Result<QList<ToolOutcome>> run(const Source &openSource,
        const FileDigest &expected,
        const QString &displayName,
        const std::function<Result<void>()> &createDatabase);

    /// True when pg_restore stopped instead of going on past an object it could not create.
    static bool failedOutright(const ToolOutcome &outcome);

private:
    Result<ToolOutcome> restoreFromFile(const QStringList &arguments, const QString &file);
    bool waitFor(const std::function<bool()> &done);

    Settings m_settings;
    Poll m_poll;
    Output m_output;
    std::shared_ptr<StreamingRestoreState> m_shared;
};

} // namespace PgVault
