#include "engine/DefaultVault.h"

#include "engine/LocalVaultStore.h"
#include "engine/Logging.h"
#include "models/VaultRepository.h"

#include <QDir>
#include <QRegularExpression>

namespace PgVault {

namespace {

Result<Vault> registerStore(QSqlDatabase database, const QString &name, const LocalVaultStore &store)
{
    VaultRepository vaults(database);
    Result<std::optional<Vault>> sameId = vaults.findById(store.info().id);
    if (!sameId)
        return sameId.error();
    if (sameId->has_value()) {
        return Error{QStringLiteral("Vault.AlreadyRegistered"),
            DefaultVault::tr("The folder %1 is already registered as vault \"%2\".")
                .arg(QDir::toNativeSeparators(store.location()), sameId->value().name),
            DefaultVault::tr("Use the vault \"%1\".").arg(sameId->value().name),
            QStringLiteral("path")};
    }
    Vault vault;
    vault.id = store.info().id;
    vault.name = name;
    vault.kind = Vault::Kind::Local;
    vault.location = store.location();
    vault.created = QDateTime::currentDateTimeUtc();
    if (Result<void> created = vaults.create(vault); !created)
        return created.error();
    qCInfo(lcEngineVault) << "registered vault" << name << vault.id << "at" << vault.location;
    return vault;
}

} // namespace

QString DefaultVault::nameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!pattern.match(name).hasMatch())
        return tr("The vault name \"%1\" is not 1-64 letters, digits, hyphens or underscores.").arg(name);
    return {};
}

Result<Vault> DefaultVault::ensure(QSqlDatabase database, const Home &home)
{
    const QString name = QString::fromLatin1(Vault::DefaultName);
    Result<std::optional<Vault>> found = VaultRepository(database).find(name);
    if (!found)
        return found.error();
    if (found->has_value()) {
        const Vault vault = found->value();
        // A removed folder is reported by open() rather than hidden behind a new, empty vault.
        if (Result<std::unique_ptr<VaultStore>> store = open(vault); !store)
            return store.error();
        return vault;
    }
    const QString path = QDir(home.vaultsPath()).filePath(name);
    Result<std::unique_ptr<LocalVaultStore>> store = LocalVaultStore::openOrCreate(path, name);
    if (!store)
        return store.error();
    return registerStore(database, name, *store.value());
}

Result<Vault> DefaultVault::resolve(QSqlDatabase database, const Home &home, const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String(Vault::DefaultName), Qt::CaseInsensitive) == 0)
        return ensure(database, home);
    Result<std::optional<Vault>> found = VaultRepository(database).find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return VaultRepository::notFound(name);
    return found->value();
}

Result<Vault> DefaultVault::createLocal(QSqlDatabase database, const QString &name, const QString &path)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{QStringLiteral("Vault.Name"), problem, tr("Choose another name."), QStringLiteral("name")};
    Result<std::optional<Vault>> existing = VaultRepository(database).find(name);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error{QStringLiteral("Vault.DuplicateName"),
            tr("A vault named \"%1\" already exists.").arg(name),
            tr("Choose another name, or use the existing vault."),
            QStringLiteral("name")};
    }
    Result<std::unique_ptr<LocalVaultStore>> store = LocalVaultStore::openOrCreate(path, name);
    if (!store)
        return store.error();
    return registerStore(database, name, *store.value());
}

Result<std::unique_ptr<VaultStore>> DefaultVault::open(const Vault &vault)
{
    if (vault.kind != Vault::Kind::Local) {
        return Error{QStringLiteral("Vault.Unsupported"),
            tr("The vault \"%1\" is an Azure Blob vault, which this version cannot open.").arg(vault.name),
            tr("Use a local vault."),
            QStringLiteral("vault")};
    }
    Result<std::unique_ptr<LocalVaultStore>> store = LocalVaultStore::open(vault.location);
    if (!store)
        return store.error();
    if (store.value()->info().id != vault.id) {
        return Error{QStringLiteral("Vault.IdMismatch"),
            tr("The folder %1 holds vault %2, not the vault \"%3\" (%4) the catalog registered.")
                .arg(QDir::toNativeSeparators(vault.location), store.value()->info().id, vault.name, vault.id),
            tr("Put the vault's folder back, or register the folder as a new vault."),
            QStringLiteral("vault")};
    }
    return std::unique_ptr<VaultStore>(std::move(store).value());
}

} // namespace PgVault
