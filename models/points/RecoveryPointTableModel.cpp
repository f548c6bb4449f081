#include "models/points/RecoveryPointTableModel.h"

#include <QLocale>

namespace PgVault {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

RecoveryPointTableModel::RecoveryPointTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecoveryPointTableModel::setPoints(const QList<RecoveryPoint> &points, bool retainedForever)
{
    beginResetModel();
    m_points = points;
    m_retainedForever = retainedForever;
    endResetModel();
}

RecoveryPoint RecoveryPointTableModel::pointAt(int row) const
{
    return row >= 0 && row < m_points.size() ? m_points.at(row) : RecoveryPoint{};
}

int RecoveryPointTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_points.size(); ++row) {
        if (m_points.at(row).id == id)
            return row;
    }
    return -1;
}

QString RecoveryPointTableModel::verifiedText(const RecoveryPoint &point)
{
    if (point.verifyState == QLatin1String("Passed"))
        return tr("Passed on %1").arg(localTime(point.verified));
    if (point.verifyState == QLatin1String("Failed")) {
        return point.verified.isValid() ? tr("Failed (last passed on %1)").arg(localTime(point.verified))
                                        : tr("Failed");
    }
    return tr("Never");
}

QString RecoveryPointTableModel::expiryText(const RecoveryPoint &point)
{
    if (point.isDeleted())
        return tr("Deleted — purged on %1").arg(localTime(point.purgeAfter));
    return localTime(point.expiry);
}

int RecoveryPointTableModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_points.size());
}

int RecoveryPointTableModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecoveryPointTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RecoveryPoint &point = m_points.at(index.row());
    if (role == IdRole)
        return point.id;
    if (role == DeletedRole)
        return point.isDeleted();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case TimeColumn:
        return display ? QVariant(localTime(point.time)) : QVariant(point.time);
    case TagColumn:
        return display ? RetentionRule::displayName(point.tag) : QVariant(int(point.tag));
    case ExpiryColumn:
        if (m_retainedForever && !point.isDeleted())
            return display ? QVariant(tr("Retained forever")) : QVariant(QDateTime());
        return display ? QVariant(expiryText(point)) : QVariant(point.isDeleted() ? point.purgeAfter : point.expiry);
    case SizeColumn:
        return display ? QVariant(QLocale().formattedDataSize(point.sizeBytes)) : QVariant(point.sizeBytes);
    case VerifiedColumn:
        return display ? QVariant(verifiedText(point)) : QVariant(point.verified);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecoveryPointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TagColumn:
        return tr("Retention tag");
    case ExpiryColumn:
        return tr("Expiry");
    case SizeColumn:
        return tr("Size");
    case VerifiedColumn:
        return tr("Verified");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PgVault
