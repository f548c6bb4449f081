#pragma once

#include "engine/restore/RestoreRequest.h"
#include "models/Result.h"
#include "models/points/PointManifest.h"

#include <QCoreApplication>
#include <QString>

namespace PgVault {

class JobRecorder;
class VaultStore;

/// Restore as files: every file of a point, decompressed and checked against the manifest, into
/// a folder as `<prefix><name>` (one pg_restore-able custom-format .dump per database, roles.sql,
/// tablespace.sql, schema.sql) plus RESTORE.txt. All-or-nothing: every file is written to a
/// temporary name first and only renamed into place once all of them passed their checks; an
/// existing target is refused before anything is written unless overwrite is set. Used by
/// RestoreRunner.
class RestoreToFolder
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RestoreToFolder)

public:
    RestoreToFolder(
        const RestoreRequest &request, const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder);

    /// The file name a point file gets in the folder: prefix + name without ".zst".
    static QString targetName(const QString &prefix, const QString &storedName);
    static constexpr auto ScriptName = "RESTORE.txt";

    Result<void> run();

private:
    Result<void> checkTargets() const;

    const RestoreRequest &m_request;
    const VaultStore &m_store;
    const PointManifest &m_manifest;
    JobRecorder &m_recorder;
};

} // namespace PgVault
