#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pgvault"));
    QTextStream(stderr) << "pgvaultctl: no commands yet\n";
    return 2;
}
