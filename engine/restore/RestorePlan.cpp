#include "engine/restore/RestorePlan.h"

#include "engine/instances/ServerProbe.h"
#include "engine/process/PgTools.h"
#include "engine/restore/RestoreToFolder.h"
#include "engine/restore/RestoreToServer.h"
#include "models/points/PointManifest.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace PgVault {

namespace {

using Check = RestoreValidation::Check;
using Status = RestoreValidation::Status;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

QStringList RestorePlan::targetFileNames(const QString &prefix, const RecoveryPoint &point)
{
    QStringList names;
    for (const QString &database : point.databases)
        names << RestoreToFolder::targetName(prefix, PointManifest::databaseFileName(database));
    for (PointFile::Kind kind : {PointFile::Kind::Roles, PointFile::Kind::Tablespaces, PointFile::Kind::Schema})
        names << RestoreToFolder::targetName(prefix, PointManifest::fileName(kind));
    names << prefix + QLatin1String(RestoreToFolder::ScriptName);
    return names;
}

QString RestorePlan::targetDatabase(const QMap<QString, QString> &databaseMap, const QString &source)
{
    const QString mapped = databaseMap.value(source).trimmed();
    return mapped.isEmpty() ? source : mapped;
}

RestoreValidation RestorePlan::validate(const RestoreRequest &request, const RecoveryPoint &point)
{
    RestoreValidation validation;
    if (request.target == RestoreRequest::Target::Folder)
        folderChecks(validation, request, point);
    else
        serverChecks(validation, request, point);
    return validation;
}

void RestorePlan::folderChecks(RestoreValidation &validation, const RestoreRequest &request, const RecoveryPoint &point)
{
    const QString folderTitle = tr("Folder");
    const QString spaceTitle = tr("Free space");
    const QString namesTitle = tr("File names");
    const QFileInfo info(request.folder);
    if (!info.exists() || !info.isDir()) {
        validation.checks << Check{folderTitle,
            Status::Failed,
            tr("The folder %1 does not exist.").arg(request.folder),
            tr("Create the folder or choose an existing one.")};
        return;
    }
    QTemporaryFile probe(QDir(request.folder).filePath(QStringLiteral(".pgvault-probe-XXXXXX")));
    if (!probe.open()) {
        validation.checks << Check{folderTitle,
            Status::Failed,
            tr("The folder %1 does not accept writes: %2.").arg(request.folder, probe.errorString()),
            tr("Choose a folder you may write to, or change its permissions.")};
        return;
    }
    probe.close();
    validation.checks << Check{folderTitle, Status::Passed, tr("%1 accepts writes.").arg(request.folder), {}};

    const qint64 free = QStorageInfo(request.folder).bytesAvailable();
    if (free >= 0 && free < point.sizeBytes) {
        validation.checks << Check{spaceTitle,
            Status::Failed,
            tr("Only %1 free; the recovery point alone stores %2 compressed.").arg(size(free), size(point.sizeBytes)),
            tr("Free space on that disk or choose a folder on another disk.")};
    } else {
        validation.checks << Check{spaceTitle,
            Status::Passed,
            tr("%1 free; the recovery point stores %2 compressed (the restored files are larger).")
                .arg(size(free), size(point.sizeBytes)),
            {}};
    }

    QStringList existing;
    for (const QString &name : targetFileNames(request.filePrefix, point)) {
        if (QFileInfo::exists(QDir(request.folder).filePath(name)))
            existing << name;
    }
    if (existing.isEmpty()) {
        validation.checks << Check{namesTitle, Status::Passed, tr("No file of this restore exists yet."), {}};
    } else if (request.overwrite) {
        validation.checks << Check{namesTitle,
            Status::Warning,
            tr("These files will be overwritten: %1.").arg(existing.join(QStringLiteral(", "))),
            {}};
    } else {
        validation.checks << Check{namesTitle,
            Status::Failed,
            tr("These files exist already: %1.").arg(existing.join(QStringLiteral(", "))),
            tr("Choose another file prefix or folder, or allow overwriting existing files.")};
    }
}

void RestorePlan::serverChecks(RestoreValidation &validation, const RestoreRequest &request, const RecoveryPoint &point)
{
    const QString connectionTitle = tr("Connection");
    const QString databasesTitle = tr("Target databases");
    const Result<ToolSet> tools = PgTools::discover().newest();
    if (!tools) {
        validation.checks << Check{connectionTitle, Status::Failed, tools.error().message, tools.error().remedy};
        return;
    }
    const Result<ServerInfo> info = ServerProbe(tools.value()).probe(request.server);
    if (!info) {
        validation.checks << Check{connectionTitle, Status::Failed, info.error().message, info.error().remedy};
        return;
    }
    validation.checks << Check{connectionTitle,
        Status::Passed,
        tr("Connected to %1:%2 as %3 (PostgreSQL %4).")
            .arg(request.server.host)
            .arg(request.server.port)
            .arg(request.server.user, info->version.section(QLatin1Char(' '), 0, 0)),
        {}};
    QMap<QString, QString> targets;
    for (const QString &source : point.databases)
        targets.insert(source, targetDatabase(request.databaseMap, source));
    if (Result<void> distinct = RestoreToServer::checkDistinctTargets(targets); !distinct) {
        validation.checks << Check{databasesTitle, Status::Failed, distinct.error().message, distinct.error().remedy};
        return;
    }
    QStringList existing;
    for (const QString &source : point.databases) {
        const QString target = targets.value(source);
        for (const DatabaseInfo &database : info->databases) {
            if (database.name == target)
                existing << target;
        }
    }
    if (existing.isEmpty()) {
        validation.checks << Check{databasesTitle,
            Status::Passed,
            tr("None of the %n target database(s) exists yet.", nullptr, int(point.databases.size())),
            {}};
    } else if (request.clean) {
        validation.checks << Check{databasesTitle,
            Status::Warning,
            tr("These databases will be dropped and recreated: %1.").arg(existing.join(QStringLiteral(", "))),
            {}};
    } else {
        validation.checks << Check{databasesTitle,
            Status::Failed,
            tr("These target databases exist already: %1.").arg(existing.join(QStringLiteral(", "))),
            tr("Map them to new names, or allow dropping and recreating them (clean).")};
    }
}

} // namespace PgVault
