#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl prune [INSTANCE] [--dry-run]`: deletes the expired recovery points now (by Delete
/// jobs, through ExpiryRunner, as the agent does) and prints each with its time, tag and expiry.
class PruneCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PruneCommand)

public:
    explicit PruneCommand(CommandLine &commandLine);

    /// `arguments` follow "prune".
    int run(const QStringList &arguments);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
