#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl policy preview`: plays a stored policy's schedule over a date range through the
/// RetentionSimulator and prints each successful backup's time, tag and expiry.
class PolicyPreviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PolicyPreviewCommand)

public:
    explicit PolicyPreviewCommand(CommandLine &commandLine);

    /// `arguments` start with the program name, then the options and the policy name.
    int run(const QStringList &arguments);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
