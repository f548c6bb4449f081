#pragma once

#include "models/jobs/JobRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PgVault::Ctl {

class CommandLine;

/// `pgvaultctl jobs`: the jobs of a time window, filtered like the GUI's Jobs page, as a table or
/// as Azure's backupJobs JSON (`az dataprotection job list` shape).
class JobsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::JobsCommand)

public:
    explicit JobsCommand(CommandLine &commandLine);
    /// `arguments` start after "jobs".
    int run(const QStringList &arguments);

    /// "24h", "7d", "90m", "2w" or an ISO 8601 duration ("P7D", "PT12H") in milliseconds; nothing
    /// when malformed or not positive.
    static std::optional<qint64> parseSince(const QString &text);
    /// ScheduledBackup, OnDemandBackup, Restore, Delete, Verify (Azure CLI's vocabulary) into the
    /// filter; false for an unknown name.
    static bool applyOperation(const QString &name, JobFilter &filter);

private:
    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
