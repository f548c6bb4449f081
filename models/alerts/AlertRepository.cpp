#include "models/alerts/AlertRepository.h"

#include "models/SqlSupport.h"

#include <QSqlQuery>

namespace PgVault {

namespace {

constexpr auto CommandSetting = "command";

} // namespace

AlertRepository::AlertRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<bool> AlertRepository::claim(const QString &key, const QDateTime &when)
{
    QSqlQuery query(m_database);
    // One statement: two agents sharing the catalog cannot both insert the same key.
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO alert_deliveries (alert_key, delivered_ms) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(when.toMSecsSinceEpoch());
    if (Result<void> done = Sql::exec(query, tr("record a delivered alert")); !done)
        return done.error();
    return query.numRowsAffected() == 1;
}

Result<int> AlertRepository::forgetAllBut(const QSet<QString> &activeKeys)
{
    const Result<QSet<QString>> keys = delivered();
    if (!keys)
        return keys.error();
    int forgotten = 0;
    for (const QString &key : *keys) {
        if (activeKeys.contains(key))
            continue;
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("DELETE FROM alert_deliveries WHERE alert_key = ?"));
        query.addBindValue(key);
        if (Result<void> done = Sql::exec(query, tr("forget a resolved alert")); !done)
            return done.error();
        forgotten += query.numRowsAffected();
    }
    return forgotten;
}

Result<QSet<QString>> AlertRepository::delivered() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT alert_key FROM alert_deliveries"));
    if (Result<void> done = Sql::exec(query, tr("read the delivered alerts")); !done)
        return done.error();
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

Result<QString> AlertRepository::command() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT value FROM alert_settings WHERE name = ?"));
    query.addBindValue(QLatin1String(CommandSetting));
    if (Result<void> done = Sql::exec(query, tr("read the alert command")); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> AlertRepository::setCommand(const QString &command)
{
    QSqlQuery query(m_database);
    if (command.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM alert_settings WHERE name = ?"));
        query.addBindValue(QLatin1String(CommandSetting));
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO alert_settings (name, value) VALUES (?, ?)"));
        query.addBindValue(QLatin1String(CommandSetting));
        query.addBindValue(command.trimmed());
    }
    return Sql::exec(query, tr("save the alert command"));
}

} // namespace PgVault
