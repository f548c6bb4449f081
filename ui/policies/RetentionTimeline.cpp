#include "ui/policies/RetentionTimeline.h"

#include <QLocale>
#include <QPainter>

namespace PgVault {

namespace {

constexpr int Margin = 8;
constexpr int AxisY = 58; // baseline of the ticks, from the top
constexpr int LegendY = 84;

// Higher-priority tags get taller ticks so rare Yearly and Monthly points stand out.
int tickHeight(RetentionRule::Kind kind)
{
    switch (kind) {
    case RetentionRule::Kind::Yearly:
        return 44;
    case RetentionRule::Kind::Monthly:
        return 34;
    case RetentionRule::Kind::Weekly:
        return 24;
    case RetentionRule::Kind::Default:
        return 14;
    }
    return 14;
}

} // namespace

RetentionTimeline::RetentionTimeline(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Retention timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RetentionTimeline::setPoints(
    const QList<RetentionSimulator::Point> &points, const QDate &from, const QDate &until, const QTimeZone &zone)
{
    m_points = points;
    m_from = from;
    m_until = until;
    m_zone = zone;
    setAccessibleDescription(tr("%n successful backup(s) in the simulated year", nullptr, int(points.size())));
    update();
}

QColor RetentionTimeline::colorFor(RetentionRule::Kind kind)
{
    switch (kind) {
    case RetentionRule::Kind::Yearly:
        return QColor(0x8e, 0x44, 0xad);
    case RetentionRule::Kind::Monthly:
        return QColor(0x00, 0x78, 0xd4);
    case RetentionRule::Kind::Weekly:
        return QColor(0x10, 0x7c, 0x41);
    case RetentionRule::Kind::Default:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return Qt::gray;
}

QSize RetentionTimeline::sizeHint() const
{
    return {600, LegendY + fontMetrics().height() + Margin};
}

QSize RetentionTimeline::minimumSizeHint() const
{
    return {300, LegendY + fontMetrics().height() + Margin};
}

void RetentionTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor text = palette().color(QPalette::WindowText);
    const int left = Margin;
    const int right = width() - Margin;
    const int span = std::max(1, right - left);

    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(left, AxisY, right, AxisY);

    if (m_from.isValid() && m_until.isValid() && m_from <= m_until) {
        const qint64 days = std::max<qint64>(1, m_from.daysTo(m_until) + 1);
        auto xOf = [&](const QDate &date) {
            return left + int(qreal(m_from.daysTo(date)) / days * span);
        };

        // Month marks with short month names under the axis.
        const QLocale locale;
        painter.setPen(text);
        QDate month(m_from.year(), m_from.month(), 1);
        for (; month <= m_until; month = month.addMonths(1)) {
            const QDate mark = month < m_from ? m_from : month;
            const int x = xOf(mark);
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(x, AxisY, x, AxisY + 4);
            painter.setPen(text);
            const QString label = locale.monthName(month.month(), QLocale::ShortFormat);
            if (x + fontMetrics().horizontalAdvance(label) <= right)
                painter.drawText(x + 2, AxisY + 4 + fontMetrics().ascent(), label);
        }

        // Default first so the rarer, taller ticks are painted on top.
        const QList<RetentionRule::Kind> order = {RetentionRule::Kind::Default,
            RetentionRule::Kind::Weekly,
            RetentionRule::Kind::Monthly,
            RetentionRule::Kind::Yearly};
        for (RetentionRule::Kind kind : order) {
            painter.setPen(QPen(colorFor(kind), 2));
            for (const RetentionSimulator::Point &point : m_points) {
                if (point.tag != kind)
                    continue;
                const int x = xOf(point.time.toTimeZone(m_zone).date());
                painter.drawLine(x, AxisY - 1, x, AxisY - tickHeight(kind));
            }
        }
    }

    // Legend: a swatch and the tag name for every tag, with how many ticks carry it.
    int x = left;
    const int swatch = fontMetrics().height() - 4;
    const int baseline = LegendY + fontMetrics().ascent();
    for (RetentionRule::Kind kind : RetentionRule::allKinds()) {
        const auto count = std::count_if(
            m_points.cbegin(), m_points.cend(), [kind](const RetentionSimulator::Point &p) { return p.tag == kind; });
        painter.fillRect(x, LegendY + 2, swatch, swatch, colorFor(kind));
        x += swatch + 4;
        painter.setPen(text);
        const QString label = tr("%1 (%2)").arg(RetentionRule::displayName(kind)).arg(count);
        painter.drawText(x, baseline, label);
        x += fontMetrics().horizontalAdvance(label) + 16;
    }
}

} // namespace PgVault
