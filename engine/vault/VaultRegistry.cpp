#include "engine/vault/VaultRegistry.h"

#include "engine/Logging.h"
#include "engine/vault/LocalVaultStore.h"
#include "models/vaults/VaultRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace PgVault {

namespace {

Error alreadyRegistered(const QString &location, const QString &registeredName)
{
    return Error{QStringLiteral("Vault.AlreadyRegistered"),
        VaultRegistry::tr("The folder %1 is already registered as vault \"%2\".")
            .arg(QDir::toNativeSeparators(location), registeredName),
        VaultRegistry::tr("Use the vault \"%1\".").arg(registeredName),
        QStringLiteral("path"),
        ErrorKind::BadInput};
}

Result<Vault> registerStore(const QSqlDatabase &database,
    const QString &name,
    const LocalVaultStore &store,
    int softDeleteDays = Vault::DefaultSoftDeleteDays)
{
    VaultRepository vaults(database);
    Result<std::optional<Vault>> sameId = vaults.findById(store.info().id);
    if (!sameId)
        return sameId.error();
    if (sameId->has_value())
        return alreadyRegistered(store.location(), sameId->value().name);
    Vault vault;
    vault.id = store.info().id;
    vault.name = name;
    vault.kind = Vault::Kind::Local;
    vault.location = store.location();
    vault.created = QDateTime::currentDateTimeUtc();
    vault.softDeleteDays = softDeleteDays;
    if (Result<void> created = vaults.create(vault); !created)
        return created.error();
    qCInfo(lcEngineVault) << "registered vault" << name << vault.id << "at" << vault.location;
    return vault;
}

} // namespace

Result<Vault> VaultRegistry::registered(const QSqlDatabase &database, const BackupInstance &instance)
{
    const Result<std::optional<Vault>> vault = VaultRepository(database).findById(instance.vaultId);
    if (!vault)
        return vault.error();
    if (!vault->has_value())
        return VaultRepository::notFound(instance.vaultName);
    return vault->value();
}

Result<std::unique_ptr<VaultStore>> VaultRegistry::openFor(const QSqlDatabase &database, const BackupInstance &instance)
{
    const Result<Vault> vault = registered(database, instance);
    if (!vault)
        return vault.error();
    return open(vault.value());
}

QString VaultRegistry::nameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!pattern.match(name).hasMatch())
        return tr("The vault name \"%1\" is not 1-64 letters, digits, hyphens or underscores.").arg(name);
    return {};
}

Result<Vault> VaultRegistry::ensure(const QSqlDatabase &database, const Home &home)
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

Result<Vault> VaultRegistry::resolve(const QSqlDatabase &database, const Home &home, const QString &name)
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

Vault VaultRegistry::planned(const Home &home)
{
    Vault vault;
    vault.name = QString::fromLatin1(Vault::DefaultName);
    vault.kind = Vault::Kind::Local;
    vault.location = QDir(home.vaultsPath()).filePath(vault.name);
    return vault;
}

QList<Error> VaultRegistry::checkLocal(const QSqlDatabase &database, const QString &name, const QString &path)
{
    QList<Error> problems;
    if (name.isEmpty()) {
        problems << Error{QStringLiteral("Vault.Name"),
            tr("Enter a name for the vault."),
            tr("Use 1-64 letters, digits, hyphens or underscores."),
            QStringLiteral("name"),
            ErrorKind::BadInput};
    } else if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        problems << Error{QStringLiteral("Vault.Name"),
            problem,
            tr("Choose another name."),
            QStringLiteral("name"),
            ErrorKind::BadInput};
    } else if (Result<std::optional<Vault>> existing = VaultRepository(database).find(name); !existing) {
        problems << existing.error();
    } else if (existing->has_value()) {
        problems << Error{QStringLiteral("Vault.DuplicateName"),
            tr("A vault named \"%1\" already exists.").arg(name),
            tr("Choose another name, or use the existing vault."),
            QStringLiteral("name"),
            ErrorKind::BadInput};
    }
    if (const std::optional<Error> problem = folderProblem(database, path))
        problems << *problem;
    return problems;
}

std::optional<Error> VaultRegistry::folderProblem(const QSqlDatabase &database, const QString &path)
{
    if (path.isEmpty()) {
        return Error{QStringLiteral("Vault.PathMissing"),
            tr("Choose a folder for the vault."),
            tr("A new or empty folder, or an existing vault that is not registered yet."),
            QStringLiteral("path"),
            ErrorKind::BadInput};
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo folder(absolute);
    Error error;
    if (QFileInfo::exists(QDir(absolute).filePath(QString::fromLatin1(LocalVaultStore::VaultFileName)))) {
        // An existing vault: usable unless unreadable or already registered under another name.
        Result<std::unique_ptr<LocalVaultStore>> store = LocalVaultStore::open(absolute);
        if (!store) {
            error = store.error();
        } else if (Result<std::optional<Vault>> sameId = VaultRepository(database).findById(store.value()->info().id);
                   !sameId) {
            error = sameId.error();
        } else if (sameId->has_value()) {
            error = alreadyRegistered(absolute, sameId->value().name);
        } else {
            return std::nullopt;
        }
    } else if (folder.exists() && !folder.isDir()) {
        error = Error{QStringLiteral("Vault.NotWritable"),
            tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(absolute)),
            tr("Choose a new or empty folder."),
            {}};
    } else if (folder.isDir() && !QDir(absolute).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        error = Error{QStringLiteral("Vault.NotAVault"),
            tr("The folder %1 is not empty and is not a PgVault vault (it has no %2).")
                .arg(QDir::toNativeSeparators(absolute), QString::fromLatin1(LocalVaultStore::VaultFileName)),
            tr("Choose an empty folder, a new folder, or an existing vault."),
            {},
            ErrorKind::BadInput};
    } else {
        // The folder itself, or the nearest folder above it that exists, must accept new entries.
        // Permission bits can be wrong (ACLs, read-only mounts); creating the vault still reports those.
        QFileInfo existing = folder;
        while (!existing.exists() && !existing.isRoot() && existing.absolutePath() != existing.absoluteFilePath())
            existing = QFileInfo(existing.absolutePath());
        if (existing.exists() && (!existing.isDir() || !existing.isWritable())) {
            error = Error{QStringLiteral("Vault.NotWritable"),
                tr("PgVault cannot create or write to the folder %1: %2 is not writable.")
                    .arg(QDir::toNativeSeparators(absolute), QDir::toNativeSeparators(existing.absoluteFilePath())),
                tr("Choose a folder you can write to, or give the user running PgVault write access."),
                {}};
        } else {
            return std::nullopt;
        }
    }
    error.field = QStringLiteral("path");
    return error;
}

Result<Vault> VaultRegistry::createLocal(
    const QSqlDatabase &database, const QString &name, const QString &path, int softDeleteDays)
{
    if (const QList<Error> problems = checkLocal(database, name, path); !problems.isEmpty())
        return problems.first();
    if (Result<void> days = VaultRepository::checkSoftDeleteDays(softDeleteDays); !days)
        return days.error();
    Result<std::unique_ptr<LocalVaultStore>> store = LocalVaultStore::openOrCreate(path, name);
    if (!store)
        return store.error();
    return registerStore(database, name, *store.value(), softDeleteDays);
}

Result<std::unique_ptr<VaultStore>> VaultRegistry::open(const Vault &vault)
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
