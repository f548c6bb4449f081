#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl alerts …`: the active alerts (a failed job, a backup overdue for its schedule) as a
/// table or JSON, and the alert command the agent runs for each new one (set-command,
/// show-command, clear-command; kept in the catalog, so it is not a place for secrets).
class AlertsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::AlertsCommand)

public:
    explicit AlertsCommand(CommandLine &commandLine);
    /// `arguments` follow "alerts": a verb, or the list's options.
    int run(const QStringList &arguments);
    static QString verbSummary();

private:
    int list(const QStringList &arguments);
    int setCommand(const QStringList &arguments);
    int showCommand(const QStringList &arguments);
    int clearCommand(const QStringList &arguments);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
