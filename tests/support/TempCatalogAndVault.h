#pragma once

#include "engine/vault/LocalVaultStore.h"
#include "models/Catalog.h"
#include "models/instances/InstanceRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/CommittedPoint.h"

#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace PgVault::Test {

/// A catalog and a local vault "local" in a temporary folder, with the policy "weekly": the
/// setting of the engine tests that need real recovery points (TestCatalogRebuilder,
/// TestExpiryRunner, TestClockCheck).
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
        return commitPoint(*store, catalog->database(), instanceId, time, expiry, tag, inCatalog);
    }
};

} // namespace PgVault::Test
