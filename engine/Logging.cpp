#include "engine/Logging.h"

namespace PgVault {

// Info by default: debug output is opt-in through QT_LOGGING_RULES=pgvault.*.debug=true.
Q_LOGGING_CATEGORY(lcEngine, "pgvault.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineBackup, "pgvault.engine.backup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineVault, "pgvault.engine.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineCredentials, "pgvault.engine.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineRestore, "pgvault.engine.restore", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineJobs, "pgvault.engine.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineAgent, "pgvault.engine.agent", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineAlerts, "pgvault.engine.alerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineExpiry, "pgvault.engine.expiry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineCatalog, "pgvault.engine.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineProbe, "pgvault.engine.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineTools, "pgvault.engine.tools", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineProtection, "pgvault.engine.protection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngineClock, "pgvault.engine.clock", QtInfoMsg)

} // namespace PgVault
