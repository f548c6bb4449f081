#pragma once

#include "models/Clock.h"

#include <QDateTime>
#include <QLabel>
#include <QSqlDatabase>

#include <functional>

class QTimer;

namespace PgVault {

/// The status bar's word on scheduled backups: whether a `pgvaultctl agent` is running (its
/// heartbeat in the catalog is fresh, AgentHeartbeatRepository) and since when, or how long none
/// has been seen; re-read every RefreshMs. Used by MainWindow.
class AgentStatusLabel : public QLabel
{
    Q_OBJECT

public:
    /// How often the heartbeats are re-read.
    static constexpr int RefreshMs = 15 * 1000;

    /// Reads `database` (the GUI thread's catalog connection) at once and then every RefreshMs.
    explicit AgentStatusLabel(const QSqlDatabase &database, QWidget *parent = nullptr);

    /// The clock heartbeats are judged against (default: the system clock, UTC); refreshes.
    void setClock(Clock clock);
    void setRefreshInterval(int ms);
    /// Re-reads the heartbeats now.
    void refresh();

private:
    QSqlDatabase m_database;
    Clock m_clock;
    QTimer *m_timer; ///< child
};

} // namespace PgVault
