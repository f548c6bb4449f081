#include "models/jobs/Job.h"

namespace PgVault {

QString JobTypes::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Backup:
        return QStringLiteral("Backup");
    case Operation::Restore:
        return QStringLiteral("Restore");
    case Operation::Delete:
        return QStringLiteral("Delete");
    case Operation::Verify:
        return QStringLiteral("Verify");
    }
    return {};
}

std::optional<JobTypes::Operation> JobTypes::operationFromName(const QString &name)
{
    for (Operation operation : {Operation::Backup, Operation::Restore, Operation::Delete, Operation::Verify}) {
        if (name.compare(operationName(operation), Qt::CaseInsensitive) == 0)
            return operation;
    }
    return std::nullopt;
}

QString JobTypes::statusName(Status status)
{
    switch (status) {
    case Status::InProgress:
        return QStringLiteral("InProgress");
    case Status::Completed:
        return QStringLiteral("Completed");
    case Status::CompletedWithWarnings:
        return QStringLiteral("CompletedWithWarnings");
    case Status::Failed:
        return QStringLiteral("Failed");
    case Status::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

std::optional<JobTypes::Status> JobTypes::statusFromName(const QString &name)
{
    for (Status status :
        {Status::InProgress, Status::Completed, Status::CompletedWithWarnings, Status::Failed, Status::Cancelled}) {
        if (name.compare(statusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString JobTypes::operationDisplayName(Operation operation, bool userTriggered)
{
    switch (operation) {
    case Operation::Backup:
        return userTriggered ? tr("On-demand backup") : tr("Scheduled backup");
    case Operation::Restore:
        return tr("Restore");
    case Operation::Delete:
        return tr("Delete");
    case Operation::Verify:
        return tr("Verify");
    }
    return {};
}

QString JobTypes::statusDisplayName(Status status)
{
    switch (status) {
    case Status::InProgress:
        return tr("In progress");
    case Status::Completed:
        return tr("Completed");
    case Status::CompletedWithWarnings:
        return tr("Completed with warnings");
    case Status::Failed:
        return tr("Failed");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace PgVault
