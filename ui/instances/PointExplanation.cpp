#include "ui/instances/PointExplanation.h"

#include "engine/jobs/ExpiryRunner.h"

#include <QLocale>

namespace PgVault {

QString PointExplanation::periodText(RetentionRule::Kind kind, const QDateTime &time, const QTimeZone &zone)
{
    const QDate date = time.toTimeZone(zone).date();
    const QLocale locale;
    switch (kind) {
    case RetentionRule::Kind::Yearly:
        return tr("first successful backup of %1").arg(date.year());
    case RetentionRule::Kind::Monthly:
        return tr("first successful backup of %1").arg(locale.toString(date, QStringLiteral("MMMM yyyy")));
    case RetentionRule::Kind::Weekly: {
        // Weeks start on Sunday, as in Azure's weekday order.
        const QDate sunday = date.addDays(-(date.dayOfWeek() % 7));
        return tr("first successful backup of the week starting %1").arg(locale.toString(sunday, QLocale::LongFormat));
    }
    case RetentionRule::Kind::Default:
        break;
    }
    return tr("every successful backup not kept by another rule");
}

QString PointExplanation::text(const RecoveryPoint &point, const QTimeZone &zone)
{
    QStringList lines;
    const QString tag = RetentionRule::displayName(point.tag);
    if (point.userChosenTag) {
        lines << tr("Chosen on demand: this backup was started with Backup now, and the %1 rule was picked for it.")
                     .arg(tag);
    } else if (point.tag == RetentionRule::Kind::Default) {
        lines << tr("Default: it was not the first successful backup of a period another rule keeps.");
    } else {
        lines << tr("%1: %2.").arg(tag, periodText(point.tag, point.time, zone));
    }
    QStringList also;
    for (RetentionRule::Kind kind : point.matched) {
        if (kind != point.tag && kind != RetentionRule::Kind::Default)
            also << tr("%1 (%2)").arg(RetentionRule::displayName(kind), periodText(kind, point.time, zone));
    }
    if (!also.isEmpty()) {
        lines << tr("It also matched: %1. The %2 rule wins (Yearly beats Monthly beats Weekly).")
                     .arg(also.join(QStringLiteral("; ")), tag);
    }
    if (point.expiry.isValid()) {
        const QDateTime expiry = point.expiry.toTimeZone(zone);
        lines << tr("Kept until %1, %2, then deleted by expiry (unless it is one of the %3 newest recovery points "
                    "of the backup instance).")
                     .arg(QLocale().toString(expiry.date(), QLocale::LongFormat),
                         QLocale().toString(expiry.time(), QLocale::ShortFormat))
                     .arg(ExpiryRunner::MinimumPointsKept);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace PgVault
