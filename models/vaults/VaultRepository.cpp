#include "models/vaults/VaultRepository.h"

#include "models/SqlSupport.h"

#include <QSqlQuery>

namespace PgVault {

VaultRepository::VaultRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<QList<Vault>> VaultRepository::select(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, name, kind, location, created_ms, soft_delete_days FROM vaults ") + where
        + QStringLiteral(" ORDER BY name"));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (Result<void> done = Sql::exec(query, tr("read the vaults")); !done)
        return done.error();
    QList<Vault> vaults;
    while (query.next()) {
        Vault vault;
        vault.id = query.value(0).toString();
        vault.name = query.value(1).toString();
        vault.kind = query.value(2).toString() == Vault::kindName(Vault::Kind::AzureBlob) ? Vault::Kind::AzureBlob
                                                                                          : Vault::Kind::Local;
        vault.location = query.value(3).toString();
        vault.created = Sql::toTime(query.value(4));
        vault.softDeleteDays = query.value(5).toInt();
        vaults << vault;
    }
    return vaults;
}

Result<QList<Vault>> VaultRepository::list() const
{
    return select({}, {});
}

Result<std::optional<Vault>> VaultRepository::find(const QString &name) const
{
    Result<QList<Vault>> found = select(QStringLiteral("WHERE name = ?"), name);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Vault>() : std::optional<Vault>(found->first());
}

Result<std::optional<Vault>> VaultRepository::findById(const QString &id) const
{
    Result<QList<Vault>> found = select(QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Vault>() : std::optional<Vault>(found->first());
}

Result<QHash<QString, VaultUsage>> VaultRepository::usage() const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT v.id, COUNT(DISTINCT i.id), COUNT(p.id) - COUNT(p.deleted_ms), COUNT(p.deleted_ms),"
                       " COALESCE(SUM(p.size_bytes), 0)"
                       " FROM vaults v"
                       " LEFT JOIN instances i ON i.vault_id = v.id"
                       " LEFT JOIN points p ON p.instance_id = i.id"
                       " GROUP BY v.id"));
    if (Result<void> done = Sql::exec(query, tr("read the vaults' usage")); !done)
        return done.error();
    QHash<QString, VaultUsage> usage;
    while (query.next()) {
        VaultUsage vault;
        vault.instances = query.value(1).toInt();
        vault.points = query.value(2).toInt();
        vault.deletedPoints = query.value(3).toInt();
        vault.sizeBytes = query.value(4).toLongLong();
        usage.insert(query.value(0).toString(), vault);
    }
    return usage;
}

Result<void> VaultRepository::create(const Vault &vault)
{
    if (Result<void> days = checkSoftDeleteDays(vault.softDeleteDays); !days)
        return days;
    return Sql::immediateTransaction(m_database, tr("save the vault"), [&]() -> Result<void> {
        Result<std::optional<Vault>> existing = find(vault.name);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            return Error{QStringLiteral("Vault.DuplicateName"),
                tr("A vault named \"%1\" already exists.").arg(vault.name),
                tr("Choose another name, or use the existing vault."),
                QStringLiteral("name"),
                ErrorKind::BadInput};
        }
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("INSERT INTO vaults (id, name, kind, location, created_ms, soft_delete_days) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(vault.id);
        query.addBindValue(vault.name);
        query.addBindValue(Vault::kindName(vault.kind));
        query.addBindValue(Sql::text(vault.location));
        query.addBindValue(Sql::fromTime(vault.created));
        query.addBindValue(vault.softDeleteDays);
        return Sql::exec(query, tr("save the vault"));
    });
}

Result<void> VaultRepository::setSoftDeleteDays(const QString &name, int days)
{
    if (Result<void> valid = checkSoftDeleteDays(days); !valid)
        return valid;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE vaults SET soft_delete_days = ? WHERE name = ?"));
    query.addBindValue(days);
    query.addBindValue(name);
    if (Result<void> done = Sql::exec(query, tr("change the vault")); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return notFound(name);
    return {};
}

Result<void> VaultRepository::checkSoftDeleteDays(int days)
{
    if (days >= 0 && days <= Vault::MaxSoftDeleteDays)
        return {};
    return Error{QStringLiteral("Vault.SoftDeleteDaysOutOfRange"),
        tr("%1 is not a number of days a vault can keep deleted recovery points.").arg(days),
        tr("Choose from 0 (delete expired points at once) to %1 days; the default is %2.")
            .arg(Vault::MaxSoftDeleteDays)
            .arg(Vault::DefaultSoftDeleteDays),
        QStringLiteral("softDeleteDays"),
        ErrorKind::BadInput};
}

Error VaultRepository::notFound(const QString &name)
{
    return Error{QStringLiteral("Vault.NotFound"),
        tr("There is no vault named \"%1\".").arg(name),
        tr("Choose one of the vaults listed (Vaults, or \"pgvaultctl vault list\"), or create it first."),
        QStringLiteral("vault"),
        ErrorKind::BadInput};
}

} // namespace PgVault
