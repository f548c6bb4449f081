#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace PgVault {

/// Turns a local wall-clock date and time in a zone into an instant, deciding the two cases
/// daylight saving creates explicitly rather than relying on QDateTime, whose handling of them
/// changed between Qt releases (and is off by an hour in a spring-forward gap on Qt 6.4).
class WallClock
{
public:
    /// What a wall-clock time that does not exist (a spring-forward gap) becomes.
    enum class Gap {
        FirstInstantAfter, ///< the moment the clocks jump (02:30 -> 03:00): a scheduled run
        ShiftedByGap, ///< moved forward by the gap's length (02:30 -> 03:30): calendar arithmetic
    };

    /// The instant (UTC) the wall clock shows `time` on `date` in `zone`. In an autumn overlap, the
    /// occurrence with `preferredOffset` (seconds east of UTC) when it is one of the two, else the
    /// first.
    static QDateTime toUtc(const QDate &date,
        const QTime &time,
        const QTimeZone &zone,
        Gap gap,
        std::optional<int> preferredOffset = std::nullopt);
};

} // namespace PgVault
