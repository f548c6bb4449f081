#pragma once

#include <QLoggingCategory>

namespace PgVault {

/// The GUI's Qt logging categories, all declared here (see engine/Logging.h for the rules).
/// Never pass a secret to any of them.

Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcUiJobs)

} // namespace PgVault
