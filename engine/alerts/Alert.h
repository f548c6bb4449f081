#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace PgVault {

/// Something about a backup instance (or the agent) a user must act on, as AlertEvaluator finds it
/// in the catalog: the agent delivers it (log, desktop notification, the user's command), the GUI
/// shows it in its alert banner and the instances table, `pgvaultctl alerts` lists it. Plain value;
/// it resolves by itself: the evaluator stops reporting it once its condition has ended.
struct Alert
{
    enum class Kind {
        JobFailed, ///< the newest finished job of one operation on the instance failed
        NoRecentBackup, ///< no successful backup for longer than the instance's schedule allows
        AgentNotRunning, ///< no scheduler agent has a fresh heartbeat (shown by the GUI only)
    };

    Kind kind = Kind::JobFailed;
    QString instanceId; ///< empty for AgentNotRunning
    QString instanceName; ///< empty for AgentNotRunning
    QDateTime since; ///< UTC: when the condition began (the job's end, the deadline missed)
    QString message; ///< translated: what is wrong
    QString remedy; ///< translated: what to do
    QString jobId; ///< JobFailed: the failed job
    QString operation; ///< JobFailed: JobTypes::operationName of the job (Backup, Verify, Restore, Delete)
    QString errorCode; ///< JobFailed: the job's error code, when it has one

    /// Stable while the same condition lasts, different for the next occurrence: the failed job's
    /// id, or the instance and the deadline it missed. What the agent remembers as delivered.
    QString key() const
    {
        switch (kind) {
        case Kind::JobFailed:
            return QStringLiteral("JobFailed:") + jobId;
        case Kind::NoRecentBackup:
            return QStringLiteral("NoRecentBackup:%1:%2").arg(instanceId).arg(since.toMSecsSinceEpoch());
        case Kind::AgentNotRunning:
            break;
        }
        return QStringLiteral("AgentNotRunning");
    }

    /// "JobFailed", "NoRecentBackup", "AgentNotRunning": the kind in JSON and the command's environment.
    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::JobFailed:
            return QStringLiteral("JobFailed");
        case Kind::NoRecentBackup:
            return QStringLiteral("NoRecentBackup");
        case Kind::AgentNotRunning:
            break;
        }
        return QStringLiteral("AgentNotRunning");
    }

    /// "prod: message remedy" (the instance only when there is one), for logs and lists.
    QString text() const
    {
        const QString what = remedy.isEmpty() ? message : message + QLatin1Char(' ') + remedy;
        return instanceName.isEmpty() ? what : instanceName + QStringLiteral(": ") + what;
    }

    /// The alert as `pgvaultctl alerts --output json` prints it and the alert command reads it.
    QJsonObject toJson() const
    {
        return QJsonObject{
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("key"), key()},
            {QStringLiteral("instance"), instanceName},
            {QStringLiteral("instanceId"), instanceId},
            {QStringLiteral("since"), since.isValid() ? since.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("message"), message},
            {QStringLiteral("remedy"), remedy},
            {QStringLiteral("jobId"), jobId},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("errorCode"), errorCode},
        };
    }

    bool operator==(const Alert &) const = default;
};

} // namespace PgVault
