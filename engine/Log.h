#pragma once

#include <QString>

namespace PgVault {

/// The one log sink: routes every Qt message (all pgvault.* categories) into a rotating spdlog
/// file, after the previous handler so QtTest's message checks keep working.
class Log
{
public:
    /// Installs the sink writing <dir>/pgvault.log (5 MiB x 3 files). Safe to call once per process.
    static bool install(const QString &dir);
    static QString filePath();
};

} // namespace PgVault
