#include "engine/RestoreTempFile.h"

#include <QFile>

#include <unistd.h>

namespace PgVault {

RestoreTempFile::RestoreTempFile(const QString &templateName, Written written)
    : QTemporaryFile(templateName)
    , m_written(std::move(written))
{
}

qint64 RestoreTempFile::writeData(const char *data, qint64 length)
{
    if (m_written && !m_written(m_total))
        return -1;
    const qint64 done = QTemporaryFile::writeData(data, length);
    if (done > 0)
        m_total += done;
    return done;
}

bool RestoreTempFile::keep(const QString &target, bool replace, QString *problem)
{
    // The data must be on disk before the name says the file is complete.
    if (!flush() || ::fsync(handle()) != 0) {
        *problem = errorString();
        return false;
    }
    if (replace && QFile::exists(target) && !QFile::remove(target)) {
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
