#pragma once

#include "engine/alerts/Alert.h"
#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/policies/WeeklySchedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace PgVault {

/// Finds the active alerts in the catalog at a given time: per backup instance, the newest finished
/// job of each operation (backup, verify, restore, expiry) that failed, and a backup overdue for
/// its policy's schedule; and, when asked, that no scheduler agent is running. Nothing is stored:
/// an alert resolves by itself once its condition ends (the next success). Used by the agent
/// (AlertDelivery), the GUI's alert banner and `pgvaultctl alerts`.
class AlertEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::AlertEvaluator)

public:
    /// The least time a backup may be late beyond its slot before it counts as missing: the
    /// backup itself takes time, and a machine may wake up a little after the slot.
    static constexpr qint64 MinimumGraceMs = qint64{60} * 60 * 1000;

    /// Whether AgentNotRunning is looked for: the GUI shows it; the agent cannot (it is running)
    /// and pgvaultctl lists what the agent delivers.
    enum class AgentCheck { Skip, Include };

    explicit AlertEvaluator(const QSqlDatabase &database);

    /// The active alerts at `now` (UTC), instances in name order, each instance's failures before
    /// its overdue backup.
    Result<QList<Alert>> active(const QDateTime &now, AgentCheck agent = AgentCheck::Skip) const;

    /// When a backup instance on `schedule` whose last successful backup (or, without one, its
    /// protection) was at `base` counts as having no recent backup: the first slot after `base`
    /// plus a grace of half the interval to the slot after it, at least MinimumGraceMs. Invalid
    /// when the schedule never runs. Pure.
    static QDateTime overdueSince(const WeeklySchedule &schedule, const QDateTime &base);

    /// "45 minutes", "5 hours", "9 days", translated (German in the dative, after "seit"); also
    /// how long ago the GUI last saw an agent.
    static QString elapsedText(qint64 ms);

private:
    Result<QList<Alert>> failures(const BackupInstance &instance, const QDateTime &now) const;
    Result<std::optional<Alert>> overdue(
        const BackupInstance &instance, const WeeklySchedule &schedule, const QDateTime &now) const;
    Result<std::optional<Alert>> agentNotRunning(const QDateTime &now) const;

    QSqlDatabase m_database;
};

} // namespace PgVault
