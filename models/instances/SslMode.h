#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace PgVault {

/// libpq's TLS modes as PgVault offers them: the one definition the instance fields, the
/// connection to a server, the wizards' choices and pgvaultctl's --sslmode all use.
enum class SslMode { Disable, Prefer, Require, VerifyFull };

/// "disable", "prefer", "require", "verify-full": libpq's sslmode words.
QString sslModeName(SslMode mode);
std::optional<SslMode> parseSslMode(const QString &name);
/// Every mode's word, in the order above.
QStringList sslModeNames();

} // namespace PgVault
