#pragma once

#include "models/policies/PolicyRepository.h"

#include <QAbstractTableModel>

namespace PgVault {

/// The Backup policies table of the main window: one row per stored policy with its schedule,
/// retention and how many backup instances use it. The owner refills it from the repository.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ScheduleColumn, RetentionColumn, InstancesColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< catalog id
        NameRole, ///< policy name
        SortRole, ///< raw value for sorting (name, summary, summary, instance count)
        InstanceCountRole,
    };

    explicit PolicyTableModel(QObject *parent = nullptr);

    void setPolicies(const QList<StoredPolicy> &policies);
    QList<StoredPolicy> policies() const { return m_policies; }
    StoredPolicy policyAt(int row) const;
    /// Row of the policy with this name (case-insensitive, as the catalog compares), or -1.
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StoredPolicy> m_policies;
};

} // namespace PgVault
