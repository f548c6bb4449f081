#include "models/WallClock.h"

#include <algorithm>
#include <optional>

namespace PgVault {

namespace {

constexpr qint64 MSecsPerDay = 24LL * 60 * 60 * 1000;

int offsetAt(const QTimeZone &zone, qint64 msecs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

} // namespace

QDateTime WallClock::toUtc(
    const QDate &date, const QTime &time, const QTimeZone &zone, Gap gap, std::optional<int> preferredOffset)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // A zone changes its offset at most once a day, so the offsets in force a day before and a
    // day after are the only candidates; keep the earliest that reads back as this wall clock.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const int before = offsetAt(zone, wall - MSecsPerDay);
    const int after = offsetAt(zone, wall + MSecsPerDay);
    std::optional<qint64> best;
    for (int offset : {before, after}) {
        const qint64 instant = wall - qint64(offset) * 1000;
        if (offsetAt(zone, instant) != offset)
            continue;
        if (preferredOffset && offset == *preferredOffset) {
            best = instant;
            break;
        }
        best = best ? std::min(*best, instant) : instant;
    }
    if (best)
        return QDateTime::fromMSecsSinceEpoch(*best, Qt::UTC);

    // In a spring-forward gap: with the earlier offset the instant lies just after the jump.
    const qint64 shifted = wall - qint64(before) * 1000;
    if (gap == Gap::ShiftedByGap)
        return QDateTime::fromMSecsSinceEpoch(shifted, Qt::UTC);
    const QTimeZone::OffsetData transition
        = zone.previousTransition(QDateTime::fromMSecsSinceEpoch(shifted + 1, Qt::UTC));
    return transition.atUtc.toUTC();
}

} // namespace PgVault
