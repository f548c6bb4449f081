#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl agent [--once] [--on-alert COMMAND]`: the scheduler agent (engine Agent) in the
/// foreground, as the systemd user unit resources/pgvault-agent.service runs it. SIGTERM and SIGINT
/// (StopSignals) cancel running backups (they run again at the next start) and exit 0; a second one
/// exits at once.
class AgentCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::AgentCommand)

public:
    explicit AgentCommand(CommandLine &commandLine);

    /// `arguments` follow "agent".
    int run(const QStringList &arguments);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
