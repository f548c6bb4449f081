#include "models/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace PgVault {

void Translations::install(const QLocale &locale)
{
    // Owned by the application object: translators must outlive every tr() call.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    auto *own = new QTranslator(QCoreApplication::instance());
    // The C and English locales have no file of their own; English carries the plural forms.
    if (own->load(locale, QStringLiteral("pgvault"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("pgvault_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace PgVault
