#include "models/instances/InstanceTableModel.h"

#include "models/instances/InstanceRepository.h"

#include <QLocale>

namespace PgVault {

namespace {

QString shortTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InstanceTableModel::setRows(const QList<Row> &rows, const QDateTime &now)
{
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
}

InstanceTableModel::Row InstanceTableModel::rowAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

int InstanceTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).instance.id == id)
            return row;
    }
    return -1;
}

void InstanceTableModel::setBackupRunning(const QString &instanceId, bool running)
{
    const int row = rowOfId(instanceId);
    if (row < 0 || m_rows.at(row).backupRunning == running)
        return;
    m_rows[row].backupRunning = running;
    if (running)
        m_rows[row].lastBackupFailed = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InstanceTableModel::setAlerts(const QHash<QString, QStringList> &alertsByInstanceId)
{
    if (alertsByInstanceId == m_alerts)
        return;
    m_alerts = alertsByInstanceId;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AlertsColumn), index(int(m_rows.size()) - 1, AlertsColumn));
}

InstanceTableModel::ProtectionState InstanceTableModel::state(const Row &row)
{
    if (row.backupRunning)
        return ProtectionState::BackupRunning;
    if (!row.instance.isProtected())
        return ProtectionState::ProtectionStopped;
    if (row.lastBackupFailed)
        return ProtectionState::ProtectionError;
    return row.lastPoint ? ProtectionState::Protected : ProtectionState::Configured;
}

QString InstanceTableModel::stateName(ProtectionState state)
{
    switch (state) {
    case ProtectionState::Configured:
        return tr("Protection configured");
    case ProtectionState::Protected:
        return tr("Protected");
    case ProtectionState::BackupRunning:
        return tr("Backup in progress");
    case ProtectionState::ProtectionError:
        return tr("Protection error");
    case ProtectionState::ProtectionStopped:
        return tr("Protection stopped");
    }
    return {};
}

QDateTime InstanceTableModel::nextRun(const Row &row) const
{
    if (!row.instance.isProtected() || !row.schedule || row.schedule->days().isEmpty() || !m_now.isValid())
        return {};
    return row.schedule->nextRunAfter(m_now);
}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.instance.id;
    case NameRole:
        return row.instance.name;
    case StateRole:
        return int(state(row));
    case AlertsRole:
        return m_alerts.value(row.instance.id);
    case SortRole:
        return sortValue(row, Column(index.column()));
    case Qt::DisplayRole:
        return display(row, Column(index.column()));
    case Qt::ToolTipRole:
        // Every alert in full; the cell shows the first.
        if (index.column() == AlertsColumn)
            return m_alerts.value(row.instance.id).join(QLatin1Char('\n'));
        return display(row, Column(index.column()));
    default:
        return {};
    }
}

QVariant InstanceTableModel::display(const Row &row, Column column) const
{
    switch (column) {
    case NameColumn:
        return row.instance.name;
    case ServerColumn:
        return row.instance.datasourceName();
    case PolicyColumn:
        return row.instance.policyName.isEmpty() ? tr("(policy missing)") : row.instance.policyName;
    case VaultColumn:
        return row.instance.vaultName;
    case LastBackupColumn:
        if (!row.lastPoint)
            return tr("None yet");
        return tr("%1 (%2)").arg(shortTime(row.lastPoint->time), RetentionRule::displayName(row.lastPoint->tag));
    case NextRunColumn: {
        const QDateTime next = nextRun(row);
        return next.isValid() ? shortTime(next) : tr("Not scheduled");
    }
    case StateColumn:
        // A stopped instance says what becomes of its points.
        if (state(row) == ProtectionState::ProtectionStopped)
            return InstanceRepository::protectionText(row.instance.protection);
        return stateName(state(row));
    case AlertsColumn: {
        const QStringList alerts = m_alerts.value(row.instance.id);
        if (alerts.isEmpty())
            return QString();
        // The warning sign stands in for an icon: this layer has no QtGui.
        if (alerts.size() == 1)
            return QString(QStringLiteral("\u26A0 ") + alerts.constFirst());
        return QString(
            QStringLiteral("\u26A0 ") + tr("%n alert(s): %1", nullptr, int(alerts.size())).arg(alerts.constFirst()));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InstanceTableModel::sortValue(const Row &row, Column column) const
{
    switch (column) {
    case NameColumn:
    case ServerColumn:
    case PolicyColumn:
    case VaultColumn:
    case StateColumn:
        return display(row, column);
    case LastBackupColumn:
        return row.lastPoint ? row.lastPoint->time : QDateTime();
    case NextRunColumn:
        return nextRun(row);
    case AlertsColumn:
        return int(m_alerts.value(row.instance.id).size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case ServerColumn:
        return tr("Server");
    case PolicyColumn:
        return tr("Policy");
    case VaultColumn:
        return tr("Vault");
    case LastBackupColumn:
        return tr("Last backup");
    case NextRunColumn:
        return tr("Next scheduled run");
    case StateColumn:
        return tr("Protection state");
    case AlertsColumn:
        return tr("Alerts");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PgVault
