#pragma once

#include <QDateTime>

#include <functional>

namespace PgVault {

/// "Now", in UTC, as every component that asks the time receives it: the system clock in the
/// application, a pinned or moving time in tests (STYLE.md: time is injected, no test sleeps).
using Clock = std::function<QDateTime()>;

/// The real time.
inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

} // namespace PgVault
