#pragma once

#include "models/Result.h"
#include "models/policies/Duration.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace PgVault::Ctl {

/// Turns the text of pgvaultctl's policy options into model values. Each error names the option
/// in Error::field and says what to type instead.
class PolicyArguments
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PolicyArguments)

public:
    /// "Sun,Wed" or "sunday, Wednesday": English short or full names, any case.
    static Result<QList<Qt::DayOfWeek>> days(const QString &option, const QString &text);
    /// "22:00" or "7:30", 24-hour clock.
    static Result<QTime> time(const QString &option, const QString &text);
    /// An IANA id ("Europe/Berlin"), a Windows id ("W. Europe Standard Time") or "UTC".
    static Result<QTimeZone> timeZone(const QString &option, const QString &text);
    /// An ISO 8601 retention duration ("P12W").
    static Result<Duration> duration(const QString &option, const QString &text);
    /// A calendar date, YYYY-MM-DD.
    static Result<QDate> date(const QString &option, const QString &text);
    /// Comma-separated dates, YYYY-MM-DD,…
    static Result<QSet<QDate>> dates(const QString &option, const QString &text);

    /// The command-line option that sets a BackupPolicy::validate() field, e.g.
    /// "rules.Weekly.duration" -> "--weekly"; empty when there is none.
    static QString optionForField(const QString &field);
};

} // namespace PgVault::Ctl
