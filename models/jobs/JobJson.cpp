#include "models/jobs/JobJson.h"

#include <QRegularExpression>

namespace PgVault {

namespace {

QString vaultPath(const QString &vaultName)
{
    return QStringLiteral("/providers/Microsoft.DataProtection/backupVaults/") + vaultName;
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray subTasks(const Job &job)
{
    QJsonArray tasks;
    for (const SubTask &task : job.subTasks) {
        tasks.append(QJsonObject{
            {QStringLiteral("taskId"), task.id},
            {QStringLiteral("taskName"), task.name},
            {QStringLiteral("taskStatus"), JobTypes::statusName(task.status)},
            // Azure reports progress as a string percentage or null.
            {QStringLiteral("taskProgress"),
                JobTypes::isFinished(task.status) ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(QString::number(qRound(task.progress * 100)))},
            {QStringLiteral("additionalDetails"), stringMap(task.details)},
        });
    }
    return tasks;
}

QJsonValue errorDetails(const Job &job)
{
    if (!job.error)
        return QJsonValue(QJsonValue::Null);
    QJsonArray actions;
    if (!job.error->remedy.isEmpty())
        actions.append(job.error->remedy);
    return QJsonArray{QJsonObject{
        {QStringLiteral("code"), job.error->code},
        {QStringLiteral("message"), job.error->message},
        {QStringLiteral("recommendedAction"), actions},
    }};
}

QJsonValue recoverPoint(const Job &job)
{
    if (job.pointId.isEmpty())
        return QJsonValue(QJsonValue::Null);
    // Azure's backup jobs carry the point id with the zero time; so do we.
    return QJsonObject{{QStringLiteral("recoveryPointID"), job.pointId},
        {QStringLiteral("recoveryPointTime"), QStringLiteral("0001-01-01T00:00:00Z")}};
}

} // namespace

QString JobJson::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

QString JobJson::isoDuration(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    const qint64 hours = ms / 3600000;
    const qint64 minutes = ms % 3600000 / 60000;
    const qint64 millis = ms % 60000;
    QString text = QStringLiteral("PT");
    if (hours > 0)
        text += QString::number(hours) + QLatin1Char('H');
    if (minutes > 0)
        text += QString::number(minutes) + QLatin1Char('M');
    if (millis > 0 || (hours == 0 && minutes == 0)) {
        text += QString::number(millis / 1000);
        if (millis % 1000 != 0) {
            QString fraction = QStringLiteral("%1").arg(millis % 1000, 3, 10, QLatin1Char('0'));
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
            text += QLatin1Char('.') + fraction;
        }
        text += QLatin1Char('S');
    }
    return text;
}

qint64 JobJson::parseIsoDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch() || text.trimmed().endsWith(QLatin1Char('T'), Qt::CaseInsensitive))
        return -1;
    bool any = false;
    double ms = 0;
    const double unit[] = {7 * 86400000.0, 86400000.0, 3600000.0, 60000.0, 1000.0};
    for (int i = 0; i < 5; ++i) {
        const QString part = match.captured(i + 1);
        if (part.isEmpty())
            continue;
        any = true;
        ms += part.toDouble() * unit[i];
    }
    return any ? qint64(ms) : -1;
}

QString JobJson::jobResourceId(const Job &job)
{
    return QString(vaultPath(job.vaultName) + QStringLiteral("/backupJobs/") + job.id);
}

QJsonObject JobJson::toJson(const Job &job)
{
    const bool backup = job.operation == JobTypes::Operation::Backup;
    const QDateTime end = job.end.isValid() ? job.end : job.heartbeat;
    QJsonObject extended{
        {QStringLiteral("additionalDetails"), stringMap(job.additionalDetails)},
        {QStringLiteral("dataTransferredInBytes"), double(job.bytesTransferred)},
        {QStringLiteral("targetRecoverPoint"), backup ? recoverPoint(job) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sourceRecoverPoint"), backup ? QJsonValue(QJsonValue::Null) : recoverPoint(job)},
        {QStringLiteral("subTasks"), subTasks(job)},
        {QStringLiteral("warningDetails"), QJsonValue(QJsonValue::Null)},
    };
    const QString category = backup                     ? QStringLiteral("Backup")
        : job.operation == JobTypes::Operation::Restore ? QStringLiteral("Restore")
                                                        : QStringLiteral("Management");
    const QString instanceId = vaultPath(job.vaultName) + QStringLiteral("/backupInstances/") + job.instanceName;
    const QString dataSourceId
        = QStringLiteral("/providers/") + job.datasourceType + QLatin1Char('/') + job.datasourceName;
    const QString policyId = vaultPath(job.vaultName) + QStringLiteral("/backupPolicies/") + job.policyName;
    QJsonObject properties{
        {QStringLiteral("activityID"), job.activityId},
        {QStringLiteral("backupInstanceFriendlyName"), job.instanceName},
        {QStringLiteral("backupInstanceId"), instanceId},
        {QStringLiteral("dataSourceId"), dataSourceId},
        {QStringLiteral("dataSourceName"), job.datasourceName},
        {QStringLiteral("dataSourceType"), job.datasourceType},
        {QStringLiteral("dataSourceLocation"), QStringLiteral("local")},
        {QStringLiteral("startTime"), time(job.start)},
        {QStringLiteral("endTime"), job.end.isValid() ? QJsonValue(time(job.end)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("duration"), isoDuration(end.isValid() ? job.start.msecsTo(end) : 0)},
        {QStringLiteral("operation"), JobTypes::operationName(job.operation)},
        {QStringLiteral("operationCategory"), category},
        {QStringLiteral("isUserTriggered"), job.userTriggered},
        {QStringLiteral("status"), JobTypes::statusName(job.status)},
        {QStringLiteral("policyId"), job.policyName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(policyId)},
        {QStringLiteral("policyName"), nullable(job.policyName)},
        {QStringLiteral("vaultName"), job.vaultName},
        {QStringLiteral("progressEnabled"), true},
        {QStringLiteral("supportedActions"),
            JobTypes::isFinished(job.status) ? QJsonArray{QString()} : QJsonArray{QStringLiteral("Cancellable")}},
        {QStringLiteral("errorDetails"), errorDetails(job)},
        {QStringLiteral("extendedInfo"), extended},
    };
    return QJsonObject{
        {QStringLiteral("id"), jobResourceId(job)},
        {QStringLiteral("name"), job.id},
        {QStringLiteral("type"), QStringLiteral("Microsoft.DataProtection/backupVaults/backupJobs")},
        {QStringLiteral("properties"), properties},
    };
}

QJsonArray JobJson::toJson(const QList<Job> &jobs)
{
    QJsonArray array;
    for (const Job &job : jobs)
        array.append(toJson(job));
    return array;
}

} // namespace PgVault
