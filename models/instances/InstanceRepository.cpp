#include "models/instances/InstanceRepository.h"

#include "models/SqlSupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace PgVault {

namespace {

/// The "protection" column's words; they never change, catalogs in the field hold them.
QString storedName(BackupInstance::Protection protection)
{
    switch (protection) {
    case BackupInstance::Protection::Protected:
        break;
    case BackupInstance::Protection::StoppedRetainAsPerPolicy:
        return QStringLiteral("StoppedRetainAsPerPolicy");
    case BackupInstance::Protection::StoppedRetainForever:
        return QStringLiteral("StoppedRetainForever");
    }
    return QStringLiteral("Protected");
}

BackupInstance::Protection protectionFromStored(const QString &name)
{
    for (const auto protection :
        {BackupInstance::Protection::StoppedRetainAsPerPolicy, BackupInstance::Protection::StoppedRetainForever}) {
        if (name == storedName(protection))
            return protection;
    }
    return BackupInstance::Protection::Protected;
}

} // namespace

InstanceRepository::InstanceRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<QList<BackupInstance>> InstanceRepository::select(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT i.id, i.name, i.host, i.port, i.user_name, i.ssl_mode, i.policy_id, "
                       "p.name, i.vault_id, v.name, i.created_ms, i.protection, i.stopped_ms FROM instances i "
                       "LEFT JOIN policies p ON p.id = i.policy_id "
                       "LEFT JOIN vaults v ON v.id = i.vault_id ")
        + where + QStringLiteral(" ORDER BY i.name"));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (Result<void> done = Sql::exec(query, tr("read the backup instances")); !done)
        return done.error();
    QList<BackupInstance> instances;
    while (query.next()) {
        BackupInstance instance;
        instance.id = query.value(0).toString();
        instance.name = query.value(1).toString();
        instance.host = query.value(2).toString();
        instance.port = query.value(3).toInt();
        instance.user = query.value(4).toString();
        instance.sslMode = query.value(5).toString();
        instance.policyId = query.value(6).toString();
        instance.policyName = query.value(7).toString();
        instance.vaultId = query.value(8).toString();
        instance.vaultName = query.value(9).toString();
        instance.created = Sql::toTime(query.value(10));
        instance.protection = protectionFromStored(query.value(11).toString());
        instance.stopped = Sql::toTime(query.value(12));
        instances << instance;
    }
    return instances;
}

Result<QList<BackupInstance>> InstanceRepository::list() const
{
    return select({}, {});
}

Result<std::optional<BackupInstance>> InstanceRepository::find(const QString &name) const
{
    Result<QList<BackupInstance>> found = select(QStringLiteral("WHERE i.name = ?"), name);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<BackupInstance>() : std::optional<BackupInstance>(found->first());
}

Result<std::optional<BackupInstance>> InstanceRepository::findById(const QString &id) const
{
    Result<QList<BackupInstance>> found = select(QStringLiteral("WHERE i.id = ?"), id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<BackupInstance>() : std::optional<BackupInstance>(found->first());
}

QList<Error> InstanceRepository::validate(const BackupInstance &instance)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    QList<Error> errors;
    if (!namePattern.match(instance.name).hasMatch()) {
        errors << Error{QStringLiteral("Instance.Name"),
            tr("The backup instance name \"%1\" is not allowed.").arg(instance.name),
            tr("Use 1–63 letters, digits, dots, hyphens or underscores, starting with a letter or digit."),
            QStringLiteral("name"),
            ErrorKind::BadInput};
    }
    if (instance.host.trimmed().isEmpty() || instance.host.contains(QLatin1Char(' '))) {
        errors << Error{QStringLiteral("Instance.Host"),
            tr("The server host \"%1\" is not a host name or address.").arg(instance.host),
            tr("Enter the server's host name, IP address or Unix socket folder."),
            QStringLiteral("host"),
            ErrorKind::BadInput};
    }
    if (instance.port < 1 || instance.port > 65535) {
        errors << Error{QStringLiteral("Instance.Port"),
            tr("The port %1 is out of range.").arg(instance.port),
            tr("Enter a port from 1 to 65535; PostgreSQL listens on 5432 by default."),
            QStringLiteral("port"),
            ErrorKind::BadInput};
    }
    if (instance.user.trimmed().isEmpty()) {
        errors << Error{QStringLiteral("Instance.User"),
            tr("The user name is empty."),
            tr("Enter the PostgreSQL user PgVault connects as."),
            QStringLiteral("user"),
            ErrorKind::BadInput};
    }
    if (!sslModeNames().contains(instance.sslMode)) {
        errors << Error{QStringLiteral("Instance.SslMode"),
            tr("The TLS mode \"%1\" is not one PgVault knows.").arg(instance.sslMode),
            tr("Choose one of: %1.").arg(sslModeNames().join(QStringLiteral(", "))),
            QStringLiteral("sslMode"),
            ErrorKind::BadInput};
    }
    return errors;
}

Result<void> InstanceRepository::create(const BackupInstance &instance)
{
    if (const QList<Error> errors = validate(instance); !errors.isEmpty())
        return errors.first();
    return Sql::immediateTransaction(m_database, tr("save the backup instance"), [&]() -> Result<void> {
        Result<std::optional<BackupInstance>> existing = find(instance.name);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            return Error{QStringLiteral("Instance.DuplicateName"),
                tr("A backup instance named \"%1\" already exists.").arg(instance.name),
                tr("Choose another name, or remove the existing instance first."),
                QStringLiteral("name"),
                ErrorKind::BadInput};
        }
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("INSERT INTO instances (id, name, host, port, user_name, ssl_mode, policy_id, "
                                     "vault_id, created_ms, protection, stopped_ms) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(instance.id);
        query.addBindValue(instance.name);
        query.addBindValue(Sql::text(instance.host));
        query.addBindValue(instance.port);
        query.addBindValue(Sql::text(instance.user));
        query.addBindValue(Sql::text(instance.sslMode));
        query.addBindValue(instance.policyId);
        query.addBindValue(instance.vaultId);
        query.addBindValue(Sql::fromTime(instance.created));
        query.addBindValue(storedName(instance.protection));
        query.addBindValue(Sql::fromTime(instance.isProtected() ? QDateTime() : instance.stopped));
        return Sql::exec(query, tr("save the backup instance"));
    });
}

Result<void> InstanceRepository::remove(const QString &id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM instances WHERE id = ?"));
    query.addBindValue(id);
    return Sql::exec(query, tr("remove the backup instance"));
}

Result<void> InstanceRepository::setProtection(
    const QString &id, BackupInstance::Protection protection, const QDateTime &stopped)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE instances SET protection = ?, stopped_ms = ? WHERE id = ?"));
    query.addBindValue(storedName(protection));
    query.addBindValue(Sql::fromTime(protection == BackupInstance::Protection::Protected ? QDateTime() : stopped));
    query.addBindValue(id);
    return Sql::exec(query, tr("change the protection of the backup instance"));
}

Result<void> InstanceRepository::setPolicy(const QString &id, const QString &policyId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE instances SET policy_id = ? WHERE id = ?"));
    query.addBindValue(policyId);
    query.addBindValue(id);
    return Sql::exec(query, tr("change the policy of the backup instance"));
}

QString InstanceRepository::protectionText(BackupInstance::Protection protection)
{
    switch (protection) {
    case BackupInstance::Protection::Protected:
        break;
    case BackupInstance::Protection::StoppedRetainAsPerPolicy:
        return tr("Protection stopped (retain as per policy)");
    case BackupInstance::Protection::StoppedRetainForever:
        return tr("Protection stopped (retained forever)");
    }
    return tr("Protected");
}

Error InstanceRepository::protectionStopped(const BackupInstance &instance)
{
    return Error{QStringLiteral("Instance.ProtectionStopped"),
        tr("Protection of the backup instance \"%1\" is stopped; it is not backed up any more.").arg(instance.name),
        tr("Resume protection first (Backup instances > Resume protection, or \"pgvaultctl instance resume %1\").")
            .arg(instance.name),
        QStringLiteral("instance"),
        ErrorKind::BadInput};
}

Error InstanceRepository::notFound(const QString &name)
{
    return Error{QStringLiteral("Instance.NotFound"),
        tr("There is no backup instance named \"%1\".").arg(name),
        tr("Choose one of the backup instances listed (Backup instances, or \"pgvaultctl instance list\")."),
        QStringLiteral("instance"),
        ErrorKind::BadInput};
}

} // namespace PgVault
