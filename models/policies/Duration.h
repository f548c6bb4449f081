#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace PgVault {

/// A retention duration as Azure writes it: ISO 8601 "P<n>D", "P<n>W", "P<n>M" or "P<n>Y".
/// Calendar arithmetic: months and years clamp to the last day of the target month.
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Duration)

public:
    enum class Unit { Days, Weeks, Months, Years };

    Duration() = default;
    Duration(int count, Unit unit);

    static Duration days(int n) { return {n, Unit::Days}; }
    static Duration weeks(int n) { return {n, Unit::Weeks}; }
    static Duration months(int n) { return {n, Unit::Months}; }
    static Duration years(int n) { return {n, Unit::Years}; }

    /// Parses "P10Y", "p3m", "P12W", "P7D". Anything else (combined units, fractions, time parts,
    /// zero or negative counts) is an error naming the text.
    static Result<Duration> parse(const QString &text);

    int count() const { return m_count; }
    Unit unit() const { return m_unit; }
    bool isNull() const { return m_count == 0; }

    /// "P10Y".
    QString toIso() const;
    /// "10 years", translated, for the UI and tables.
    QString toDisplayString() const;

    QDate addTo(const QDate &date) const;
    /// Adds to a local wall-clock date-time; the time of day is kept.
    QDateTime addTo(const QDateTime &dateTime) const;

    /// Whether the duration lies in Azure's vault-tier range, 7 days to 10 years. The bounds are
    /// checked by unit so that "P10Y" and "P120M" are allowed and "P3651D" is not.
    bool isWithinRetentionRange() const;
    /// Why not, in one translated sentence ("is below 7 days", "is above 10 years"), or empty.
    QString retentionRangeProblem() const;

    /// Per-unit limits the UI offers that together make 7 days to 10 years.
    static int minimumCount(Unit unit);
    static int maximumCount(Unit unit);

    static QString unitLetter(Unit unit);

    bool operator==(const Duration &) const = default;

private:
    int m_count = 0;
    Unit m_unit = Unit::Days;
};

} // namespace PgVault
