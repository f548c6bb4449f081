#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl vault …`: create a local vault in a folder, list the vaults (the default "local"
/// vault appears once first used), change how long a vault keeps deleted recovery points.
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
    int set(const QStringList &arguments);
    /// The --soft-delete-days value, or the exit code of a value that is not a number.
    std::optional<int> softDeleteDays(const QString &value, int *exitCode);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
