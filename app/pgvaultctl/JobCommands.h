#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl job …`: show one job (readable or as Azure's backupJobs JSON) and cancel a running
/// job, whichever process runs it (the runner sees the request at its next heartbeat, within seconds).
class JobCommands
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::JobCommands)

public:
    explicit JobCommands(CommandLine &commandLine);
    /// `arguments` start with the verb.
    int run(const QStringList &arguments);
    static QString verbSummary();

private:
    int cancel(const QStringList &arguments);
    int show(const QStringList &arguments);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
