#include "models/policies/PolicyRepository.h"

#include "models/policies/PolicyJson.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace PgVault {

namespace {

// SQLite's extended result codes, as QSqlError::nativeErrorCode() reports them.
const QString SqliteConstraintUnique = QStringLiteral("2067");
const QString SqliteConstraintForeignKey = QStringLiteral("787");

Error duplicateName(const QString &name)
{
    return Error{QStringLiteral("Policy.DuplicateName"),
        PolicyRepository::tr("A policy named \"%1\" already exists.").arg(name),
        PolicyRepository::tr("Choose another name; names are compared without regard to case."),
        QStringLiteral("name"),
        ErrorKind::BadInput};
}

Error inUse(const QString &name, const QStringList &instances)
{
    return Error{QStringLiteral("Policy.InUse"),
        PolicyRepository::tr("Policy \"%1\" is used by backup instances %2;")
            .arg(name, instances.join(QStringLiteral(", "))),
        PolicyRepository::tr("move them to another policy or remove them first, then delete the policy."),
        QStringLiteral("name")};
}

} // namespace

PolicyRepository::PolicyRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<QList<StoredPolicy>> PolicyRepository::list() const
{
    return select({}, {});
}

Result<std::optional<StoredPolicy>> PolicyRepository::find(const QString &name) const
{
    // The column's NOCASE collation makes the comparison case-insensitive.
    Result<QList<StoredPolicy>> found = select(QStringLiteral("WHERE p.name = :name"), name);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StoredPolicy>();
    return std::optional<StoredPolicy>(found->first());
}

bool PolicyRepository::exists(const QString &name) const
{
    const Result<std::optional<StoredPolicy>> found = find(name);
    return found && found->has_value();
}

Result<QString> PolicyRepository::create(const BackupPolicy &policy)
{
    if (const QList<Error> errors = policy.validate(); !errors.isEmpty())
        return errors.first();
    if (exists(policy.name()))
        return duplicateName(policy.name());

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO policies (id, name, json, created_utc) "
                                 "VALUES (:id, :name, :json, :created)"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":name"), policy.name());
    query.bindValue(QStringLiteral(":json"), QString::fromUtf8(PolicyJson::toJson(policy)));
    query.bindValue(QStringLiteral(":created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        // Another process may have taken the name between the check and the insert.
        if (query.lastError().nativeErrorCode() == SqliteConstraintUnique)
            return duplicateName(policy.name());
        return sqlError(tr("save policy \"%1\"").arg(policy.name()), query.lastError().text());
    }
    return id;
}

Result<void> PolicyRepository::remove(const QString &name)
{
    const Result<std::optional<StoredPolicy>> found = find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(name);
    const StoredPolicy &stored = found->value();
    if (const QStringList instances = instancesUsing(stored.policy.name()); !instances.isEmpty())
        return inUse(stored.policy.name(), instances);

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM policies WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), stored.id);
    if (!query.exec()) {
        // An instance may have been given the policy since the check; the foreign key refuses.
        if (query.lastError().nativeErrorCode() == SqliteConstraintForeignKey)
            return inUse(stored.policy.name(), instancesUsing(stored.policy.name()));
        return sqlError(tr("delete policy \"%1\"").arg(stored.policy.name()), query.lastError().text());
    }
    return {};
}

QStringList PolicyRepository::instancesUsing(const QString &name) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT i.name FROM instances i JOIN policies p ON p.id = i.policy_id "
                                 "WHERE p.name = :name ORDER BY i.name COLLATE NOCASE"));
    query.bindValue(QStringLiteral(":name"), name);
    QStringList names;
    if (!query.exec())
        return names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Error PolicyRepository::notFound(const QString &name)
{
    return Error{QStringLiteral("Policy.NotFound"),
        tr("There is no policy named \"%1\".").arg(name),
        tr("Choose one of the backup policies listed (Backup policies, or \"pgvaultctl policy list\")."),
        QStringLiteral("name"),
        ErrorKind::BadInput};
}

Result<std::optional<StoredPolicy>> PolicyRepository::findById(const QString &id) const
{
    Result<QList<StoredPolicy>> found = select(QStringLiteral("WHERE p.id = :name"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StoredPolicy>();
    return std::optional<StoredPolicy>(found->first());
}

Result<QList<StoredPolicy>> PolicyRepository::select(const QString &whereClause, const QString &name) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.id, p.name, p.json, p.created_utc,"
                                 " (SELECT COUNT(*) FROM instances i WHERE i.policy_id = p.id)"
                                 " FROM policies p ")
        + whereClause + QStringLiteral(" ORDER BY p.name COLLATE NOCASE"));
    if (!whereClause.isEmpty())
        query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec())
        return sqlError(tr("read the policies"), query.lastError().text());

    QList<StoredPolicy> policies;
    while (query.next()) {
        const QString rowName = query.value(1).toString();
        Result<BackupPolicy> parsed = PolicyJson::fromJson(query.value(2).toString().toUtf8());
        if (!parsed) {
            return Error{QStringLiteral("Catalog.CorruptPolicy"),
                tr("The stored policy \"%1\" cannot be read: %2").arg(rowName, parsed.error().message),
                tr("Delete the policy and import it again from an exported file."),
                parsed.error().field};
        }
        StoredPolicy stored;
        stored.id = query.value(0).toString();
        stored.policy = std::move(parsed).value();
        // The row is the truth for the name: the JSON's copy is not updated on a rename.
        stored.policy.setName(rowName);
        stored.created = QDateTime::fromString(query.value(3).toString(), Qt::ISODate).toUTC();
        stored.instanceCount = query.value(4).toInt();
        policies << stored;
    }
    return policies;
}

Error PolicyRepository::sqlError(const QString &what, const QString &driverText) const
{
    return Error{QStringLiteral("Catalog.QueryFailed"),
        tr("Could not %1 in the catalog %2: %3.").arg(what, m_database.databaseName(), driverText),
        tr("Check that your user may write the catalog and its folder and that the disk is not full; "
           "if another PgVault process holds a long write, try again."),
        {}};
}

} // namespace PgVault
