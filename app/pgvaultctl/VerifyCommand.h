#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl verify INSTANCE [POINT] [--test-restore …]`: a Verify job in the foreground that
/// checks every file of a point against its manifest and, with --test-restore, restores it into
/// a scratch server and compares the row counts.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::VerifyCommand)

public:
    explicit VerifyCommand(CommandLine &commandLine);
    int run(const QStringList &arguments);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
