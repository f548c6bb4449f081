#pragma once

#include "models/points/RecoveryPoint.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace PgVault {

/// "Why is this kept?": the retention rule that won for a recovery point and the period it was
/// first of, the rules it also matched, whether the user chose the rule on demand, and when it
/// expires. Shown beside the recovery points list.
class PointExplanation
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PointExplanation)

public:
    /// Plain text, one statement per line. Periods are named in `zone` (the policy's time zone
    /// judges "first"; the local zone is what the list shows).
    static QString text(const RecoveryPoint &point, const QTimeZone &zone = QTimeZone::systemTimeZone());
    /// "first successful backup of November 2026" for the rule's period that holds `time`.
    static QString periodText(RetentionRule::Kind kind, const QDateTime &time, const QTimeZone &zone);
};

} // namespace PgVault
