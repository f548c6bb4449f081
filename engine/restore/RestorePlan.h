#pragma once

#include "engine/restore/RestoreRequest.h"
#include "engine/restore/RestoreValidation.h"
#include "models/points/RecoveryPoint.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace PgVault {

/// What a restore will do and whether it can, before it starts: the files a restore as files
/// writes, the database each source database goes into, and the checks Azure calls "validate for
/// restore" (folder writable, free space, names free; or server reachable, targets distinct and
/// free). One service for both front ends: the restore wizard's Validate and Review pages and
/// `pgvaultctl restore --validate-only` give the same answers because they ask it.
class RestorePlan
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RestorePlan)

public:
    /// The files a restore as files writes: prefix + each point file's name without ".zst", and
    /// RESTORE.txt — the names RestoreToFolder gives them.
    static QStringList targetFileNames(const QString &prefix, const RecoveryPoint &point);
    /// The database `source` is restored into: its mapping, or its own name.
    static QString targetDatabase(const QMap<QString, QString> &databaseMap, const QString &source);

    /// Runs the checks, blocking (the server check connects): call it off the GUI thread.
    static RestoreValidation validate(const RestoreRequest &request, const RecoveryPoint &point);

private:
    static void folderChecks(RestoreValidation &validation, const RestoreRequest &request, const RecoveryPoint &point);
    static void serverChecks(RestoreValidation &validation, const RestoreRequest &request, const RecoveryPoint &point);
};

} // namespace PgVault
