#pragma once

#include <QDateTime>

namespace PgVault {

/// What PgVault believes about this machine's wall clock, as the catalog keeps it: the last time a
/// clock check accepted, and since when (by the clock's own reading) it has doubted the clock.
/// Written by ClockCheck; read by it and by everything that must not trust a time recorded by a
/// clock that was ahead (future-dated jobs and points).
struct ClockTrust
{
    /// A job or point dated more than this after "now" was recorded by a clock that was ahead. It
    /// covers the skew of hosts sharing a catalog and the step an NTP correction makes.
    static constexpr qint64 FutureToleranceMs = qint64{10} * 60 * 1000;

    QDateTime trusted; ///< UTC; invalid until the first check
    QDateTime doubtedSince; ///< UTC reading of the clock when the doubt began; invalid while trusted

    /// Whether `time` lies beyond `now` plus the tolerance: recorded while the clock was ahead.
    static bool isFutureDated(const QDateTime &time, const QDateTime &now)
    {
        return time.isValid() && now.isValid() && time > now.addMSecs(FutureToleranceMs);
    }

    bool operator==(const ClockTrust &) const = default;
};

} // namespace PgVault
