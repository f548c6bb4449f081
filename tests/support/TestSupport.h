#pragma once

#include "models/Result.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

#include <sys/stat.h>

/// Fails the test with the error's text when a Result is not ok.
#define QVERIFY_RESULT(expr)                                                                                           \
    do {                                                                                                               \
        const auto &pgvault_result_ = (expr);                                                                          \
        QVERIFY2(pgvault_result_.ok(), qPrintable(pgvault_result_.error().text()));                                    \
    } while (false)

namespace PgVault::Test {

/// A file under tests/data (Microsoft's documents, kept in the repository with their sources noted).
inline QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(PGVAULT_TEST_DATA_DIR)).filePath(relative);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Starts measuring the process's peak memory afresh (Linux's clear_refs "5" resets VmHWM), so
/// peakResidentBytes() afterwards tells what the code under test needed, not the test's set-up.
inline void resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// The process's peak resident memory (VmHWM in /proc/self/status) in bytes; -1 if unknown.
inline qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

/// The permission bits of a path itself (lstat: a link is not followed), e.g. 0700.
inline int modeOf(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace PgVault::Test
