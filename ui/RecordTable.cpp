#include "ui/RecordTable.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace PgVault {

void RecordTable::setUp(
    QTableView *view, QAbstractItemModel *model, const QString &objectName, const QString &accessibleName)
{
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void RecordTable::setUpSorted(QTableView *view,
    QSortFilterProxyModel *proxy,
    QAbstractItemModel *source,
    int sortRole,
    int column,
    Qt::SortOrder order,
    const QString &objectName,
    const QString &accessibleName)
{
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    setUp(view, proxy, objectName, accessibleName);
    view->setSortingEnabled(true);
    view->sortByColumn(column, order);
}

} // namespace PgVault
