#include "models/Logging.h"

namespace PgVault {

// Info by default: debug output is opt-in through QT_LOGGING_RULES=pgvault.*.debug=true.
Q_LOGGING_CATEGORY(lcModelsCatalog, "pgvault.models.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModelsHome, "pgvault.models.home", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModelsLeases, "pgvault.models.leases", QtInfoMsg)

} // namespace PgVault
