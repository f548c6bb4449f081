#pragma once

#include <QStyledItemDelegate>

namespace PgVault {

/// Paints soft-deleted recovery points (RecoveryPointTableModel::DeletedRole) greyed, like
/// disabled text, while they stay selectable so they can be undeleted. Used by the recovery
/// points panel.
class DeletedPointDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace PgVault
