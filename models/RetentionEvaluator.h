#pragma once

#include "models/BackupPolicy.h"
#include "models/RetentionRule.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace PgVault {

/// Decides a new recovery point's retention tag and expiry from the instance's earlier successful
/// points, as Azure Backup does: the highest-priority rule (Yearly > Monthly > Weekly) for which the
/// point is the first successful backup of its calendar year / month / Sunday-based week in the
/// policy's time zone; otherwise Default. Pure and fast: it runs over years of points.
class RetentionEvaluator
{
public:
    struct Decision
    {
        RetentionRule::Kind tag = RetentionRule::Kind::Default;
        QDateTime expiry; ///< UTC
        /// Every rule of the policy whose period this point is the first of, in priority order
        /// ("why is this kept?"); the winner is the first, unless the user chose a rule.
        QList<RetentionRule::Kind> matched;
        bool operator==(const Decision &) const = default;
    };

    explicit RetentionEvaluator(const BackupPolicy &policy);

    /// Adds an existing successful point (UTC) to the history; order does not matter.
    void addSuccessfulPoint(const QDateTime &time);

    /// The decision for a new successful point at `time` (UTC), without recording it. With
    /// `chosen` (an on-demand backup), the tag is the chosen rule; the point still claims its periods
    /// when recorded. A chosen rule the policy lacks falls back to Default.
    Decision evaluate(const QDateTime &time, std::optional<RetentionRule::Kind> chosen = {}) const;

    /// evaluate() and then addSuccessfulPoint().
    Decision record(const QDateTime &time, std::optional<RetentionRule::Kind> chosen = {});

    /// Point time in the policy zone + the rule's duration, back to UTC.
    QDateTime expiry(const QDateTime &time, RetentionRule::Kind tag) const;

private:
    BackupPolicy m_policy;
    // Earliest successful point per claimed period; keys are computed in the policy zone.
    QHash<qint64, qint64> m_firstOfWeek; // Sunday's julian day -> msecs since epoch
    QHash<qint64, qint64> m_firstOfMonth; // year * 12 + month
    QHash<qint64, qint64> m_firstOfYear; // year
};

} // namespace PgVault
