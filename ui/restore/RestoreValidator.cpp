#include "ui/restore/RestoreValidator.h"

#include "engine/restore/RestoreToServer.h"
#include "models/points/PointManifest.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QThread>

#include <memory>

namespace PgVault {

namespace {

using Check = RestoreValidation::Check;
using Status = RestoreValidation::Status;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

void folderChecks(RestoreValidation &validation, const RestoreRequest &request, const RecoveryPoint &point)
{
    const QString folderTitle = RestoreValidator::tr("Folder");
    const QString spaceTitle = RestoreValidator::tr("Free space");
    const QString namesTitle = RestoreValidator::tr("File names");
    const QFileInfo info(request.folder);
    if (!info.exists() || !info.isDir()) {
        validation.checks << Check{folderTitle,
            Status::Failed,
            RestoreValidator::tr("The folder %1 does not exist.").arg(request.folder),
            RestoreValidator::tr("Create the folder or choose an existing one.")};
        return;
    }
    QTemporaryFile probe(QDir(request.folder).filePath(QStringLiteral(".pgvault-probe-XXXXXX")));
    if (!probe.open()) {
        validation.checks << Check{folderTitle,
            Status::Failed,
            RestoreValidator::tr("The folder %1 does not accept writes: %2.").arg(request.folder, probe.errorString()),
            RestoreValidator::tr("Choose a folder you may write to, or change its permissions.")};
        return;
    }
    probe.close();
    validation.checks << Check{
        folderTitle, Status::Passed, RestoreValidator::tr("%1 accepts writes.").arg(request.folder), {}};

    const qint64 free = QStorageInfo(request.folder).bytesAvailable();
    if (free >= 0 && free < point.sizeBytes) {
        validation.checks << Check{spaceTitle,
            Status::Failed,
            RestoreValidator::tr("Only %1 free; the recovery point alone stores %2 compressed.")
                .arg(size(free), size(point.sizeBytes)),
            RestoreValidator::tr("Free space on that disk or choose a folder on another disk.")};
    } else {
        validation.checks << Check{spaceTitle,
            Status::Passed,
            RestoreValidator::tr("%1 free; the recovery point stores %2 compressed (the restored files are larger).")
                .arg(size(free), size(point.sizeBytes)),
            {}};
    }

    QStringList existing;
    for (const QString &name : RestoreValidator::targetFileNames(request.filePrefix, point)) {
        if (QFileInfo::exists(QDir(request.folder).filePath(name)))
            existing << name;
    }
    if (existing.isEmpty()) {
        validation.checks << Check{
            namesTitle, Status::Passed, RestoreValidator::tr("No file of this restore exists yet."), {}};
    } else if (request.overwrite) {
        validation.checks << Check{namesTitle,
            Status::Warning,
            RestoreValidator::tr("These files will be overwritten: %1.").arg(existing.join(QStringLiteral(", "))),
            {}};
    } else {
        validation.checks << Check{namesTitle,
            Status::Failed,
            RestoreValidator::tr("These files exist already: %1.").arg(existing.join(QStringLiteral(", "))),
            RestoreValidator::tr("Choose another file prefix or folder, or allow overwriting existing files.")};
    }
}

void serverChecks(RestoreValidation &validation, const RestoreRequest &request, const RecoveryPoint &point)
{
    const QString connectionTitle = RestoreValidator::tr("Connection");
    const QString databasesTitle = RestoreValidator::tr("Target databases");
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
        RestoreValidator::tr("Connected to %1:%2 as %3 (PostgreSQL %4).")
            .arg(request.server.host)
            .arg(request.server.port)
            .arg(request.server.user, info->version.section(QLatin1Char(' '), 0, 0)),
        {}};
    QMap<QString, QString> targets;
    for (const QString &source : point.databases)
        targets.insert(source, RestoreValidator::targetDatabase(request, source));
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
            RestoreValidator::tr("None of the %n target database(s) exists yet.", nullptr, int(point.databases.size())),
            {}};
    } else if (request.clean) {
        validation.checks << Check{databasesTitle,
            Status::Warning,
            RestoreValidator::tr("These databases will be dropped and recreated: %1.")
                .arg(existing.join(QStringLiteral(", "))),
            {}};
    } else {
        validation.checks << Check{databasesTitle,
            Status::Failed,
            RestoreValidator::tr("These target databases exist already: %1.").arg(existing.join(QStringLiteral(", "))),
            RestoreValidator::tr("Map them to new names, or allow dropping and recreating them (clean).")};
    }
}

} // namespace

RestoreValidator::RestoreValidator(QObject *parent)
    : QObject(parent)
{
}

QStringList RestoreValidator::targetFileNames(const QString &prefix, const RecoveryPoint &point)
{
    QStringList names;
    const auto stripped = [](QString name) {
        return name.endsWith(QLatin1String(".zst")) ? name.chopped(4) : name;
    };
    for (const QString &database : point.databases)
        names << prefix + stripped(PointManifest::databaseFileName(database));
    for (PointFile::Kind kind : {PointFile::Kind::Roles, PointFile::Kind::Tablespaces, PointFile::Kind::Schema})
        names << prefix + stripped(PointManifest::fileName(kind));
    names << prefix + QStringLiteral("RESTORE.txt");
    return names;
}

QString RestoreValidator::targetDatabase(const RestoreRequest &request, const QString &source)
{
    const QString mapped = request.databaseMap.value(source).trimmed();
    return mapped.isEmpty() ? source : mapped;
}

void RestoreValidator::start(const RestoreRequest &request, const RecoveryPoint &point)
{
    const int generation = ++m_generation;
    m_running = true;
    auto outcome = std::make_shared<RestoreValidation>();
    QThread *thread = QThread::create([outcome, request, point] { *outcome = run(request, point); });
    thread->setObjectName(QStringLiteral("restoreValidation"));
    // Not parented: if the validator goes first, the thread still ends and deletes itself.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(*outcome);
    });
    thread->start();
}

RestoreValidation RestoreValidator::run(const RestoreRequest &request, const RecoveryPoint &point)
{
    RestoreValidation validation;
    if (request.target == RestoreRequest::Target::Folder)
        folderChecks(validation, request, point);
    else
        serverChecks(validation, request, point);
    return validation;
}

} // namespace PgVault
