#pragma once

#include <QTemporaryFile>

#include <functional>

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

    /// Flushes, fsyncs and renames to `target` (replacing it when `replace`); false on failure.
    bool keep(const QString &target, bool replace, QString *problem);

protected:
    qint64 writeData(const char *data, qint64 length) override;

private:
    Written m_written;
    qint64 m_total = 0;
};

} // namespace PgVault
