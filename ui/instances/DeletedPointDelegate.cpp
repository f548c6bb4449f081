#include "ui/instances/DeletedPointDelegate.h"

#include "models/points/RecoveryPointTableModel.h"

#include <QPalette>

namespace PgVault {

void DeletedPointDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(RecoveryPointTableModel::DeletedRole).toBool())
        return;
    // The palette's own disabled colour, so the grey follows the theme (dark or light).
    const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
    option->palette.setColor(QPalette::Text, grey);
    option->palette.setColor(
        QPalette::HighlightedText, option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
    option->font.setItalic(true);
}

} // namespace PgVault
