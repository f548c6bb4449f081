#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl backup-now INSTANCE [--rule R]`: an on-demand backup in the foreground through
/// ForegroundJob, progress on stderr, the committed point's id, tag and expiry on stdout.
class BackupNowCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::BackupNowCommand)

public:
    explicit BackupNowCommand(CommandLine &commandLine);
    /// `arguments` follow "backup-now".
    int run(const QStringList &arguments);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
