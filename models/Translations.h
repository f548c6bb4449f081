#pragma once

#include <QLocale>

namespace PgVault {

/// Loads PgVault's translations (and Qt's own) for a locale into the running application, for the
/// GUI and the command line alike. Falls back to English so plural forms read "1 day", "3 days".
class Translations
{
public:
    static void install(const QLocale &locale = QLocale());
};

} // namespace PgVault
