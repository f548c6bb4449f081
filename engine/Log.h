#pragma once

#include <QString>
#include <QtGlobal>

namespace PgVault {

/// The one log sink: routes every Qt message (all pgvault.* categories) into a rotating spdlog
/// file, after the previous handler so QtTest's message checks keep working.
class Log
{
public:
    /// Installs the sink writing <dir>/pgvault.log (5 MiB x 3 files). Safe to call once per process.
    /// Messages below `echoThreshold` go to the file only: the command line keeps its stderr for
    /// progress and errors, while the GUI and tests pass everything on to the previous handler.
    static bool install(const QString &dir, QtMsgType echoThreshold = QtDebugMsg);
    static QString filePath();
};

} // namespace PgVault
