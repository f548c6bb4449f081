#pragma once

#include "engine/restore/RestoreRequest.h"
#include "models/points/RecoveryPoint.h"
#include "ui/restore/RestoreValidation.h"

#include <QObject>

namespace PgVault {

/// Runs the restore wizard's Validate checks on a worker thread, because the folder and
/// ServerProbe checks block: for files, the folder exists and accepts writes, holds the point's
/// size, and no target file exists unless overwrite is set; for a server, it is reachable, no two
/// databases go into one, and no target database exists unless clean is set. Reports by signal on
/// the GUI thread.
class RestoreValidator : public QObject
{
    Q_OBJECT

public:
    explicit RestoreValidator(QObject *parent = nullptr);

    /// Starts a validation; the result of an earlier one still running is dropped.
    void start(const RestoreRequest &request, const RecoveryPoint &point);
    bool isRunning() const { return m_running; }

    /// The checks themselves, blocking: what the worker thread runs.
    static RestoreValidation run(const RestoreRequest &request, const RecoveryPoint &point);
    /// The files a restore as files writes: prefix + each point file's name, and RESTORE.txt.
    static QStringList targetFileNames(const QString &prefix, const RecoveryPoint &point);
    /// The database each source database is restored into.
    static QString targetDatabase(const RestoreRequest &request, const QString &source);

Q_SIGNALS:
    void finished(const PgVault::RestoreValidation &validation);

private:
    int m_generation = 0;
    bool m_running = false;
};

} // namespace PgVault
