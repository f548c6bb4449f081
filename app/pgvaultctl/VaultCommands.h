#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl vault …`: create a local vault in a folder, list the vaults (the default "local"
/// vault appears once first used).
class VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::VaultCommands)

public:
    explicit VaultCommands(CommandLine &commandLine);

    /// `arguments` start with the verb.
    int run(const QStringList &arguments);
    static QString verbSummary();

private:
    int create(const QStringList &arguments);
    int list(const QStringList &arguments);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
