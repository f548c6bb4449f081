#pragma once

#include "engine/PgTools.h"
#include "engine/RestoreRequest.h"
#include "models/PointManifest.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace PgVault {

class ChildEnvironment;
class JobRecorder;
class VaultStore;

/// Restore to a server: creates each target database (refusing existing ones unless clean, before
/// anything is done), optionally applies roles.sql cleaned by RoleScriptFilter, and restores each
/// database dump with StreamingDatabaseRestore: into a new database while the dump unpacks, into
/// one replacing an existing database (--clean) only after the whole file passed its checks. A
/// failure drops the databases this run created, so nothing half-restored stays behind. Used by
/// RestoreRunner and by VerifyRunner's test restore.
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
    /// Runs SQL in `database` of the target (psql, ON_ERROR_STOP); its unaligned output.
    Result<QString> sql(const QString &database, const QString &statements) const;
    const ToolSet &tools() const { return m_tools; }
    const ChildEnvironment &environment() const { return *m_environment; }

private:
    Result<void> prepare(QStringList &existing);
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
    QStringList m_created; ///< databases this run created, dropped again on failure
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace PgVault
