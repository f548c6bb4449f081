#pragma once

#include "models/Result.h"
#include "models/jobs/Job.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace PgVault {
class Catalog;
class JobRunner;
} // namespace PgVault

namespace PgVault::Ctl {

class CommandLine;

/// Runs one backup, restore or verify job in the foreground for pgvaultctl: starts it through
/// JobRunner, prints progress on stderr every few seconds, waits for the end and returns the job as
/// the catalog recorded it. SIGINT or SIGTERM cancels the job (it then ends Cancelled); a second
/// one ends the process at once. Used by BackupNowCommand, RestoreCommand and VerifyCommand.
class ForegroundJob
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::ForegroundJob)

public:
    using Start = std::function<void(JobRunner &runner, const std::function<void(const Result<QString> &)> &started)>;

    /// `what` names the job in progress lines ("backup", "restore", "verify").
    static Result<Job> run(const Catalog &catalog, const QString &catalogPath, const QString &what, const Start &start);

    /// Reads the password from the first line of standard input (--password-stdin).
    static std::optional<QString> readPasswordFromStdin();
    /// The --help paragraph on Ctrl+C, shared by backup-now, restore and verify.
    static QString interruptHelp();
};

} // namespace PgVault::Ctl
