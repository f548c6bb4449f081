#include "ui/alerts/AlertBanner.h"

#include "engine/alerts/AlertEvaluator.h"
#include "ui/Logging.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace PgVault {

AlertBanner::AlertBanner(const QSqlDatabase &database, QWidget *parent)
    : QFrame(parent)
    , m_database(database)
    , m_clock(systemClock())
    , m_timer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_lines(new QLabel(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setAccessibleName(tr("Alerts"));
    setFrameShape(QFrame::StyledPanel);
    // The portal's warning colours: noticed first, without looking like a crash.
    setStyleSheet(QStringLiteral("QFrame#alertBanner { background: #fff4ce; border: 1px solid #e0b400; }"
                                 "QFrame#alertBanner QLabel { color: #323130; background: transparent; }"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_title->setObjectName(QStringLiteral("alertBannerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_lines->setObjectName(QStringLiteral("alertBannerLines"));
    m_lines->setWordWrap(true);
    m_lines->setTextFormat(Qt::PlainText);
    m_lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_lines);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon);
    layout->addLayout(text, 1);

    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &AlertBanner::refresh);
    m_timer->start();
    setVisible(false);
    refresh();
}

void AlertBanner::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void AlertBanner::setRefreshInterval(int ms)
{
    m_timer->start(ms);
}

void AlertBanner::refresh()
{
    const Result<QList<Alert>> alerts
        = AlertEvaluator(m_database).active(m_clock(), AlertEvaluator::AgentCheck::Include);
    if (!alerts) {
        // Shown, not hidden: a catalog that cannot be read is itself something to act on.
        qCWarning(lcUi).noquote() << "alerts not read:" << alerts.error().text();
        m_error = alerts.error().text();
        m_title->setText(tr("Cannot read the alerts"));
        m_lines->setText(m_error);
        setVisible(true);
        return;
    }
    m_error.clear();
    display(*alerts);
    if (*alerts != m_alerts) {
        m_alerts = *alerts;
        Q_EMIT alertsChanged(m_alerts);
    }
}

void AlertBanner::display(const QList<Alert> &alerts)
{
    setVisible(!alerts.isEmpty());
    if (alerts.isEmpty())
        return;
    m_title->setText(tr("%n alert(s) need your attention", nullptr, int(alerts.size())));
    QStringList lines;
    for (const Alert &alert : alerts) {
        if (lines.size() == MaxLines) {
            lines << tr("… and %n more (pgvaultctl alerts lists them all)", nullptr, int(alerts.size() - MaxLines));
            break;
        }
        const QString what = alert.remedy.isEmpty() ? alert.message : tr("%1 — %2").arg(alert.message, alert.remedy);
        lines << (alert.instanceName.isEmpty() ? what : tr("%1: %2").arg(alert.instanceName, what));
    }
    m_lines->setText(lines.join(QLatin1Char('\n')));
}

} // namespace PgVault
