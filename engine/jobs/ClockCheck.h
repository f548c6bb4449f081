#pragma once

#include "models/ClockTrust.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace PgVault {

/// What a clock check decided about one reading of the wall clock.
struct ClockVerdict
{
    QDateTime now; ///< the reading judged (UTC)
    /// The last time PgVault can vouch for: the stored trusted time, carried on by the jobs, points
    /// and other agents' heartbeats recorded since (see ClockCheck). Invalid with no evidence.
    QDateTime reference;
    bool trusted = true;
    /// While not trusted: the clock's reading when the doubt began (this check's `now` if it
    /// began it). Refusals of one doubt are recorded once.
    QDateTime doubtedSince;

    /// Why expiry deletes nothing by this clock, with the remedy (code Expiry.ClockAhead).
    Error refusal() const;
};

/// Decides whether the wall clock is plausible enough to delete recovery points by it, so that a
/// clock that jumped ahead (a bad NTP server, a failing RTC) does not make expiry delete every
/// point. Used by the agent at the start of each pass, before anything is dated by its clock, and
/// by ExpiryRunner (`pgvaultctl prune`).
///
/// The rule: the clock is trusted while it is at most MaxLeapDays ahead of the last time PgVault
/// can vouch for. That starts at the stored trusted time (every trusted check stores its reading)
/// and is carried on by the job starts, recovery points and other agents' heartbeats recorded
/// since, oldest first, each no more than MaxLeapDays after the one before; the first without a
/// catalog's trusted time starts at its newest record. Records dated in the future count for
/// nothing. MaxLeapDays is the longest gap a weekly schedule leaves between backups (7 days) plus
/// 5 weeks for a machine that was switched off: a running agent stores a trusted time every minute
/// and a scheduled backup at least weekly, so only a clock jump or a machine off for more than six
/// weeks trips it. What a clock that jumped ahead dates lies beyond such a gap, so it never vouches
/// for that clock, not even when the same jump comes again later. The doubt ends when a reading is
/// back within MaxLeapDays, or when the user vouches for the clock (trust(), `prune --trust-clock`).
class ClockCheck
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ClockCheck)

public:
    /// A weekly schedule's longest gap between two runs.
    static constexpr int LongestScheduleGapDays = 7;
    /// Room for a machine that was switched off for a few weeks.
    static constexpr int SwitchedOffMarginDays = 35;
    static constexpr int MaxLeapDays = LongestScheduleGapDays + SwitchedOffMarginDays;

    explicit ClockCheck(const QSqlDatabase &database);

    /// Judges `now` without recording anything (dry runs).
    Result<ClockVerdict> evaluate(const QDateTime &now) const;
    /// Judges `now` and records the outcome: a trusted reading becomes the stored trusted time; the
    /// first untrusted one starts the doubt, logged as a warning.
    Result<ClockVerdict> check(const QDateTime &now);
    /// The user vouches for `now` (the machine really was off that long): it becomes the trusted
    /// time and any doubt ends.
    Result<void> trust(const QDateTime &now);

private:
    Result<ClockVerdict> judge(const QDateTime &now, const ClockTrust &stored) const;

    QSqlDatabase m_database;
};

} // namespace PgVault
