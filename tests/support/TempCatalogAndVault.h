#pragma once

#include "engine/CompressedFileWriter.h"
#include "engine/LocalVaultStore.h"
#include "models/Catalog.h"
#include "models/InstanceRepository.h"
#include "models/PointRepository.h"
#include "models/PolicyRepository.h"
#include "models/VaultRepository.h"

#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace PgVault::Test {

/// A catalog and a local vault "local" in a temporary folder, with the policy "weekly": the
/// setting of the engine tests that need real recovery points (TestCatalogRebuilder,
/// TestExpiryRunner).
struct TempCatalogAndVault
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<LocalVaultStore> store;

    /// Opens the catalog and the vault and registers both the vault (created at `vaultCreated`)
    /// and the policy.
    Result<void> create(const QDateTime &vaultCreated)
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return Error{QStringLiteral("Test.TempDir"), dir->errorString(), {}, {}};
        auto opened = Catalog::open(dir->filePath(QStringLiteral("catalog.sqlite")));
        if (!opened)
            return opened.error();
        catalog = std::move(opened).value();
        auto created = LocalVaultStore::openOrCreate(dir->filePath(QStringLiteral("vault")), QStringLiteral("local"));
        if (!created)
            return created.error();
        store = std::move(created).value();
        const Vault vault{
            store->info().id, QStringLiteral("local"), Vault::Kind::Local, store->location(), vaultCreated};
        if (Result<void> registered = VaultRepository(catalog->database()).create(vault); !registered)
            return registered;
        BackupPolicy policy;
        policy.setName(QStringLiteral("weekly"));
        if (const Result<QString> stored = catalog->policies().create(policy); !stored)
            return stored.error();
        return {};
    }

    /// A backup instance on the "weekly" policy and the vault; returns its id.
    QString addInstance(const QString &name, const QDateTime &created)
    {
        BackupInstance instance;
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        instance.name = name;
        instance.host = QStringLiteral("127.0.0.1");
        instance.user = QStringLiteral("admin");
        instance.policyId = catalog->policies().find(QStringLiteral("weekly"))->value().id;
        instance.vaultId = store->info().id;
        instance.created = created;
        const Result<void> added = InstanceRepository(catalog->database()).create(instance);
        if (!added)
            qWarning() << added.error().text();
        return instance.id;
    }

    /// A small committed point (one database, "sales") in the vault and, unless told not to, its
    /// catalog row; returns its id, or nothing when the vault refused it.
    QString addPoint(const QString &instanceId,
        const QDateTime &time,
        const QDateTime &expiry,
        RetentionRule::Kind tag,
        bool inCatalog = true)
    {
        const QString pointId = QUuid::createUuid().toString(QUuid::Id128);
        auto writer = store->beginPoint(instanceId, pointId);
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
        (void)PointRepository(catalog->database()).put(point);
        return pointId;
    }
};

} // namespace PgVault::Test
