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

/// `pgvaultctl points [INSTANCE] [--deleted] [--output table|json]`: the live recovery points the
/// catalog indexes for an instance, newest first; with --deleted the soft-deleted ones (of one
/// instance or all) with their deleted and purge dates.
class PointsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PointsCommand)

public:
    explicit PointsCommand(CommandLine &commandLine);
    /// `arguments` follow "points".
    int run(const QStringList &arguments);

private:
    int listDeleted(const Catalog &catalog, const std::optional<BackupInstance> &instance, bool json);

    CommandLine &m_commandLine;
};

} // namespace PgVault::Ctl
