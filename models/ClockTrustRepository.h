#pragma once

#include "models/ClockTrust.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace PgVault {

/// The catalog's single ClockTrust row: ClockCheck reads and writes it on every agent pass and
/// prune, `pgvaultctl prune --trust-clock` overwrites it.
class ClockTrustRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ClockTrustRepository)

public:
    explicit ClockTrustRepository(const QSqlDatabase &database);

    /// The stored trust; both times invalid when no check has run yet.
    Result<ClockTrust> read() const;
    Result<void> write(const ClockTrust &trust);

private:
    QSqlDatabase m_database;
};

} // namespace PgVault
