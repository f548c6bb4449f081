#pragma once

#include <QLoggingCategory>

namespace PgVault {

/// The model layer's Qt logging categories, all declared here (see engine/Logging.h for the
/// rules). Never pass a secret to any of them.

Q_DECLARE_LOGGING_CATEGORY(lcModelsCatalog)

} // namespace PgVault
