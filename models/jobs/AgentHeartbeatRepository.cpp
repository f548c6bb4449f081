#include "models/jobs/AgentHeartbeatRepository.h"

#include "models/SqlSupport.h"

#include <QSqlQuery>

namespace PgVault {

AgentHeartbeatRepository::AgentHeartbeatRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<void> AgentHeartbeatRepository::beat(const AgentHeartbeat &heartbeat)
{
    return Sql::immediateTransaction(m_database, tr("record the agent's heartbeat"), [&]() -> Result<void> {
        QSqlQuery stale(m_database);
        stale.prepare(QStringLiteral("DELETE FROM agent_heartbeats WHERE host = ? AND pid <> ? AND beat_ms < ?"));
        stale.addBindValue(heartbeat.host);
        stale.addBindValue(heartbeat.pid);
        stale.addBindValue(heartbeat.beat.toMSecsSinceEpoch() - StaleAfterMs);
        if (Result<void> done = Sql::exec(stale, tr("record the agent's heartbeat")); !done)
            return done;
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO agent_heartbeats (host, pid, started_ms, beat_ms) VALUES (?, ?, ?, ?)"));
        query.addBindValue(Sql::text(heartbeat.host));
        query.addBindValue(heartbeat.pid);
        query.addBindValue(Sql::fromTime(heartbeat.started));
        query.addBindValue(Sql::fromTime(heartbeat.beat));
        return Sql::exec(query, tr("record the agent's heartbeat"));
    });
}

Result<void> AgentHeartbeatRepository::remove(const QString &host, qint64 pid)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM agent_heartbeats WHERE host = ? AND pid = ?"));
    query.addBindValue(host);
    query.addBindValue(pid);
    return Sql::exec(query, tr("remove the agent's heartbeat"));
}

Result<std::optional<AgentHeartbeat>> AgentHeartbeatRepository::running(const QDateTime &now) const
{
    return first(QStringLiteral("SELECT host, pid, started_ms, beat_ms FROM agent_heartbeats WHERE beat_ms >= ? "
                                "ORDER BY started_ms, host, pid LIMIT 1"),
        {now.toMSecsSinceEpoch() - StaleAfterMs});
}

Result<std::optional<AgentHeartbeat>> AgentHeartbeatRepository::latest() const
{
    return first(QStringLiteral("SELECT host, pid, started_ms, beat_ms FROM agent_heartbeats "
                                "ORDER BY beat_ms DESC, host, pid LIMIT 1"),
        {});
}

Result<QDateTime> AgentHeartbeatRepository::newestBeatOfOthers(
    const QDateTime &notAfter, const QString &host, qint64 pid) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT max(beat_ms) FROM agent_heartbeats WHERE beat_ms <= ? AND NOT (host = ? AND pid = ?)"));
    query.addBindValue(notAfter.toMSecsSinceEpoch());
    query.addBindValue(host);
    query.addBindValue(pid);
    if (Result<void> done = Sql::exec(query, tr("read the agents' heartbeats")); !done)
        return done.error();
    return query.next() ? Sql::toTime(query.value(0)) : QDateTime();
}

Result<QList<QDateTime>> AgentHeartbeatRepository::beatsOfOthersBetween(
    const QDateTime &after, const QDateTime &notAfter, const QString &host, qint64 pid) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT beat_ms FROM agent_heartbeats WHERE beat_ms > ? AND beat_ms <= ? "
                                 "AND NOT (host = ? AND pid = ?) ORDER BY beat_ms"));
    query.addBindValue(after.toMSecsSinceEpoch());
    query.addBindValue(notAfter.toMSecsSinceEpoch());
    query.addBindValue(host);
    query.addBindValue(pid);
    if (Result<void> done = Sql::exec(query, tr("read the agents' heartbeats")); !done)
        return done.error();
    QList<QDateTime> beats;
    while (query.next())
        beats << Sql::toTime(query.value(0));
    return beats;
}

Result<std::optional<AgentHeartbeat>> AgentHeartbeatRepository::first(
    const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Result<void> done = Sql::exec(query, tr("read the agents' heartbeats")); !done)
        return done.error();
    if (!query.next())
        return std::optional<AgentHeartbeat>();
    AgentHeartbeat heartbeat;
    heartbeat.host = query.value(0).toString();
    heartbeat.pid = query.value(1).toLongLong();
    heartbeat.started = Sql::toTime(query.value(2));
    heartbeat.beat = Sql::toTime(query.value(3));
    return std::optional<AgentHeartbeat>(heartbeat);
}

} // namespace PgVault
