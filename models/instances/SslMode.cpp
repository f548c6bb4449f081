#include "models/instances/SslMode.h"

namespace PgVault {

namespace {

constexpr SslMode AllModes[] = {SslMode::Disable, SslMode::Prefer, SslMode::Require, SslMode::VerifyFull};

} // namespace

QString sslModeName(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable:
        return QStringLiteral("disable");
    case SslMode::Prefer:
        return QStringLiteral("prefer");
    case SslMode::Require:
        return QStringLiteral("require");
    case SslMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

std::optional<SslMode> parseSslMode(const QString &name)
{
    for (SslMode mode : AllModes) {
        if (name == sslModeName(mode))
            return mode;
    }
    return std::nullopt;
}

QStringList sslModeNames()
{
    QStringList names;
    for (SslMode mode : AllModes)
        names << sslModeName(mode);
    return names;
}

} // namespace PgVault
