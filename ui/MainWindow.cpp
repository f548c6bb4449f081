#include "ui/MainWindow.h"

#include <QLabel>

namespace PgVault {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("PgVault"));
    setCentralWidget(new QLabel(tr("PgVault"), this));
}

} // namespace PgVault
