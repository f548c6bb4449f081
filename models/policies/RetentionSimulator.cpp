#include "models/policies/RetentionSimulator.h"

#include "models/policies/RetentionEvaluator.h"

#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace PgVault {

namespace {

constexpr qint64 MSecsPerDay = 24LL * 60 * 60 * 1000;

/// The first instant (UTC) whose wall clock in `zone` is on `date`: local midnight, or the end of
/// a spring-forward gap when midnight itself is skipped (as in zones that change at 00:00).
QDateTime startOfLocalDate(const QTimeZone &zone, const QDate &date)
{
    const qint64 wallAsUtc = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const auto offsetAt = [&zone](qint64 msecs) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
    };
    // A zone changes offset at most once a day: the offsets a day either side are the candidates.
    const int offsetBefore = offsetAt(wallAsUtc - MSecsPerDay);
    const int offsetAfter = offsetAt(wallAsUtc + MSecsPerDay);
    std::optional<qint64> first;
    for (int offset : {offsetBefore, offsetAfter}) {
        const qint64 instant = wallAsUtc - qint64(offset) * 1000;
        if (offsetAt(instant) == offset)
            first = first ? std::min(*first, instant) : instant;
    }
    if (first)
        return QDateTime::fromMSecsSinceEpoch(*first, Qt::UTC);
    const QTimeZone::OffsetData transition
        = zone.previousTransition(QDateTime::fromMSecsSinceEpoch(wallAsUtc - qint64(offsetBefore) * 1000 + 1, Qt::UTC));
    return transition.atUtc.toUTC();
}

QTimeZone policyZone(const BackupPolicy &policy)
{
    const QTimeZone zone = policy.schedule().timeZone();
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

QList<RetentionSimulator::Point> RetentionSimulator::simulate(
    const BackupPolicy &policy, const QDate &from, const QDate &until, const QSet<QDate> &failedLocalDates)
{
    QList<Point> points;
    if (!from.isValid() || !until.isValid() || from > until)
        return points;
    const QTimeZone zone = policyZone(policy);
    const WeeklySchedule schedule = policy.schedule();
    RetentionEvaluator evaluator(policy);
    for (const QDateTime &run : schedule.runsBetween(startOfLocalDate(zone, from), endOfLocalDate(policy, until))) {
        if (!failedLocalDates.isEmpty() && failedLocalDates.contains(run.toTimeZone(zone).date()))
            continue; // a failed backup takes no tag and claims no period
        const RetentionEvaluator::Decision decision = evaluator.record(run);
        points << Point{run.toUTC(), decision.tag, decision.expiry, decision.matched};
    }
    return points;
}

QMap<RetentionRule::Kind, int> RetentionSimulator::aliveAt(const QList<Point> &points, const QDateTime &instant)
{
    QMap<RetentionRule::Kind, int> alive;
    for (const Point &point : points) {
        if (point.time <= instant && instant < point.expiry)
            ++alive[point.tag];
    }
    return alive;
}

QDateTime RetentionSimulator::endOfLocalDate(const BackupPolicy &policy, const QDate &date)
{
    if (!date.isValid())
        return {};
    return startOfLocalDate(policyZone(policy), date.addDays(1));
}

} // namespace PgVault
