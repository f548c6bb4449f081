#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PgVault {
class Catalog;
struct RestoreRequest;
} // namespace PgVault

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl restore INSTANCE POINT --to-folder DIR …` (restore as files) or `--to-server …`
/// (into a PostgreSQL server): a Restore job in the foreground, progress on stderr; with
/// --validate-only, the restore wizard's Validate checks instead.
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::RestoreCommand)

public:
    explicit RestoreCommand(CommandLine &commandLine);
    /// `arguments` follow "restore".
    int run(const QStringList &arguments);

private:
    /// --validate-only: RestorePlan's checks of `request`, printed one per line; restores nothing.
    int validate(Catalog &catalog, const RestoreRequest &request);
    /// " (--overwrite)" and the like: this command's options that answer an engine error.
    static QString optionHint(const QString &code);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
