#pragma once

#include "models/jobs/Job.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace PgVault {

/// Paints the Jobs table's status column with its icon and a running job's progress bar with the
/// estimated time left. The icons and colours live here, not in the model.
class JobItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit JobItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// A filled circle in the status's colour with a mark, shared by the tiles and the details.
    static QIcon statusIcon(JobTypes::Status status);
    /// "42% · about 3 min left"
    static QString progressText(double progress, qint64 etaSeconds);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace PgVault
