#pragma once

#include "engine/restore/StreamingRestoreState.h"
#include "engine/vault/CompressedFileWriter.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace PgVault {

/// The streaming thread of StreamingDatabaseRestore: restores each claimed data block through a
/// serial pg_restore that reads the archive's table of contents and that one block from standard
/// input. The block comes from the thread's own decompression of the stored file, so it never
/// touches the disk; the unpacking thread leaves it out of the temporary file. After a block it
/// claims the next one the unpacking has not reached, if any.
class BlockStreamer
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::BlockStreamer)

public:
    struct Settings
    {
        QString pgRestore;
        QProcessEnvironment environment;
        QStringList arguments; ///< --dbname, --no-password …
        QString tempTemplate; ///< for the restore list and pg_restore's stderr
    };

    BlockStreamer(Settings settings,
        std::shared_ptr<StreamingRestoreState> state,
        StoredFileSource openSource,
        FileDigest expected,
        QString displayName);

    /// Runs on its own thread until every claimed block is restored, one failed or `stop`.
    void run();

private:
    Result<ToolOutcome> stream(int dumpId);

    Settings m_settings;
    std::shared_ptr<StreamingRestoreState> m_state;
    StoredFileSource m_openSource;
    FileDigest m_expected;
    QString m_displayName;
};

} // namespace PgVault
