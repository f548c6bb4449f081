#include "engine/restore/RestoreTempFile.h"

#include "engine/Logging.h"
#include "engine/restore/DumpArchiveRewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace PgVault {

RestoreTempFile::RestoreTempFile(const QString &templateName, Written written)
    : QTemporaryFile(templateName)
    , m_written(std::move(written))
{
}

RestoreTempFile::~RestoreTempFile() = default;

Error RestoreTempFile::writeFailed(const QString &message)
{
    return Error{QStringLiteral("Restore.WriteFailed"),
        message,
        QCoreApplication::translate(
            "PgVault::RestoreTempFile", "Free space in the temporary folder or set TMPDIR to a roomier one."),
        {}};
}

void RestoreTempFile::rewriteDumpArchive(const DumpArchiveRewriter::Observer &observer)
{
    Q_ASSERT(m_total == 0);
    m_rewriter = std::make_unique<DumpArchiveRewriter>(
        [this](const char *data, qint64 length) { return writeFully(data, length); }, observer);
}

qint64 RestoreTempFile::writeData(const char *data, qint64 length)
{
    if (m_written && !m_written(m_total))
        return -1;
    if (m_rewriter) {
        // The rewritten bytes differ from the ones given; the caller counts what it gave.
        if (!m_rewriter->write(data, length))
            return -1;
        m_total += length;
        return length;
    }
    const qint64 done = QTemporaryFile::writeData(data, length);
    if (done > 0)
        m_total += done;
    return done;
}

bool RestoreTempFile::writeFully(const char *data, qint64 length)
{
    while (length > 0) {
        const qint64 done = QTemporaryFile::writeData(data, length);
        if (done <= 0)
            return false;
        data += done;
        length -= done;
    }
    // In the file, not in QFile's buffer: a reader may follow the rewritten output (the rewriter
    // batches its output, so this is one system call per megabyte).
    return flush();
}

bool RestoreTempFile::complete(QString *problem)
{
    if (m_completed)
        return true;
    if (m_rewriter && !m_rewriter->finish()) {
        *problem = errorString();
        return false;
    }
    if (!flush()) {
        *problem = errorString();
        return false;
    }
    if (m_rewriter) {
        // The offsets point into the finished file, so they are written last, in place.
        const QList<DumpArchiveRewriter::Patch> patches = m_rewriter->patches();
        for (const DumpArchiveRewriter::Patch &patch : patches) {
            if (::pwrite(handle(), patch.bytes.constData(), size_t(patch.bytes.size()), off_t(patch.position))
                != patch.bytes.size()) {
                *problem = QString::fromLocal8Bit(std::strerror(errno));
                return false;
            }
        }
        qCInfo(lcEngineRestore).noquote() << rewriteSummary();
    }
    m_completed = true;
    return true;
}

QString RestoreTempFile::rewriteSummary() const
{
    if (!m_rewriter)
        return {};
    if (!m_rewriter->passThroughReason().isEmpty())
        return QCoreApplication::translate("PgVault::RestoreTempFile", "Archive stored as it is: %1.")
            .arg(m_rewriter->passThroughReason());
    return QCoreApplication::translate(
        "PgVault::RestoreTempFile", "Archive indexed for pg_restore: %1 data blocks, %2 chunks joined into %3.")
        .arg(m_rewriter->dataBlocks())
        .arg(m_rewriter->chunksRead())
        .arg(m_rewriter->chunksWritten());
}

bool RestoreTempFile::keep(const QString &target, bool replace, QString *problem)
{
    // The data must be on disk before the name says the file is complete.
    if (!complete(problem))
        return false;
    if (::fsync(handle()) != 0) {
        *problem = errorString();
        return false;
    }
    // remove() takes a link itself away, never what it points to; QFileInfo sees a dangling one.
    const QFileInfo existing(target);
    if (replace && (existing.exists() || existing.isSymLink()) && !QFile::remove(target)) {
        *problem = QStringLiteral("cannot replace %1").arg(target);
        return false;
    }
    if (!rename(target)) {
        *problem = errorString();
        return false;
    }
    // It stays 0600 like the temporary file: roles.sql may hold password hashes.
    setAutoRemove(false);
    return true;
}

} // namespace PgVault
