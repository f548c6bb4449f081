#include "engine/Log.h"
#include "models/Home.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pgvault"));
    QApplication::setApplicationDisplayName(QStringLiteral("PgVault"));
    QApplication::setApplicationVersion(QStringLiteral(PGVAULT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pgvault.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
            QStringLiteral("qtbase"),
            QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("pgvault"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    const PgVault::Home home;
    home.ensureExists();
    PgVault::Log::install(home.logsPath());

    PgVault::MainWindow window;
    window.show();
    return QApplication::exec();
}
