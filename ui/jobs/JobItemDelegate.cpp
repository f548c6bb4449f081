#include "ui/jobs/JobItemDelegate.h"

#include "models/jobs/JobTableModel.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace PgVault {

namespace {

QColor statusColour(JobTypes::Status status)
{
    switch (status) {
    case JobTypes::Status::InProgress:
        return QColor(0x00, 0x78, 0xd4);
    case JobTypes::Status::Completed:
        return QColor(0x10, 0x7c, 0x10);
    case JobTypes::Status::CompletedWithWarnings:
        return QColor(0xc1, 0x9c, 0x00);
    case JobTypes::Status::Failed:
        return QColor(0xc5, 0x0f, 0x1f);
    case JobTypes::Status::Cancelled:
        return QColor(0x6e, 0x6e, 0x6e);
    }
    return Qt::gray;
}

void drawMark(QPainter &painter, JobTypes::Status status, const QRectF &box)
{
    QPen pen(Qt::white, box.width() / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    const QPointF c = box.center();
    const qreal r = box.width() / 4.5;
    switch (status) {
    case JobTypes::Status::InProgress: // three dots: still going
        painter.setBrush(Qt::white);
        for (int i = -1; i <= 1; ++i)
            painter.drawPoint(QPointF(c.x() + i * r, c.y()));
        break;
    case JobTypes::Status::Completed: {
        QPainterPath tick;
        tick.moveTo(c.x() - r, c.y());
        tick.lineTo(c.x() - r / 3, c.y() + r * 0.7);
        tick.lineTo(c.x() + r, c.y() - r * 0.7);
        painter.drawPath(tick);
        break;
    }
    case JobTypes::Status::CompletedWithWarnings:
        painter.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r * 0.2));
        painter.drawPoint(QPointF(c.x(), c.y() + r * 0.8));
        break;
    case JobTypes::Status::Failed:
        painter.drawLine(QPointF(c.x() - r * 0.8, c.y() - r * 0.8), QPointF(c.x() + r * 0.8, c.y() + r * 0.8));
        painter.drawLine(QPointF(c.x() + r * 0.8, c.y() - r * 0.8), QPointF(c.x() - r * 0.8, c.y() + r * 0.8));
        break;
    case JobTypes::Status::Cancelled:
        painter.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
        break;
    }
}

} // namespace

JobItemDelegate::JobItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QIcon JobItemDelegate::statusIcon(JobTypes::Status status)
{
    // Painted once per status: the table asks for an icon per visible row on every repaint.
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(status)); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColour(status));
        const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
        painter.drawEllipse(box);
        drawMark(painter, status, box);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(status), icon);
    return icon;
}

QString JobItemDelegate::progressText(double progress, qint64 etaSeconds)
{
    const QString percent = tr("%1%").arg(qRound(progress * 100));
    if (etaSeconds < 0)
        return percent;
    if (etaSeconds < 60)
        return tr("%1 · under a minute left").arg(percent);
    // An estimate: whole minutes are as precise as it gets.
    const qint64 minutes = (etaSeconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 · about %2 min left").arg(percent).arg(minutes);
    return tr("%1 · about %2 h %3 min left").arg(percent).arg(minutes / 60).arg(minutes % 60);
}

void JobItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == JobTableModel::StatusColumn) {
        option->icon = statusIcon(JobTypes::Status(index.data(JobTableModel::StatusRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}

void JobItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double progress = index.data(JobTableModel::ProgressRole).toDouble();
    if (index.column() != JobTableModel::ProgressColumn || progress < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = qRound(progress * 1000);
    bar.text = progressText(progress, index.data(JobTableModel::EtaRole).toLongLong());
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize JobItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == JobTableModel::ProgressColumn)
        size.setWidth(std::max(size.width(), 200));
    return size;
}

} // namespace PgVault
