#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace PgVault::Sql {

/// Times are stored as integer milliseconds since the epoch (UTC): compact, indexable, and free of
/// text-format ambiguity. NULL for an invalid time.
inline QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// A catalog statement failed: what PgVault was doing, the driver's text, and what to do.
Error error(const QString &code, const QString &what, const QSqlQuery &query);
Error error(const QString &code, const QString &what, const QSqlDatabase &database);

/// Prepares and executes; returns the driver error as an Error naming `what` on failure.
Result<void> exec(QSqlQuery &query, const QString &what);

/// Runs `body` inside BEGIN IMMEDIATE … COMMIT (rolled back when body fails), so a
/// check-then-write is atomic across the processes sharing the catalog.
template <typename Body>
auto immediateTransaction(const QSqlDatabase &database, const QString &what, Body body) -> decltype(body())
{
    QSqlQuery begin(database);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error(QStringLiteral("Catalog.Busy"), what, begin);
    auto result = body();
    QSqlQuery end(database);
    if (!result.ok()) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error failed = error(QStringLiteral("Catalog.CommitFailed"), what, end);
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return failed;
    }
    return result;
}

} // namespace PgVault::Sql
