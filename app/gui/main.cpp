#include "engine/Log.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pgvault"));
    QApplication::setApplicationName(QStringLiteral("pgvault"));
    QApplication::setApplicationDisplayName(QStringLiteral("PgVault"));
    QApplication::setApplicationVersion(QStringLiteral(PGVAULT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pgvault.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("User interface language, e.g. de or en (default: the locale)."),
        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.process(app);
    if (parser.isSet(langOption))
        QLocale::setDefault(QLocale(parser.value(langOption)));

    PgVault::Translations::install();

    const PgVault::Home home;
    home.ensureExists();
    PgVault::Log::install(home.logsPath());

    PgVault::Result<std::unique_ptr<PgVault::Catalog>> catalog = PgVault::Catalog::open(home.catalogPath());
    if (!catalog) {
        QMessageBox box(QMessageBox::Critical,
            QApplication::translate("main", "PgVault cannot start"),
            QApplication::translate("main", "PgVault could not open its catalog at \"%1\".").arg(home.catalogPath()),
            QMessageBox::Close);
        box.setInformativeText(catalog.error().text());
        box.exec(); // before the event loop runs: nothing else is on screen yet
        return 1;
    }

    PgVault::MainWindow window(catalog.value().get());
    window.show();
    return QApplication::exec();
}
