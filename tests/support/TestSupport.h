#pragma once

#include "models/Result.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

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

} // namespace PgVault::Test
