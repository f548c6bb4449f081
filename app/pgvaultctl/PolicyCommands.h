#pragma once

#include "models/policies/BackupPolicy.h"
#include "models/policies/PolicyRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PgVault {
class Catalog;
}

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl policy …`: create, import, export, list, show, delete (preview is
/// PolicyPreviewCommand). Each verb parses its own options and returns the exit code.
class PolicyCommands
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PolicyCommands)

public:
    explicit PolicyCommands(CommandLine &commandLine);

    /// `arguments` start with the verb ("create", "--name", …).
    int run(const QStringList &arguments);

    /// The verbs and their one-line descriptions, for the help texts.
    static QString verbSummary();

    /// The stored policy of that name; reports Policy.NotFound or a catalog error and returns
    /// nothing.
    static std::optional<StoredPolicy> findOrFail(
        CommandLine &commandLine, const Catalog &catalog, const QString &name);

private:
    int create(const QStringList &arguments);
    int import(const QStringList &arguments);
    int exportPolicy(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int remove(const QStringList &arguments);

    /// Validates and stores a new policy, reporting errors addressed to options (`fromOptions`) or
    /// to the fields of `source`.
    int save(const BackupPolicy &policy, bool fromOptions, const QString &source);
    /// Parses a verb taking exactly one positional argument (the policy name or file).
    std::optional<int> parseWithOnePositional(QCommandLineParser &parser,
        const QStringList &arguments,
        const QString &verb,
        const QString &positional,
        const QString &description);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
