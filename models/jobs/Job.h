#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace PgVault {

/// Job vocabulary shared by the catalog, the engine and the views; the strings are Azure's
/// AzureBackupJob values.
class JobTypes
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::JobTypes)

public:
    enum class Operation { Backup, Restore, Delete, Verify };
    enum class Status { InProgress, Completed, CompletedWithWarnings, Failed, Cancelled };

    static QString operationName(Operation operation);
    static std::optional<Operation> operationFromName(const QString &name);
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    /// Translated, for the UI: "Scheduled backup", "On-demand backup", "Restore", …
    static QString operationDisplayName(Operation operation, bool userTriggered);
    static QString statusDisplayName(Status status);
    static bool isFinished(Status status) { return status != Status::InProgress; }
};

/// One step of a job: a database dump, the roles script, a file restored.
struct SubTask
{
    int id = 0; ///< 1-based, in the order the job runs them
    QString name;
    JobTypes::Status status = JobTypes::Status::InProgress;
    double progress = 0; ///< 0..1
    QMap<QString, QString> details;

    bool operator==(const SubTask &) const = default;
};

/// A tracked operation: a scheduled or on-demand backup, a restore, an expiry (Delete) or a
/// verification, with the fields Azure's AzureBackupJob carries that make sense locally.
struct Job
{
    QString id; ///< GUID without braces
    QString activityId;
    JobTypes::Operation operation = JobTypes::Operation::Backup;
    bool userTriggered = false;
    JobTypes::Status status = JobTypes::Status::InProgress;
    QDateTime start; ///< UTC
    QDateTime end; ///< UTC; invalid while running
    QString instanceId;
    QString instanceName;
    QString datasourceName;
    QString datasourceType = QStringLiteral("Microsoft.DBforPostgreSQL/flexibleServers");
    QString vaultName;
    QString policyName;
    QString retentionTag;
    qint64 bytesTransferred = 0;
    QString pointId;
    std::optional<Error> error; ///< code, message and the recommended action (remedy)
    QMap<QString, QString> additionalDetails;
    QString output; ///< the tools' captured stderr, bounded
    double progress = 0; ///< 0..1
    QString owner; ///< "host:pid" of the process running it
    QDateTime heartbeat; ///< UTC; a running job whose heartbeat is stale is dead
    QList<SubTask> subTasks;

    bool operator==(const Job &) const = default;
};

} // namespace PgVault
