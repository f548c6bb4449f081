#pragma once

#include "models/instances/BackupInstance.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PgVault {
class Catalog;
}

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl instance …`: add (password from stdin into the OS keychain), list, show, remove
/// (stop protection: retain as per policy, retain forever or delete data), resume, set-policy;
/// validate is InstanceValidateCommand.
class InstanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::InstanceCommands)

public:
    explicit InstanceCommands(CommandLine &commandLine);

    /// `arguments` start with the verb.
    int run(const QStringList &arguments);
    static QString verbSummary();

    /// The instance of that name; reports Instance.NotFound (exit 2) or a catalog error (exit 1)
    /// and returns nothing, with the exit code in `exitCode`.
    static std::optional<BackupInstance> findOrFail(
        CommandLine &commandLine, const Catalog &catalog, const QString &name, int &exitCode);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int remove(const QStringList &arguments);
    int resume(const QStringList &arguments);
    int setPolicy(const QStringList &arguments);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
