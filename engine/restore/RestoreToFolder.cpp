#include "engine/restore/RestoreToFolder.h"

#include "engine/jobs/JobRecorder.h"
#include "engine/restore/RestoreScript.h"
#include "engine/restore/RestoreTempFile.h"
#include "engine/vault/CompressedFileReader.h"
#include "engine/vault/LocalVaultFiles.h"
#include "engine/vault/VaultStore.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>
#include <memory>
#include <vector>

namespace PgVault {

RestoreToFolder::RestoreToFolder(
    const RestoreRequest &request, const VaultStore &store, const PointManifest &manifest, JobRecorder &recorder)
    : m_request(request)
    , m_store(store)
    , m_manifest(manifest)
    , m_recorder(recorder)
{
}

QString RestoreToFolder::targetName(const QString &prefix, const QString &storedName)
{
    QString name = storedName;
    if (name.endsWith(QLatin1String(".zst")))
        name.chop(4);
    return prefix + name;
}

Result<void> RestoreToFolder::checkTargets() const
{
    const QString &prefix = m_request.filePrefix;
    if (prefix.contains(QLatin1Char('/')) || prefix.contains(QLatin1Char('\\')) || prefix == QLatin1String(".")
        || prefix == QLatin1String("..") || prefix.contains(QChar(0))) {
        return Error{QStringLiteral("Restore.BadFilePrefix"),
            tr("The file prefix \"%1\" may not contain a path.").arg(prefix),
            tr("Give a plain prefix such as \"prod-2024-\", or put the path in the folder."),
            QStringLiteral("filePrefix"),
            ErrorKind::BadInput};
    }
    const QDir folder(m_request.folder);
    // Folders it creates are 0700 like the files (roles.sql holds password hashes); a folder that
    // exists keeps the mode its owner gave it.
    QString failed;
    if (const int error = LocalVaultFiles::makePrivatePath(folder.absolutePath(), &failed); error != 0) {
        return Error{QStringLiteral("Restore.FolderNotWritable"),
            tr("The folder %1 cannot be created: %2.").arg(failed, QString::fromLocal8Bit(std::strerror(error))),
            tr("Choose a folder you may write to."),
            QStringLiteral("folder")};
    }
    if (m_request.overwrite)
        return {};
    QStringList existing;
    QStringList names{prefix + QLatin1String(ScriptName)};
    for (const PointFile &file : m_manifest.files())
        names << targetName(prefix, file.name);
    for (const QString &name : names) {
        // A dangling link counts too: the restore replaces names, it never writes through a link.
        const QFileInfo info(folder.filePath(name));
        if (info.exists() || info.isSymLink())
            existing << name;
    }
    if (existing.isEmpty())
        return {};
    return Error{QStringLiteral("Restore.TargetFileExists"),
        tr("These files already exist in %1: %2.").arg(m_request.folder, existing.join(QStringLiteral(", "))),
        tr("Choose another folder or file prefix, or allow overwriting existing files."),
        QStringLiteral("folder"),
        ErrorKind::BadInput};
}

Result<void> RestoreToFolder::run()
{
    if (Result<void> checked = checkTargets(); !checked)
        return checked;
    const QDir folder(m_request.folder);
    qint64 total = 0;
    for (const PointFile &file : m_manifest.files())
        total += file.rawSize;
    qint64 done = 0;
    std::vector<std::unique_ptr<RestoreTempFile>> written;
    std::vector<QString> targets;
    std::vector<int> subTasks;
    QList<QPair<QString, QString>> databaseFiles;
    QString rolesFile, schemaFile;
    for (const PointFile &file : m_manifest.files()) {
        const QString target = targetName(m_request.filePrefix, file.name);
        if (file.kind == PointFile::Kind::Database)
            databaseFiles.append({file.database, target});
        else if (file.kind == PointFile::Kind::Roles)
            rolesFile = target;
        else if (file.kind == PointFile::Kind::Schema)
            schemaFile = target;
        const int subTask = m_recorder.addSubTask(tr("File %1").arg(target));
        auto temp = std::make_unique<RestoreTempFile>(
            folder.filePath(QStringLiteral(".%1.XXXXXX.part").arg(target)), [&, this](qint64 bytes) {
                return m_recorder.tick(total > 0 ? double(done + bytes) / double(total) : 0, done + bytes);
            });
        if (!temp->open())
            return Error{QStringLiteral("Restore.WriteFailed"),
                tr("Cannot create a file in %1: %2").arg(m_request.folder, temp->errorString()),
                tr("Choose a folder you may write to."),
                QStringLiteral("folder")};
        if (file.kind == PointFile::Kind::Database)
            temp->rewriteDumpArchive(); // so that pg_restore -j reads it without scanning
        Result<std::unique_ptr<QIODevice>> source
            = m_store.openForRead(m_manifest.instanceId(), m_manifest.pointId(), file.name);
        if (!source) {
            m_recorder.setSubTask(subTask, JobTypes::Status::Failed, QStringLiteral("Error"), source.error().message);
            return source.error();
        }
        m_recorder.output(tr("Restoring %1 as %2.\n").arg(file.name, target));
        Result<FileDigest> digest = CompressedFileReader::decompress(
            source.value().get(), temp.get(), FileDigest{file.rawSize, file.storedSize, file.sha256}, file.name);
        if (m_recorder.stopped())
            return JobRecorder::cancelled();
        if (!digest) {
            m_recorder.setSubTask(subTask, JobTypes::Status::Failed, QStringLiteral("Error"), digest.error().message);
            return digest.error(); // the temporary files go with `written`: nothing reaches the folder
        }
        done += file.rawSize;
        written.push_back(std::move(temp));
        targets.push_back(folder.filePath(target));
        subTasks.push_back(subTask);
    }

    const QString scriptName = m_request.filePrefix + QLatin1String(ScriptName);
    auto script = std::make_unique<RestoreTempFile>(
        folder.filePath(QStringLiteral(".%1.XXXXXX.part").arg(scriptName)), RestoreTempFile::Written{});
    const QByteArray text = RestoreScript::text(m_manifest, databaseFiles, rolesFile, schemaFile).toUtf8();
    if (!script->open() || script->write(text) != text.size())
        return Error{QStringLiteral("Restore.WriteFailed"),
            tr("Cannot write %1 in %2: %3").arg(scriptName, m_request.folder, script->errorString()),
            tr("Check the free space and permissions of the folder."),
            QStringLiteral("folder")};
    written.push_back(std::move(script));
    targets.push_back(folder.filePath(scriptName));
    subTasks.push_back(-1);

    // Every file passed its checks: now, and only now, the names appear in the folder.
    for (size_t i = 0; i < written.size(); ++i) {
        QString problem;
        if (!written[i]->keep(targets[i], m_request.overwrite, &problem)) {
            return Error{QStringLiteral("Restore.WriteFailed"),
                tr("Cannot move %1 into place: %2").arg(targets[i], problem),
                tr("Check the free space and permissions of the folder."),
                QStringLiteral("folder")};
        }
        if (subTasks[i] >= 0)
            m_recorder.setSubTask(subTasks[i], JobTypes::Status::Completed);
    }
    m_recorder.output(
        tr("Restored %n file(s) into %1; see %2.\n", nullptr, int(written.size())).arg(m_request.folder, scriptName));
    m_recorder.tick(1, total, true);
    return {};
}

} // namespace PgVault
