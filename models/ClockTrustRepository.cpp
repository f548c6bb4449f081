#include "models/ClockTrustRepository.h"

#include "models/SqlSupport.h"

#include <QSqlQuery>

namespace PgVault {

ClockTrustRepository::ClockTrustRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<ClockTrust> ClockTrustRepository::read() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT trusted_ms, doubted_since_ms FROM clock_trust WHERE id = 1"));
    if (Result<void> done = Sql::exec(query, tr("read the clock check")); !done)
        return done.error();
    ClockTrust trust;
    if (query.next()) {
        trust.trusted = Sql::toTime(query.value(0));
        trust.doubtedSince = Sql::toTime(query.value(1));
    }
    return trust;
}

Result<void> ClockTrustRepository::write(const ClockTrust &trust)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO clock_trust (id, trusted_ms, doubted_since_ms) VALUES (1, ?, ?)"));
    query.addBindValue(Sql::fromTime(trust.trusted));
    query.addBindValue(Sql::fromTime(trust.doubtedSince));
    return Sql::exec(query, tr("record the clock check"));
}

} // namespace PgVault
