#pragma once

#include "models/policies/RetentionSimulator.h"

#include <QTimeZone>
#include <QWidget>

namespace PgVault {

/// The retention simulator's picture: one tick per successful backup over a date range, coloured
/// by the tag it would take, with month marks and a legend. Painted, because no stock widget fits.
class RetentionTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionTimeline(QWidget *parent = nullptr);

    void setPoints(
        const QList<RetentionSimulator::Point> &points, const QDate &from, const QDate &until, const QTimeZone &zone);
    QList<RetentionSimulator::Point> points() const { return m_points; }

    /// The colour of a tag, shared by the ticks and the legend.
    static QColor colorFor(RetentionRule::Kind kind);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<RetentionSimulator::Point> m_points;
    QDate m_from;
    QDate m_until;
    QTimeZone m_zone;
};

} // namespace PgVault
