#include "models/policies/WeeklySchedule.h"

#include "models/WallClock.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace PgVault {

namespace {

// Azure's CLI anchors its intervals in the week of Sunday 2021-08-15; so do we, so exported
// policies look like the ones Azure writes.
const QDate ReferenceSunday(2021, 8, 15);

int sundayFirstIndex(Qt::DayOfWeek day)
{
    return day % 7; // Sunday (7) -> 0, Monday -> 1, … Saturday -> 6
}

QString formatOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

struct ParsedStart
{
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds;
};

std::optional<ParsedStart> parseStart(const QString &text)
{
    // The wall clock as written is the slot; the offset only tells the zone when none is given.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ParsedStart start;
    start.date = QDate::fromString(match.captured(1), Qt::ISODate);
    QString timeText = match.captured(2);
    timeText
        = timeText.left(timeText.indexOf(QLatin1Char('.')) < 0 ? timeText.size() : timeText.indexOf(QLatin1Char('.')));
    start.time
        = QTime::fromString(timeText, timeText.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    if (!start.date.isValid() || !start.time.isValid())
        return std::nullopt;
    const QString offset = match.captured(3);
    if (offset == QLatin1String("Z")) {
        start.offsetSeconds = 0;
    } else if (!offset.isEmpty()) {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        start.offsetSeconds = (offset.at(0) == QLatin1Char('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    return start;
}

// Qt 6.4's CLDR table knows these zones only by their former IANA names; map current -> former.
const QHash<QByteArray, QByteArray> &formerZoneNames()
{
    static const QHash<QByteArray, QByteArray> names{
        {"Africa/Asmara", "Africa/Asmera"},
        {"America/Argentina/Buenos_Aires", "America/Buenos_Aires"},
        {"America/Argentina/Catamarca", "America/Catamarca"},
        {"America/Argentina/Cordoba", "America/Cordoba"},
        {"America/Argentina/Jujuy", "America/Jujuy"},
        {"America/Argentina/Mendoza", "America/Mendoza"},
        {"America/Atikokan", "America/Coral_Harbour"},
        {"America/Indiana/Indianapolis", "America/Indianapolis"},
        {"America/Kentucky/Louisville", "America/Louisville"},
        {"America/Nuuk", "America/Godthab"},
        {"Asia/Ho_Chi_Minh", "Asia/Saigon"},
        {"Asia/Kathmandu", "Asia/Katmandu"},
        {"Asia/Kolkata", "Asia/Calcutta"},
        {"Asia/Yangon", "Asia/Rangoon"},
        {"Atlantic/Faroe", "Atlantic/Faeroe"},
        {"Europe/Kyiv", "Europe/Kiev"},
        {"Pacific/Chuuk", "Pacific/Truk"},
        {"Pacific/Kanton", "Pacific/Enderbury"},
        {"Pacific/Pohnpei", "Pacific/Ponape"},
    };
    return names;
}

} // namespace

WeeklySchedule::WeeklySchedule(QList<Qt::DayOfWeek> days, QTime time, const QTimeZone &zone)
    : m_time(time)
    , m_zone(zone)
{
    setDays(std::move(days));
}

void WeeklySchedule::setDays(QList<Qt::DayOfWeek> days)
{
    std::sort(days.begin(), days.end(), [](Qt::DayOfWeek a, Qt::DayOfWeek b) {
        return sundayFirstIndex(a) < sundayFirstIndex(b);
    });
    days.erase(std::unique(days.begin(), days.end()), days.end());
    m_days = days;
}

QStringList WeeklySchedule::toAzureIntervals() const
{
    QStringList intervals;
    for (Qt::DayOfWeek day : m_days) {
        const QDate date = ReferenceSunday.addDays(sundayFirstIndex(day));
        const QDateTime local(date, m_time, m_zone);
        intervals << QStringLiteral("R/%1T%2%3/P1W")
                         .arg(date.toString(Qt::ISODate),
                             m_time.toString(QStringLiteral("HH:mm:ss")),
                             formatOffset(m_zone.offsetFromUtc(local)));
    }
    return intervals;
}

QString WeeklySchedule::windowsZoneId(const QTimeZone &zone)
{
    if (zone == QTimeZone::utc() || zone.id() == "UTC")
        return QStringLiteral("UTC");
    QByteArray windows = QTimeZone::ianaIdToWindowsId(zone.id());
    if (windows.isEmpty()) {
        const auto former = formerZoneNames().constFind(zone.id());
        if (former != formerZoneNames().cend())
            windows = QTimeZone::ianaIdToWindowsId(*former);
    }
    return QString::fromLatin1(windows);
}

QString WeeklySchedule::azureTimeZone() const
{
    const QString windows = windowsZoneId(m_zone);
    if (!windows.isEmpty())
        return windows;
    // A fixed offset imported without a zone travels in the intervals' offsets alone.
    if (m_zone.id().startsWith("UTC"))
        return {};
    return QString::fromLatin1(m_zone.id());
}

QTimeZone WeeklySchedule::zoneFromAzure(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(trimmed.toLatin1());
    if (!iana.isEmpty()) {
        // Prefer the current name ("Asia/Kolkata") over the former one Qt's table gives.
        for (auto it = formerZoneNames().cbegin(); it != formerZoneNames().cend(); ++it) {
            if (it.value() == iana && QTimeZone::isTimeZoneIdAvailable(it.key()))
                return QTimeZone(it.key());
        }
        return QTimeZone(iana);
    }
    if (QTimeZone::isTimeZoneIdAvailable(trimmed.toLatin1()))
        return QTimeZone(trimmed.toLatin1());
    return {};
}

Result<WeeklySchedule> WeeklySchedule::fromAzure(const QStringList &intervals, const QString &timeZone)
{
    if (intervals.isEmpty()) {
        return Error{QStringLiteral("Schedule.NoIntervals"),
            tr("has no intervals"),
            tr("Add one \"R/<start>/P1W\" interval per weekday."),
            QStringLiteral("repeatingTimeIntervals"),
            ErrorKind::BadInput};
    }
    WeeklySchedule schedule;
    QList<Qt::DayOfWeek> days;
    std::optional<int> firstOffset;
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const QString field = QStringLiteral("repeatingTimeIntervals[%1]").arg(i);
        const QStringList parts = intervals.at(i).trimmed().split(QLatin1Char('/'));
        if (parts.size() != 3 || parts.at(0) != QLatin1String("R")) {
            return Error{QStringLiteral("Schedule.BadInterval"),
                tr("\"%1\" is not a repeating interval").arg(intervals.at(i)),
                tr("Write it as R/<start date-time with offset>/P1W, e.g. R/2021-08-15T22:00:00+00:00/P1W."),
                field,
                ErrorKind::BadInput};
        }
        if (parts.at(2).compare(QLatin1String("P1W"), Qt::CaseInsensitive) != 0) {
            return Error{QStringLiteral("Schedule.NotWeekly"),
                tr("repeats every \"%1\", but PostgreSQL flexible server backups are weekly").arg(parts.at(2)),
                tr("Use the period P1W, one interval per weekday."),
                field,
                ErrorKind::BadInput};
        }
        const std::optional<ParsedStart> start = parseStart(parts.at(1));
        if (!start) {
            return Error{QStringLiteral("Schedule.BadStart"),
                tr("\"%1\" is not a date-time").arg(parts.at(1)),
                tr("Write the start as yyyy-MM-ddTHH:mm:ss with a UTC offset, e.g. 2021-08-15T22:00:00+02:00."),
                field,
                ErrorKind::BadInput};
        }
        if (i == 0) {
            schedule.m_time = start->time;
            firstOffset = start->offsetSeconds;
        } else if (start->time != schedule.m_time) {
            return Error{QStringLiteral("Schedule.MixedTimes"),
                tr("starts at %1 but repeatingTimeIntervals[0] starts at %2")
                    .arg(start->time.toString(QStringLiteral("HH:mm")),
                        schedule.m_time.toString(QStringLiteral("HH:mm"))),
                tr("A policy runs every selected weekday at one time; give every interval the same time."),
                field,
                ErrorKind::BadInput};
        }
        days << Qt::DayOfWeek(start->date.dayOfWeek());
    }
    schedule.setDays(days);

    if (!timeZone.trimmed().isEmpty()) {
        const QTimeZone zone = zoneFromAzure(timeZone);
        if (!zone.isValid()) {
            return Error{QStringLiteral("Schedule.UnknownTimeZone"),
                tr("\"%1\" is not a known time zone").arg(timeZone),
                tr("Use a Windows time-zone id such as \"W. Europe Standard Time\", \"UTC\", or an IANA id "
                   "such as \"Europe/Berlin\"."),
                QStringLiteral("timeZone"),
                ErrorKind::BadInput};
        }
        schedule.m_zone = zone;
    } else if (firstOffset.value_or(0) == 0) {
        schedule.m_zone = QTimeZone::utc();
    } else {
        schedule.m_zone = QTimeZone(*firstOffset);
    }
    return schedule;
}

QDateTime WeeklySchedule::runOn(const QDate &localDate) const
{
    if (!localDate.isValid() || !runsOn(Qt::DayOfWeek(localDate.dayOfWeek())) || !m_time.isValid())
        return {};
    return WallClock::toUtc(localDate, m_time, m_zone, WallClock::Gap::FirstInstantAfter);
}

QDateTime WeeklySchedule::nextRunAfter(const QDateTime &instant) const
{
    if (m_days.isEmpty() || !m_time.isValid() || !instant.isValid())
        return {};
    const QDate localDate = instant.toTimeZone(m_zone).date();
    for (int i = -1; i <= 8; ++i) {
        const QDateTime run = runOn(localDate.addDays(i));
        if (run.isValid() && run > instant)
            return run;
    }
    return {};
}

QList<QDateTime> WeeklySchedule::runsBetween(const QDateTime &from, const QDateTime &until) const
{
    QList<QDateTime> runs;
    if (m_days.isEmpty() || !m_time.isValid() || !from.isValid() || !until.isValid() || from >= until)
        return runs;
    const QDate last = until.toTimeZone(m_zone).date().addDays(1);
    for (QDate date = from.toTimeZone(m_zone).date().addDays(-1); date <= last; date = date.addDays(1)) {
        const QDateTime run = runOn(date);
        if (run.isValid() && run >= from && run < until)
            runs << run;
    }
    return runs;
}

QString WeeklySchedule::summary() const
{
    QStringList names;
    const QLocale locale;
    for (Qt::DayOfWeek day : m_days)
        names << locale.dayName(day, QLocale::ShortFormat);
    const QString zone = m_zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromLatin1(m_zone.id());
    return tr("Weekly on %1 at %2 %3")
        .arg(names.join(QStringLiteral(", ")), m_time.toString(QStringLiteral("HH:mm")), zone);
}

bool WeeklySchedule::operator==(const WeeklySchedule &other) const
{
    return m_days == other.m_days && m_time == other.m_time && m_zone.id() == other.m_zone.id();
}

} // namespace PgVault
