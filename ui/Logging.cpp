#include "ui/Logging.h"

namespace PgVault {

Q_LOGGING_CATEGORY(lcUi, "pgvault.ui")
Q_LOGGING_CATEGORY(lcUiJobs, "pgvault.ui.jobs")

} // namespace PgVault
