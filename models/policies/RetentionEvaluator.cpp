#include "models/policies/RetentionEvaluator.h"

#include <limits>

namespace PgVault {

namespace {

constexpr qint64 MSecsPerDay = 24LL * 60 * 60 * 1000;
// QDate(1970, 1, 1).toJulianDay(): local msecs count from here.
constexpr qint64 EpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

qsizetype index(RetentionRule::Kind kind)
{
    return qsizetype(kind);
}

} // namespace

RetentionEvaluator::RetentionEvaluator(const BackupPolicy &policy)
    : m_policy(policy)
    , m_zone(policy.schedule().timeZone().isValid() ? policy.schedule().timeZone() : QTimeZone::utc())
{
    // BackupPolicy keeps rules in priority order; a duplicate (which validate() reports) loses.
    for (const RetentionRule &rule : m_policy.rules()) {
        std::optional<Duration> &slot = m_durations[std::size_t(index(rule.kind()))];
        if (!slot)
            slot = rule.duration();
    }
}

int RetentionEvaluator::offsetAt(qint64 utcMSecs) const
{
    if (utcMSecs >= m_lastSpan.startMSecs && utcMSecs < m_lastSpan.endMSecs)
        return m_lastSpan.offsetSeconds;
    auto it = m_spans.upper_bound(utcMSecs);
    if (it != m_spans.begin()) {
        --it;
        if (utcMSecs < it->second.endMSecs) {
            m_lastSpan = it->second;
            return m_lastSpan.offsetSeconds;
        }
    }

    // A miss: ask the zone once for the offset and the transitions around it; every later instant
    // between those transitions is answered from the cache.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMSecs, Qt::UTC);
    OffsetSpan span;
    span.offsetSeconds = m_zone.offsetFromUtc(at);
    span.startMSecs = std::numeric_limits<qint64>::min();
    span.endMSecs = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData previous
            = m_zone.previousTransition(QDateTime::fromMSecsSinceEpoch(utcMSecs + 1, Qt::UTC));
        if (previous.atUtc.isValid())
            span.startMSecs = previous.atUtc.toMSecsSinceEpoch();
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid())
            span.endMSecs = next.atUtc.toMSecsSinceEpoch();
    }
    if (span.startMSecs > utcMSecs || span.endMSecs <= utcMSecs) {
        // The zone's answers disagree with each other; cache nothing wider than this instant.
        span.startMSecs = utcMSecs;
        span.endMSecs = utcMSecs + 1;
    }
    m_spans.insert_or_assign(span.startMSecs, span);
    m_lastSpan = span;
    return span.offsetSeconds;
}

RetentionEvaluator::LocalPosition RetentionEvaluator::localPosition(qint64 utcMSecs) const
{
    LocalPosition local;
    local.offsetSeconds = offsetAt(utcMSecs);
    const qint64 localMSecs = utcMSecs + qint64(local.offsetSeconds) * 1000;
    const qint64 daysSinceEpoch = floorDiv(localMSecs, MSecsPerDay);
    local.julianDay = daysSinceEpoch + EpochJulianDay;
    local.msecsOfDay = localMSecs - daysSinceEpoch * MSecsPerDay;
    // Julian day 0 is a Monday, so (day + 1) mod 7 counts days since Sunday.
    local.weekKey = local.julianDay - floorMod(local.julianDay + 1, 7);
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(local.julianDay).getDate(&year, &month, &day);
    local.monthKey = qint64(year) * 12 + (month - 1);
    local.yearKey = year;
    return local;
}

bool RetentionEvaluator::isFirst(const QHash<qint64, qint64> &firsts, qint64 key, qint64 utcMSecs)
{
    // A point at the very instant of the recorded first is that point again, so it is still first.
    const auto it = firsts.constFind(key);
    return it == firsts.cend() || *it >= utcMSecs;
}

std::optional<Duration> RetentionEvaluator::durationFor(RetentionRule::Kind kind) const
{
    if (const std::optional<Duration> &duration = m_durations[std::size_t(index(kind))])
        return duration;
    return m_durations[std::size_t(index(RetentionRule::Kind::Default))];
}

qint64 RetentionEvaluator::expiryMSecs(const LocalPosition &local, const Duration &duration) const
{
    // Calendar arithmetic on the local date with the local time of day kept, then back to UTC.
    // The wall clock is resolved here rather than by QDateTime, whose handling of a skipped wall
    // clock differs between Qt releases (6.4's addDays() lands an hour past the gap).
    const QDate target = duration.addTo(QDate::fromJulianDay(local.julianDay));
    const qint64 wall = (target.toJulianDay() - EpochJulianDay) * MSecsPerDay + local.msecsOfDay;
    // A zone changes offset at most once a day: the offsets a day either side are the candidates.
    const int before = offsetAt(wall - MSecsPerDay);
    const int after = offsetAt(wall + MSecsPerDay);
    const qint64 atBefore = wall - qint64(before) * 1000;
    const qint64 atAfter = wall - qint64(after) * 1000;
    const bool beforeReadsBack = offsetAt(atBefore) == before;
    if (before == after && beforeReadsBack)
        return atBefore;
    const bool afterReadsBack = offsetAt(atAfter) == after;
    if (beforeReadsBack && afterReadsBack) {
        // A repeated wall clock (fall back): keep the point's own offset when it is one of the
        // two, as QDateTime does, else take the first occurrence.
        if (local.offsetSeconds == after)
            return atAfter;
        return local.offsetSeconds == before ? atBefore : std::min(atBefore, atAfter);
    }
    if (beforeReadsBack)
        return atBefore;
    if (afterReadsBack)
        return atAfter;
    // A skipped wall clock (spring forward): the same distance past the gap's start, so 02:30 in
    // a gap from 02:00 to 03:00 becomes 03:30 and the point is never kept for less.
    return atBefore;
}

RetentionEvaluator::Decision RetentionEvaluator::decide(
    qint64 utcMSecs, const LocalPosition &local, std::optional<RetentionRule::Kind> chosen) const
{
    using Kind = RetentionRule::Kind;
    Decision decision;
    if (m_durations[std::size_t(index(Kind::Yearly))] && isFirst(m_firstOfYear, local.yearKey, utcMSecs))
        decision.matched << Kind::Yearly;
    if (m_durations[std::size_t(index(Kind::Monthly))] && isFirst(m_firstOfMonth, local.monthKey, utcMSecs))
        decision.matched << Kind::Monthly;
    if (m_durations[std::size_t(index(Kind::Weekly))] && isFirst(m_firstOfWeek, local.weekKey, utcMSecs))
        decision.matched << Kind::Weekly;

    if (chosen)
        decision.tag = m_durations[std::size_t(index(*chosen))] ? *chosen : Kind::Default;
    else if (!decision.matched.isEmpty())
        decision.tag = decision.matched.constFirst();
    if (const std::optional<Duration> duration = durationFor(decision.tag))
        decision.expiry = QDateTime::fromMSecsSinceEpoch(expiryMSecs(local, *duration), Qt::UTC);
    return decision;
}

void RetentionEvaluator::claim(qint64 utcMSecs, const LocalPosition &local)
{
    for (auto [firsts, key] : {std::pair{&m_firstOfYear, local.yearKey},
             std::pair{&m_firstOfMonth, local.monthKey},
             std::pair{&m_firstOfWeek, local.weekKey}}) {
        auto it = firsts->find(key);
        if (it == firsts->end())
            firsts->insert(key, utcMSecs);
        else if (utcMSecs < *it)
            *it = utcMSecs;
    }
}

void RetentionEvaluator::addSuccessfulPoint(const QDateTime &time)
{
    if (!time.isValid())
        return;
    const qint64 utcMSecs = time.toMSecsSinceEpoch();
    claim(utcMSecs, localPosition(utcMSecs));
}

RetentionEvaluator::Decision RetentionEvaluator::evaluate(
    const QDateTime &time, std::optional<RetentionRule::Kind> chosen) const
{
    if (!time.isValid())
        return {};
    const qint64 utcMSecs = time.toMSecsSinceEpoch();
    return decide(utcMSecs, localPosition(utcMSecs), chosen);
}

RetentionEvaluator::Decision RetentionEvaluator::record(
    const QDateTime &time, std::optional<RetentionRule::Kind> chosen)
{
    if (!time.isValid())
        return {};
    const qint64 utcMSecs = time.toMSecsSinceEpoch();
    const LocalPosition local = localPosition(utcMSecs);
    Decision decision = decide(utcMSecs, local, chosen);
    claim(utcMSecs, local);
    return decision;
}

QDateTime RetentionEvaluator::expiry(const QDateTime &time, RetentionRule::Kind tag) const
{
    const std::optional<Duration> duration = durationFor(tag);
    if (!time.isValid() || !duration)
        return {};
    return QDateTime::fromMSecsSinceEpoch(expiryMSecs(localPosition(time.toMSecsSinceEpoch()), *duration), Qt::UTC);
}

} // namespace PgVault
