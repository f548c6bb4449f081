#pragma once

#include <QString>
#include <Qt>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace PgVault {

/// The set-up every list of records in PgVault shares (backup instances, policies, vaults,
/// recovery points): whole rows selected one at a time, read-only, Tab leaves the table instead
/// of walking its cells, no row numbers, no wrapping, columns sized to their content. Pages then
/// choose which column takes the spare width.
class RecordTable
{
public:
    static void setUp(
        QTableView *view, QAbstractItemModel *model, const QString &objectName, const QString &accessibleName);
    /// setUp() over `proxy`, which sorts `source` by its `sortRole` (case-insensitively), first by
    /// `column` in `order`; clicking a header sorts by that column.
    static void setUpSorted(QTableView *view,
        QSortFilterProxyModel *proxy,
        QAbstractItemModel *source,
        int sortRole,
        int column,
        Qt::SortOrder order,
        const QString &objectName,
        const QString &accessibleName);
};

} // namespace PgVault
