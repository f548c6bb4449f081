#pragma once

#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionRule.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <array>
#include <map>
#include <optional>

namespace PgVault {

/// Decides a new recovery point's retention tag and expiry from the instance's earlier successful
/// points, as Azure Backup does: the highest-priority rule (Yearly > Monthly > Weekly) for which the
/// point is the first successful backup of its calendar year / month / Sunday-based week in the
/// policy's time zone; otherwise Default. Pure and fast: it runs over years of points. Not
/// thread-safe: const calls fill a cache of zone offsets, so give each thread its own evaluator.
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

    /// Point time in the policy zone + the rule's duration, back to UTC; the wall clock is kept and
    /// months clamp (Jan 31 + P1M = Feb 28). A wall clock skipped by a spring-forward gap moves on
    /// by the gap (02:30 -> 03:30); a repeated one keeps the point's own offset where it can. A tag
    /// the policy lacks uses the Default rule's duration; no Default rule, no expiry.
    QDateTime expiry(const QDateTime &time, RetentionRule::Kind tag) const;

private:
    /// A stretch of UTC time over which the policy zone's offset does not change.
    struct OffsetSpan
    {
        qint64 startMSecs = 0;
        qint64 endMSecs = 0; ///< exclusive
        int offsetSeconds = 0;
    };
    /// A point's calendar position in the policy zone.
    struct LocalPosition
    {
        qint64 julianDay = 0;
        qint64 msecsOfDay = 0;
        int offsetSeconds = 0; ///< the zone's offset at the point
        qint64 weekKey = 0; ///< julian day of the Sunday that starts the week
        qint64 monthKey = 0; ///< year * 12 + month - 1
        qint64 yearKey = 0;
    };

    /// The zone's offset at a UTC instant. Cached by transition so that a million points cost a
    /// handful of QTimeZone look-ups, not a million.
    int offsetAt(qint64 utcMSecs) const;
    LocalPosition localPosition(qint64 utcMSecs) const;
    Decision decide(qint64 utcMSecs, const LocalPosition &local, std::optional<RetentionRule::Kind> chosen) const;
    void claim(qint64 utcMSecs, const LocalPosition &local);
    /// Whether `utcMSecs` is the first known point of its period (no earlier point claimed it).
    static bool isFirst(const QHash<qint64, qint64> &firsts, qint64 key, qint64 utcMSecs);
    /// Expiry for a point whose duration is known, in msecs since the epoch (UTC).
    qint64 expiryMSecs(const LocalPosition &local, const Duration &duration) const;
    std::optional<Duration> durationFor(RetentionRule::Kind kind) const;

    BackupPolicy m_policy;
    QTimeZone m_zone;
    /// The policy's rules present, by Kind (index = int(Kind)).
    std::array<std::optional<Duration>, 4> m_durations;
    // Earliest successful point per claimed period; keys are computed in the policy zone.
    QHash<qint64, qint64> m_firstOfWeek; // Sunday's julian day -> msecs since epoch
    QHash<qint64, qint64> m_firstOfMonth; // year * 12 + month - 1
    QHash<qint64, qint64> m_firstOfYear; // year
    // Offset cache, filled lazily by const calls.
    mutable std::map<qint64, OffsetSpan> m_spans; // span start (UTC msecs) -> span
    mutable OffsetSpan m_lastSpan; // the most recent hit; empty until the first look-up
};

} // namespace PgVault
