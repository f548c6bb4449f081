#pragma once

#include "engine/process/PgTools.h"
#include "engine/restore/RestoreRequest.h"
#include "models/Result.h"
#include "models/points/PointManifest.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace PgVault {

class ChildEnvironment;
class JobRecorder;
class VaultStore;

/// Restore to a server: creates each target database (refusing, before anything is done, existing
/// ones unless clean and two databases mapped to one name), optionally applies roles.sql cleaned by
/// RoleScriptFilter, and restores each database dump with StreamingDatabaseRestore: into a new
/// database while the dump unpacks, into one replacing an existing database (--clean) only after
/// the whole file passed its checks. When the run restores several databases, every file is
/// checked against the manifest before the server is changed at all: a dropped database cannot
/// come back, and a damaged point should not leave a restore half done. A failure drops the
/// database being restored; databases already restored stay, so a later failure never costs one
/// that was replaced. Used by RestoreRunner and by VerifyRunner's test restore.
class RestoreToServer
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RestoreToServer)

public:
    RestoreToServer(
        const RestoreRequest &request, const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder);
    ~RestoreToServer();

    /// Restores everything; on success the warnings (roles or objects that could not be
    /// applied), empty when all went cleanly.
    Result<QStringList> run();

    /// The database `source` is restored into.
    QString targetDatabase(const QString &source) const;
    /// The point's databases this run restores (all, or the mapped ones).
    QStringList selectedDatabases() const;
    /// Runs SQL in `database` of the target (psql, ON_ERROR_STOP); its unaligned output. Fails
    /// without a connection when run() stopped before it found the tools.
    Result<QString> sql(const QString &database, const QString &statements) const;
    /// Refuses ("Restore.DuplicateTarget", naming the target) a source -> target map that restores
    /// two databases into one.
    static Result<void> checkDistinctTargets(const QMap<QString, QString> &databaseMap);
    const ToolSet &tools() const { return m_tools; }
    const ChildEnvironment &environment() const { return *m_environment; }

private:
    Result<void> prepare(QStringList &existing);
    /// Checks every selected database file as the restore will (size, SHA-256, decompression).
    Result<void> checkFiles(const QStringList &selected);
    Result<QStringList> applyRoles();
    Result<QStringList> restoreDatabase(const PointFile &file, bool exists, int subTask);
    Error targetError(const QString &what, const QString &detail) const;
    void rollback();

    const RestoreRequest &m_request;
    const VaultStore &m_store;
    const PointManifest &m_manifest;
    JobRecorder &m_recorder;
    ToolSet m_tools;
    std::unique_ptr<ChildEnvironment> m_environment;
    QStringList m_unfinished; ///< databases this run created and is restoring, dropped again on failure
    QStringList m_finished; ///< databases restored completely: never dropped again
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace PgVault
