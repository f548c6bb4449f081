#pragma once

#include "engine/vault/CompressedFileWriter.h"
#include "engine/vault/VaultStore.h"
#include "models/points/PointRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>

namespace PgVault::Test {

/// Commits a small point (one database, "sales") to `store` as a backup would, and unless told not
/// to, its catalog row in `database`; returns its id, or nothing when the vault refused it. Shared
/// by the engine tests that need real recovery points without running pg_dump (TempCatalogAndVault,
/// TestAgent).
inline QString commitPoint(VaultStore &store,
    const QSqlDatabase &database,
    const QString &instanceId,
    const QDateTime &time,
    const QDateTime &expiry,
    RetentionRule::Kind tag,
    bool inCatalog = true)
{
    const QString pointId = QUuid::createUuid().toString(QUuid::Id128);
    auto writer = store.beginPoint(instanceId, pointId);
    if (!writer)
        return {};
    const QString fileName = PointManifest::databaseFileName(QStringLiteral("sales"));
    QIODevice *sink = writer.value()->createFile(fileName).value();
    auto compressor = CompressedFileWriter::create(sink, fileName, {3, 0});
    (void)compressor.value()->write(QByteArrayLiteral("PGDMP") + QByteArray(1000, 'x'));
    const FileDigest digest = compressor.value()->finish().value();
    (void)writer.value()->finishFile(fileName);
    PointManifest manifest;
    manifest.setPointId(pointId);
    manifest.setInstanceId(instanceId);
    manifest.setInstanceName(QStringLiteral("prod"));
    manifest.setTime(time);
    manifest.setTag(RetentionRule::tagName(tag));
    manifest.setExpiry(expiry);
    manifest.setDatabases({QStringLiteral("sales")});
    manifest.addFile({fileName,
        QStringLiteral("sales"),
        PointFile::Kind::Database,
        digest.rawSize,
        digest.storedSize,
        digest.sha256});
    if (const Result<void> committed = writer.value()->commit(manifest); !committed) {
        qWarning() << committed.error().text();
        return {};
    }
    if (!inCatalog)
        return pointId;
    RecoveryPoint point;
    point.id = pointId;
    point.instanceId = instanceId;
    point.time = time;
    point.tag = tag;
    point.expiry = expiry;
    point.databases = {QStringLiteral("sales")};
    point.matched = {tag};
    point.sizeBytes = digest.storedSize;
    (void)PointRepository(database).put(point);
    return pointId;
}

} // namespace PgVault::Test
