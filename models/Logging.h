#pragma once

#include <QLoggingCategory>

namespace PgVault {

/// The model layer's Qt logging categories, all declared here (see engine/Logging.h for the
/// rules). Never pass a secret to any of them.

Q_DECLARE_LOGGING_CATEGORY(lcModelsCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcModelsHome)
Q_DECLARE_LOGGING_CATEGORY(lcModelsLeases)

} // namespace PgVault
