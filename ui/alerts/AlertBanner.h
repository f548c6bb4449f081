#pragma once

#include "engine/alerts/Alert.h"
#include "models/Clock.h"

#include <QFrame>
#include <QList>
#include <QSqlDatabase>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace PgVault {

/// The strip at the top of the main window that shows the active alerts (AlertEvaluator, with the
/// agent's absence): their count and one line each ("prod: No successful backup for 9 days … Back
/// up now, …"); hidden while there is none. Re-reads the catalog every RefreshMs like the agent
/// status, and when told (a job ended, instances changed); alertsChanged feeds the instances
/// table's alert column. Used by MainWindow.
class AlertBanner : public QFrame
{
    Q_OBJECT

public:
    /// How often the catalog is re-read: as often as the agent status in the status bar.
    static constexpr int RefreshMs = 15 * 1000;
    /// Lines shown before "and N more".
    static constexpr int MaxLines = 5;

    /// Reads `database` (the GUI thread's catalog connection) at once and then every RefreshMs.
    explicit AlertBanner(const QSqlDatabase &database, QWidget *parent = nullptr);

    /// The clock alerts are judged at (default: the system clock, UTC); refreshes.
    void setClock(Clock clock);
    void setRefreshInterval(int ms);
    QList<Alert> alerts() const { return m_alerts; }

public Q_SLOTS:
    /// Re-reads the alerts now.
    void refresh();

Q_SIGNALS:
    void alertsChanged(const QList<PgVault::Alert> &alerts);

private:
    void display(const QList<Alert> &alerts);

    QSqlDatabase m_database;
    Clock m_clock;
    QTimer *m_timer; ///< child
    QLabel *m_title; ///< child
    QLabel *m_lines; ///< child
    QList<Alert> m_alerts;
    QString m_error; ///< why the alerts could not be read, shown instead
};

} // namespace PgVault
