#include "ui/jobs/AgentStatusLabel.h"

#include "engine/alerts/AlertEvaluator.h"
#include "models/jobs/AgentHeartbeatRepository.h"

#include <QLocale>
#include <QTimer>

namespace PgVault {

AgentStatusLabel::AgentStatusLabel(const QSqlDatabase &database, QWidget *parent)
    : QLabel(parent)
    , m_database(database)
    , m_clock(systemClock())
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("agentStatusLabel"));
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &AgentStatusLabel::refresh);
    m_timer->start();
    refresh();
}

void AgentStatusLabel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void AgentStatusLabel::setRefreshInterval(int ms)
{
    m_timer->start(ms);
}

void AgentStatusLabel::refresh()
{
    const QDateTime now = m_clock();
    const AgentHeartbeatRepository heartbeats(m_database);
    const Result<std::optional<AgentHeartbeat>> running = heartbeats.running(now);
    if (running && running->has_value()) {
        const AgentHeartbeat &agent = running->value();
        setText(tr("Scheduled backups: agent running on %1 since %2.")
                    .arg(agent.host, QLocale().toString(agent.started.toLocalTime(), QLocale::ShortFormat)));
        return;
    }
    const Result<std::optional<AgentHeartbeat>> latest = running ? heartbeats.latest() : running;
    if (!latest)
        setText(tr("Cannot tell whether the PgVault agent is running: %1").arg(latest.error().message));
    else if (latest->has_value())
        setText(tr("Scheduled backups need \"pgvaultctl agent\" running (systemd user unit pgvault-agent.service); "
                   "none has been seen for %1.")
                    .arg(AlertEvaluator::elapsedText(latest->value().beat.msecsTo(now))));
    else
        setText(tr("Scheduled backups need \"pgvaultctl agent\" running (systemd user unit pgvault-agent.service); "
                   "none is running."));
}

} // namespace PgVault
