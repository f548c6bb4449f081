#include "models/policies/Duration.h"

#include "models/WallClock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PgVault {

namespace {

// Counts above this cannot be meant and would overflow date arithmetic.
constexpr int MaxParsedCount = 1000000;

} // namespace

Duration::Duration(int count, Unit unit)
    : m_count(count)
    , m_unit(unit)
{
}

Result<Duration> Duration::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^P(\\d{1,7})([DWMY])$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return Error{QStringLiteral("Duration.Syntax"),
            tr("\"%1\" is not a duration PgVault understands.").arg(text),
            tr("Write one ISO 8601 count and unit, such as P7D, P12W, P6M or P10Y."),
            {},
            ErrorKind::BadInput};
    }
    const int count = match.captured(1).toInt();
    if (count <= 0 || count > MaxParsedCount) {
        return Error{QStringLiteral("Duration.Count"),
            tr("\"%1\" has a count of %2.").arg(text).arg(match.captured(1)),
            tr("Use a positive count, such as P7D or P10Y."),
            {},
            ErrorKind::BadInput};
    }
    const QChar letter = match.captured(2).at(0).toUpper();
    Unit unit = Unit::Days;
    if (letter == QLatin1Char('W'))
        unit = Unit::Weeks;
    else if (letter == QLatin1Char('M'))
        unit = Unit::Months;
    else if (letter == QLatin1Char('Y'))
        unit = Unit::Years;
    return Duration(count, unit);
}

QString Duration::unitLetter(Unit unit)
{
    switch (unit) {
    case Unit::Days:
        return QStringLiteral("D");
    case Unit::Weeks:
        return QStringLiteral("W");
    case Unit::Months:
        return QStringLiteral("M");
    case Unit::Years:
        return QStringLiteral("Y");
    }
    return {};
}

QString Duration::toIso() const
{
    return QStringLiteral("P%1%2").arg(m_count).arg(unitLetter(m_unit));
}

QString Duration::toDisplayString() const
{
    switch (m_unit) {
    case Unit::Days:
        return tr("%n day(s)", nullptr, m_count);
    case Unit::Weeks:
        return tr("%n week(s)", nullptr, m_count);
    case Unit::Months:
        return tr("%n month(s)", nullptr, m_count);
    case Unit::Years:
        return tr("%n year(s)", nullptr, m_count);
    }
    return {};
}

QDate Duration::addTo(const QDate &date) const
{
    switch (m_unit) {
    case Unit::Days:
        return date.addDays(m_count);
    case Unit::Weeks:
        return date.addDays(qint64(m_count) * 7);
    case Unit::Months:
        return date.addMonths(m_count); // clamps Jan 31 + P1M to the end of February
    case Unit::Years:
        return date.addYears(m_count); // clamps Feb 29 + P1Y to Feb 28
    }
    return date;
}

QDateTime Duration::addTo(const QDateTime &dateTime) const
{
    // Calendar retention: move the wall-clock date in the date-time's own zone, keep the time of
    // day, and resolve it back to an instant (a time the clocks skip moves forward by the gap; a time
    // they show twice keeps the original offset).
    const QTimeZone zone = dateTime.timeZone();
    const QDateTime local = dateTime.toTimeZone(zone);
    return WallClock::toUtc(
        addTo(local.date()), local.time(), zone, WallClock::Gap::ShiftedByGap, local.offsetFromUtc())
        .toTimeZone(zone);
}

int Duration::minimumCount(Unit unit)
{
    return unit == Unit::Days ? 7 : 1;
}

int Duration::maximumCount(Unit unit)
{
    switch (unit) {
    case Unit::Days:
        return 3650;
    case Unit::Weeks:
        return 520;
    case Unit::Months:
        return 120;
    case Unit::Years:
        return 10;
    }
    return 0;
}

bool Duration::isWithinRetentionRange() const
{
    return m_count >= minimumCount(m_unit) && m_count <= maximumCount(m_unit);
}

QString Duration::retentionRangeProblem() const
{
    if (m_count < minimumCount(m_unit))
        return tr("is below 7 days");
    if (m_count > maximumCount(m_unit))
        return tr("is above 10 years");
    return {};
}

} // namespace PgVault
