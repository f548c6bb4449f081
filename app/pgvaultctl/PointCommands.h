#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl point …`: undelete a soft-deleted recovery point, through the DeletedPoints service
/// the GUI's recovery points panel uses too.
class PointCommands
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PointCommands)

public:
    explicit PointCommands(CommandLine &commandLine);

    /// `arguments` start with the verb.
    int run(const QStringList &arguments);
    static QString verbSummary();

private:
    int undelete(const QStringList &arguments);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
