// Retention evaluation throughput: 1,000,000 recovery points through one RetentionEvaluator, with a
// realistic Europe/Berlin policy holding all four rules. Run build/tests/bench/bench_retention.

#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionEvaluator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace PgVault;

namespace {

constexpr int PointCount = 1000000;
constexpr qint64 MSecsPerHour = 60LL * 60 * 1000;

BackupPolicy berlinPolicy()
{
    BackupPolicy policy;
    policy.setName(QStringLiteral("bench-berlin"));
    policy.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    policy.setRules({RetentionRule(RetentionRule::Kind::Default, Duration::months(3)),
        RetentionRule(RetentionRule::Kind::Weekly, Duration::weeks(12)),
        RetentionRule(RetentionRule::Kind::Monthly, Duration::years(5)),
        RetentionRule(RetentionRule::Kind::Yearly, Duration::years(10))});
    return policy;
}

struct Tally
{
    int counts[4] = {};
    qint64 expirySum = 0; // keeps the optimiser from dropping the work
};

void report(const char *name, qint64 nsecs, int points, const Tally *tally = nullptr)
{
    const double seconds = double(nsecs) / 1e9;
    std::printf("%-44s %8d points in %6.3f s = %10.0f points/s", name, points, seconds, points / seconds);
    if (tally) {
        std::printf("  (Yearly %d, Monthly %d, Weekly %d, Default %d)",
            tally->counts[int(RetentionRule::Kind::Yearly)],
            tally->counts[int(RetentionRule::Kind::Monthly)],
            tally->counts[int(RetentionRule::Kind::Weekly)],
            tally->counts[int(RetentionRule::Kind::Default)]);
    }
    std::printf("\n");
}

void add(Tally &tally, const RetentionEvaluator::Decision &decision)
{
    ++tally.counts[int(decision.tag)];
    tally.expirySum += decision.expiry.toMSecsSinceEpoch() & 0xffff;
}

} // namespace

int main()
{
    const BackupPolicy policy = berlinPolicy();
    // One point an hour from 2000-01-01 (about 114 years, every DST change in between).
    const qint64 start = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    std::vector<QDateTime> inOrder;
    inOrder.reserve(PointCount);
    for (int i = 0; i < PointCount; ++i)
        inOrder.push_back(QDateTime::fromMSecsSinceEpoch(start + i * MSecsPerHour, Qt::UTC));
    std::vector<QDateTime> shuffled = inOrder;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(20260329));

    std::printf("RetentionEvaluator, Europe/Berlin, Default P3M / Weekly P12W / Monthly P5Y / Yearly P10Y\n");
    QElapsedTimer timer;
    {
        RetentionEvaluator evaluator(policy);
        Tally tally;
        timer.start();
        for (const QDateTime &time : inOrder)
            add(tally, evaluator.record(time));
        report("record(), hourly points in time order", timer.nsecsElapsed(), PointCount, &tally);
    }
    {
        RetentionEvaluator evaluator(policy);
        Tally tally;
        timer.start();
        for (const QDateTime &time : shuffled)
            add(tally, evaluator.record(time));
        report("record(), the same points shuffled", timer.nsecsElapsed(), PointCount, &tally);
    }
    {
        RetentionEvaluator evaluator(policy);
        for (const QDateTime &time : inOrder)
            evaluator.addSuccessfulPoint(time);
        Tally tally;
        timer.start();
        for (const QDateTime &time : shuffled)
            add(tally, evaluator.evaluate(time));
        report("evaluate() against the full history", timer.nsecsElapsed(), PointCount, &tally);
    }
    {
        // For scale: the per-point QTimeZone work the evaluator's offset cache avoids (local date
        // by toTimeZone(), expiry by Duration::addTo on a zoned QDateTime), on a tenth of the points.
        const QTimeZone zone = policy.schedule().timeZone();
        const Duration duration = Duration::months(3);
        constexpr int BaselineCount = PointCount / 10;
        Tally tally;
        timer.start();
        for (int i = 0; i < BaselineCount; ++i) {
            const QDateTime local = inOrder[std::size_t(i)].toTimeZone(zone);
            tally.counts[local.date().dayOfWeek() % 4] += 1;
            tally.expirySum += duration.addTo(local).toMSecsSinceEpoch() & 0xffff;
        }
        report("baseline: toTimeZone() + Duration::addTo()", timer.nsecsElapsed(), BaselineCount);
        std::printf("(checksum %lld)\n", static_cast<long long>(tally.expirySum));
    }
    return 0;
}
