#include "app/pgvaultctl/PolicyArguments.h"

#include "models/policies/RetentionRule.h"
#include "models/policies/WeeklySchedule.h"

#include <QRegularExpression>

namespace PgVault::Ctl {

namespace {

Error badValue(const QString &option, const QString &message, const QString &remedy)
{
    return Error{QStringLiteral("Cli.BadValue"), message, remedy, option, ErrorKind::BadInput};
}

} // namespace

Result<QList<Qt::DayOfWeek>> PolicyArguments::days(const QString &option, const QString &text)
{
    // English on purpose: scripts must not change meaning with the user's locale.
    static const QStringList shortNames = {QStringLiteral("Mon"),
        QStringLiteral("Tue"),
        QStringLiteral("Wed"),
        QStringLiteral("Thu"),
        QStringLiteral("Fri"),
        QStringLiteral("Sat"),
        QStringLiteral("Sun")};
    static const QStringList fullNames = {QStringLiteral("Monday"),
        QStringLiteral("Tuesday"),
        QStringLiteral("Wednesday"),
        QStringLiteral("Thursday"),
        QStringLiteral("Friday"),
        QStringLiteral("Saturday"),
        QStringLiteral("Sunday")};
    const QString remedy = tr("Use Sun, Mon, Tue, Wed, Thu, Fri, Sat (or the full English names) separated by "
                              "commas, e.g. %1 Sun,Wed.")
                               .arg(option);
    QList<Qt::DayOfWeek> days;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        qsizetype index = -1;
        for (qsizetype i = 0; i < shortNames.size() && index < 0; ++i) {
            if (name.compare(shortNames.at(i), Qt::CaseInsensitive) == 0
                || name.compare(fullNames.at(i), Qt::CaseInsensitive) == 0) {
                index = i;
            }
        }
        if (index < 0)
            return badValue(option, tr("\"%1\" is not a weekday.").arg(name), remedy);
        const auto day = Qt::DayOfWeek(index + 1);
        if (!days.contains(day))
            days << day;
    }
    if (days.isEmpty())
        return badValue(option, tr("No weekday given."), remedy);
    return days;
}

Result<QTime> PolicyArguments::time(const QString &option, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const QTime time = match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime();
    if (!time.isValid()) {
        return badValue(option,
            tr("\"%1\" is not a time of day.").arg(text),
            tr("Use the 24-hour clock as HH:MM, e.g. %1 22:00.").arg(option));
    }
    return time;
}

Result<QTimeZone> PolicyArguments::timeZone(const QString &option, const QString &text)
{
    const QTimeZone zone = WeeklySchedule::zoneFromAzure(text);
    if (!zone.isValid()) {
        return badValue(option,
            tr("\"%1\" is not a known time zone.").arg(text),
            tr("Use an IANA id such as Europe/Berlin, a Windows id such as \"W. Europe Standard "
               "Time\", or UTC."));
    }
    return zone;
}

Result<Duration> PolicyArguments::duration(const QString &option, const QString &text)
{
    Result<Duration> parsed = Duration::parse(text.trimmed());
    if (!parsed) {
        return badValue(option,
            tr("\"%1\" is not a retention duration.").arg(text),
            tr("Use an ISO 8601 duration of days, weeks, months or years from 7 days to 10 years, "
               "e.g. P30D, P12W, P6M or P10Y."));
    }
    return parsed;
}

Result<QDate> PolicyArguments::date(const QString &option, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate date = pattern.match(trimmed).hasMatch() ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        return badValue(
            option, tr("\"%1\" is not a date.").arg(text), tr("Use YYYY-MM-DD, e.g. %1 2024-01-31.").arg(option));
    }
    return date;
}

Result<QSet<QDate>> PolicyArguments::dates(const QString &option, const QString &text)
{
    QSet<QDate> dates;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Result<QDate> parsed = date(option, part);
        if (!parsed)
            return parsed.error();
        dates.insert(*parsed);
    }
    return dates;
}

QString PolicyArguments::optionForField(const QString &field)
{
    if (field == QLatin1String("name"))
        return QStringLiteral("--name");
    if (field == QLatin1String("schedule.days"))
        return QStringLiteral("--days");
    if (field == QLatin1String("schedule.time"))
        return QStringLiteral("--time");
    if (field == QLatin1String("schedule.timeZone"))
        return QStringLiteral("--time-zone");
    for (RetentionRule::Kind kind : RetentionRule::allKinds()) {
        if (field == QStringLiteral("rules.%1.duration").arg(RetentionRule::tagName(kind)))
            return QStringLiteral("--") + RetentionRule::tagName(kind).toLower();
    }
    return {};
}

} // namespace PgVault::Ctl
