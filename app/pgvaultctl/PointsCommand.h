#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl points INSTANCE [--output table|json]`: the recovery points the catalog indexes for
/// an instance, newest first.
class PointsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PointsCommand)

public:
    explicit PointsCommand(CommandLine &commandLine);
    /// `arguments` follow "points".
    int run(const QStringList &arguments);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
