#pragma once

#include "models/instances/BackupInstance.h"
#include "models/points/RecoveryPoint.h"
#include "models/policies/WeeklySchedule.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace PgVault {

/// The Backup instances table of the main window: one row per protected server with its policy,
/// vault, last backup, next scheduled run, protection state and active alerts. The owner refills it
/// from the catalog; `now` is injected so the next run is testable. The alerts come separately
/// (setAlerts, from the main window's alert banner), so a reload of the rows keeps them.
class InstanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ServerColumn,
        PolicyColumn,
        VaultColumn,
        LastBackupColumn,
        NextRunColumn,
        StateColumn,
        AlertsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< catalog id
        NameRole, ///< instance name
        SortRole, ///< raw value for sorting: names as text, times as UTC QDateTime
        StateRole, ///< ProtectionState as int
        AlertsRole, ///< QStringList: the instance's active alerts, one line each
    };
    /// Azure's protection states, as far as they apply locally.
    enum class ProtectionState { Configured, Protected, BackupRunning, ProtectionError, ProtectionStopped };

    /// What the table shows about one instance; the owner gathers it from the repositories.
    struct Row
    {
        BackupInstance instance;
        std::optional<WeeklySchedule> schedule; ///< its policy's schedule; empty if the policy is gone
        std::optional<RecoveryPoint> lastPoint; ///< newest recovery point
        bool backupRunning = false;
        bool lastBackupFailed = false; ///< the newest backup job failed

        bool operator==(const Row &) const = default;
    };

    explicit InstanceTableModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows, const QDateTime &now);
    QList<Row> rows() const { return m_rows; }
    Row rowAt(int row) const;
    /// Row of the instance with this id, or -1.
    int rowOfId(const QString &id) const;
    /// Marks a backup of the instance as running or not, without a reload.
    void setBackupRunning(const QString &instanceId, bool running);
    /// The active alerts per instance id, one line each ("No successful backup for 9 days. Back up
    /// now…"); instances not named have none.
    void setAlerts(const QHash<QString, QStringList> &alertsByInstanceId);
    QStringList alerts(const QString &instanceId) const { return m_alerts.value(instanceId); }

    static ProtectionState state(const Row &row);
    static QString stateName(ProtectionState state);
    QDateTime nextRun(const Row &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, Column column) const;
    QVariant sortValue(const Row &row, Column column) const;

    QList<Row> m_rows;
    QDateTime m_now;
    QHash<QString, QStringList> m_alerts; ///< instance id -> alert lines
};

} // namespace PgVault
