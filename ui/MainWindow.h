#pragma once

#include <QMainWindow>

namespace PgVault {

/// The main window, laid out like the portal's Business Continuity Center.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace PgVault
