#pragma once

#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionRule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>

namespace PgVault {

/// The retention simulator: plays a policy's schedule forward over a date range and shows which
/// tag and expiry each successful backup would take, using RetentionEvaluator. `pgvaultctl policy
/// preview` and the policy wizard's timeline both use it.
class RetentionSimulator
{
public:
    struct Point
    {
        QDateTime time; ///< UTC
        RetentionRule::Kind tag = RetentionRule::Kind::Default;
        QDateTime expiry; ///< UTC
        QList<RetentionRule::Kind> matched;
        bool operator==(const Point &) const = default;
    };

    /// Successful points of the scheduled backups on local dates from..until (both inclusive, in
    /// the policy's time zone); the backups on `failedLocalDates` fail and take no tag.
    static QList<Point> simulate(
        const BackupPolicy &policy, const QDate &from, const QDate &until, const QSet<QDate> &failedLocalDates = {});

    /// How many of the points are still held (time <= instant < expiry), per tag.
    static QMap<RetentionRule::Kind, int> aliveAt(const QList<Point> &points, const QDateTime &instant);

    /// The end of a local date in the policy zone (the first instant of the next day), UTC.
    static QDateTime endOfLocalDate(const BackupPolicy &policy, const QDate &date);
};

} // namespace PgVault
