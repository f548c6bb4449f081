#include "models/vaults/VaultTableModel.h"

#include <QDir>
#include <QLocale>

namespace PgVault {

VaultTableModel::VaultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VaultTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString VaultTableModel::kindDisplayName(Vault::Kind kind)
{
    return kind == Vault::Kind::Local ? tr("Local folder") : tr("Azure Blob container");
}

int VaultTableModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VaultTableModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case NameRole:
        return row.vault.name;
    case CreatedRole:
        return row.created;
    case SortRole:
        return sortValue(row, column);
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (!row.created)
            return tr("The default vault. PgVault creates its folder when the first backup instance uses it.");
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == InstancesColumn || column == PointsColumn || column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant VaultTableModel::display(const Row &row, Column column) const
{
    switch (column) {
    case NameColumn:
        return row.created ? row.vault.name : tr("%1 (created on first use)").arg(row.vault.name);
    case TypeColumn:
        return kindDisplayName(row.vault.kind);
    case LocationColumn:
        return row.vault.kind == Vault::Kind::Local ? QDir::toNativeSeparators(row.vault.location) : row.vault.location;
    case InstancesColumn:
        return QLocale().toString(row.usage.instances);
    case PointsColumn:
        if (row.usage.deletedPoints > 0) {
            return tr("%1 (%2 deleted)")
                .arg(QLocale().toString(row.usage.points), QLocale().toString(row.usage.deletedPoints));
        }
        return QLocale().toString(row.usage.points);
    case SizeColumn:
        return QLocale().formattedDataSize(row.usage.sizeBytes);
    case SoftDeleteColumn:
        return row.vault.softDeleteDays == 0 ? tr("Off") : tr("%n day(s)", nullptr, row.vault.softDeleteDays);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VaultTableModel::sortValue(const Row &row, Column column) const
{
    switch (column) {
    case NameColumn:
        return row.vault.name;
    case TypeColumn:
    case LocationColumn:
        return display(row, column);
    case InstancesColumn:
        return row.usage.instances;
    case PointsColumn:
        return row.usage.points;
    case SizeColumn:
        return row.usage.sizeBytes;
    case SoftDeleteColumn:
        return row.vault.softDeleteDays;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VaultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case LocationColumn:
        return tr("Location");
    case InstancesColumn:
        return tr("Backup instances");
    case PointsColumn:
        return tr("Recovery points");
    case SizeColumn:
        return tr("Size");
    case SoftDeleteColumn:
        return tr("Keeps deleted points");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PgVault
