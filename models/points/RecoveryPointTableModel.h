#pragma once

#include "models/points/RecoveryPoint.h"

#include <QAbstractTableModel>

namespace PgVault {

/// The recovery points of one backup instance as a table: time, retention tag, expiry, size and
/// verified state; a soft-deleted point says "Deleted — purged on …" in its expiry column. The owner (the recovery
/// points panel, the restore wizard's point page) refills it from the catalog; it holds no rules of its own.
class RecoveryPointTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TagColumn, ExpiryColumn, SizeColumn, VerifiedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< recovery point id
        SortRole, ///< raw value for sorting: times as UTC QDateTime, sizes as bytes
        DeletedRole, ///< bool: the point is soft-deleted (the view greys it; it is not restorable)
    };

    explicit RecoveryPointTableModel(QObject *parent = nullptr);

    /// `retainedForever`: their instance's protection stopped with "retain forever", so the
    /// expiry column says so instead of the stored expiry.
    void setPoints(const QList<RecoveryPoint> &points, bool retainedForever = false);
    QList<RecoveryPoint> points() const { return m_points; }
    RecoveryPoint pointAt(int row) const;
    /// Row of the point with this id, or -1.
    int rowOfId(const QString &id) const;

    /// "Passed on …", "Failed on …", "Never"; translated.
    static QString verifiedText(const RecoveryPoint &point);
    /// The expiry in local time, or "Deleted — purged on …" for a deleted point; translated.
    static QString expiryText(const RecoveryPoint &point);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecoveryPoint> m_points;
    bool m_retainedForever = false;
};

} // namespace PgVault
