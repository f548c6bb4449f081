#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace PgVault {

/// When a policy's backups run: one or more weekdays at one local time in one time zone.
/// Converts to and from Azure's "R/<start>/P1W" intervals (one per weekday) and Windows zone ids,
/// and computes run times across daylight-saving changes.
class WeeklySchedule
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::WeeklySchedule)

public:
    WeeklySchedule() = default;
    WeeklySchedule(QList<Qt::DayOfWeek> days, QTime time, const QTimeZone &zone);

    /// Weekdays in Azure's order, Sunday first, without duplicates.
    QList<Qt::DayOfWeek> days() const { return m_days; }
    void setDays(QList<Qt::DayOfWeek> days);
    bool runsOn(Qt::DayOfWeek day) const { return m_days.contains(day); }

    QTime time() const { return m_time; }
    void setTime(QTime time) { m_time = time; }

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    /// One "R/<start>/P1W" per weekday; <start> is a date in a fixed reference week with the
    /// zone's UTC offset on that date, as Azure's portal and CLI write them.
    QStringList toAzureIntervals() const;
    /// The zone as Azure JSON carries it: a Windows id ("W. Europe Standard Time"), or "UTC".
    QString azureTimeZone() const;

    /// Builds a schedule from Azure's intervals and optional time-zone string (a Windows id,
    /// "UTC", or an IANA id). Errors carry the failing element in Error::field, e.g.
    /// "repeatingTimeIntervals[1]" or "timeZone".
    static Result<WeeklySchedule> fromAzure(const QStringList &intervals, const QString &timeZone);

    /// Windows id for an IANA id ("Europe/Berlin" -> "W. Europe Standard Time"); empty if unknown.
    static QString windowsZoneId(const QTimeZone &zone);
    /// IANA zone for a Windows id or an IANA id; invalid QTimeZone if unknown.
    static QTimeZone zoneFromAzure(const QString &id);

    /// The first scheduled run strictly after the instant (UTC result). A run whose local time
    /// falls in a spring-forward gap runs at the first valid instant after the gap; one that falls
    /// in an autumn overlap runs once, at the first occurrence.
    QDateTime nextRunAfter(const QDateTime &instant) const;
    /// Scheduled runs with from <= run < until, UTC.
    QList<QDateTime> runsBetween(const QDateTime &from, const QDateTime &until) const;
    /// The run instant (UTC) for a local date, or invalid if the schedule does not run that day.
    QDateTime runOn(const QDate &localDate) const;

    /// "Weekly on Sun, Wed at 22:00 Europe/Berlin", translated.
    QString summary() const;

    bool operator==(const WeeklySchedule &other) const;

private:
    QList<Qt::DayOfWeek> m_days;
    QTime m_time = QTime(22, 0);
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace PgVault
