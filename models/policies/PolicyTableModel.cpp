#include "models/policies/PolicyTableModel.h"

namespace PgVault {

PolicyTableModel::PolicyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PolicyTableModel::setPolicies(const QList<StoredPolicy> &policies)
{
    beginResetModel();
    m_policies = policies;
    endResetModel();
}

StoredPolicy PolicyTableModel::policyAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_policies.size());
    return m_policies.at(row);
}

int PolicyTableModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_policies.size(); ++row) {
        if (m_policies.at(row).policy.name().compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int PolicyTableModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_policies.size());
}

int PolicyTableModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const StoredPolicy &stored = m_policies.at(index.row());
    switch (role) {
    case IdRole:
        return stored.id;
    case NameRole:
        return stored.policy.name();
    case InstanceCountRole:
        return stored.instanceCount;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }

    switch (Column(index.column())) {
    case NameColumn:
        return stored.policy.name();
    case ScheduleColumn:
        return stored.policy.schedule().summary();
    case RetentionColumn:
        return stored.policy.retentionSummary();
    case InstancesColumn:
        if (role == Qt::ToolTipRole)
            return tr("%n backup instance(s) use this policy", nullptr, stored.instanceCount);
        return stored.instanceCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case ScheduleColumn:
        return tr("Schedule");
    case RetentionColumn:
        return tr("Retention");
    case InstancesColumn:
        return tr("Backup instances");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PgVault
