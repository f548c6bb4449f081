#pragma once

#include <QLoggingCategory>

namespace PgVault {

/// The engine's Qt logging categories, one per component, all declared here, so users and tests can filter with
/// QT_LOGGING_RULES (e.g. "pgvault.engine.vault.debug=true"). Engine code logs through these
/// (qCInfo(lcEngineVault) << …), never through spdlog directly; Log installs the one sink.
/// Never pass a secret (password, key, full connection string) to any of them.

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcEngineBackup)
Q_DECLARE_LOGGING_CATEGORY(lcEngineVault)
Q_DECLARE_LOGGING_CATEGORY(lcEngineCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcEngineRestore)
Q_DECLARE_LOGGING_CATEGORY(lcEngineJobs)
Q_DECLARE_LOGGING_CATEGORY(lcEngineAgent)
Q_DECLARE_LOGGING_CATEGORY(lcEngineAlerts)
Q_DECLARE_LOGGING_CATEGORY(lcEngineExpiry)
Q_DECLARE_LOGGING_CATEGORY(lcEngineCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcEngineProbe)
Q_DECLARE_LOGGING_CATEGORY(lcEngineTools)
Q_DECLARE_LOGGING_CATEGORY(lcEngineProtection)
Q_DECLARE_LOGGING_CATEGORY(lcEngineClock)

} // namespace PgVault
