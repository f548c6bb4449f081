#pragma once

#include "models/vaults/Vault.h"
#include "models/vaults/VaultRepository.h"

#include <QAbstractTableModel>

namespace PgVault {

/// The Vaults page's table: one row per vault with its type, location, and what the catalog
/// counts in it (backup instances, recovery points, stored size). The default vault can be a row
/// that is not created yet. The owner (VaultController) refills it from the catalog.
class VaultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        LocationColumn,
        InstancesColumn,
        PointsColumn,
        SizeColumn,
        SoftDeleteColumn, ///< how long deleted points are kept: "14 days", "Off"
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the vault's name
        SortRole, ///< raw value for sorting: text, or the number for counts and sizes
        CreatedRole, ///< bool: false for the default vault before its first use
    };

    struct Row
    {
        Vault vault;
        bool created = true; ///< false: the default vault, created on first use
        VaultUsage usage;

        bool operator==(const Row &) const = default;
    };

    explicit VaultTableModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    QList<Row> rows() const { return m_rows; }

    static QString kindDisplayName(Vault::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, Column column) const;
    QVariant sortValue(const Row &row, Column column) const;

    QList<Row> m_rows;
};

} // namespace PgVault
