#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl instance validate NAME`: the readiness check of the Configure Backup wizard on the
/// command line — password in the keychain, connection, pg_dump version, read privileges, vault
/// writable, free space — one line per check with the message and remedy of each failure.
class InstanceValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::InstanceValidateCommand)

public:
    explicit InstanceValidateCommand(CommandLine &commandLine);
    /// `arguments` follow "instance validate".
    int run(const QStringList &arguments);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
