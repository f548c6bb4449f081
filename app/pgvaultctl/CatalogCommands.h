#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl catalog rebuild`: re-creates the catalog's recovery points from the vaults'
/// manifests (CatalogRebuilder) and prints what changed and what could not be read.
class CatalogCommands
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::CatalogCommands)

public:
    explicit CatalogCommands(CommandLine &commandLine);

    /// `arguments` start with the verb ("rebuild").
    int run(const QStringList &arguments);

    /// The verbs and their one-line descriptions, for the help texts.
    static QString verbSummary();

private:
    int rebuild(const QStringList &arguments);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
