#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace PgVault {

/// The alerts' state in the catalog: which alerts the agent has delivered (by the key AlertEvaluator
/// gives each, so an alert is sent once however often the agent passes or restarts) and the user's
/// alert command (`pgvaultctl alerts set-command`). Used by the engine's AlertDelivery and by pgvaultctl.
/// The command is a program and its arguments, never a secret: it is shown by `alerts show-command`.
class AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::AlertRepository)

public:
    explicit AlertRepository(const QSqlDatabase &database);

    /// Records the alert as delivered at `when`; true when this call recorded it, false when it
    /// already was (by this or another agent sharing the catalog), so only one process delivers it.
    Result<bool> claim(const QString &key, const QDateTime &when);
    /// Forgets the deliveries of alerts that are no longer active (they resolved); returns how many.
    Result<int> forgetAllBut(const QSet<QString> &activeKeys);
    /// The keys of the alerts delivered and not yet forgotten.
    Result<QSet<QString>> delivered() const;

    /// The command run for each new alert; empty when none is set.
    Result<QString> command() const;
    /// Sets the command; an empty one clears it.
    Result<void> setCommand(const QString &command);

private:
    QSqlDatabase m_database;
};

} // namespace PgVault
