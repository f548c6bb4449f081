#include "models/jobs/JobRepository.h"

#include "models/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace PgVault {

namespace {

QString mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> mapFromJson(const QString &text)
{
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

constexpr auto JobColumns = "id, activity_id, operation, user_triggered, status, start_ms, end_ms, instance_id, "
                            "instance_name, datasource_name, datasource_type, vault_name, policy_name, retention_tag, "
                            "bytes_transferred, point_id, error_code, error_message, error_remedy, "
                            "additional_details, progress, owner, heartbeat_ms, error_kind";

Job jobFromRow(const QSqlQuery &query)
{
    Job job;
    job.id = query.value(0).toString();
    job.activityId = query.value(1).toString();
    job.operation = JobTypes::operationFromName(query.value(2).toString()).value_or(JobTypes::Operation::Backup);
    job.userTriggered = query.value(3).toInt() != 0;
    job.status = JobTypes::statusFromName(query.value(4).toString()).value_or(JobTypes::Status::Failed);
    job.start = Sql::toTime(query.value(5));
    job.end = Sql::toTime(query.value(6));
    job.instanceId = query.value(7).toString();
    job.instanceName = query.value(8).toString();
    job.datasourceName = query.value(9).toString();
    job.datasourceType = query.value(10).toString();
    job.vaultName = query.value(11).toString();
    job.policyName = query.value(12).toString();
    job.retentionTag = query.value(13).toString();
    job.bytesTransferred = query.value(14).toLongLong();
    job.pointId = query.value(15).toString();
    if (!query.value(16).isNull())
        job.error = Error{query.value(16).toString(),
            query.value(17).toString(),
            query.value(18).toString(),
            {},
            Error::kindFromName(query.value(23).toString())};
    job.additionalDetails = mapFromJson(query.value(19).toString());
    job.progress = query.value(20).toDouble();
    job.owner = query.value(21).toString();
    job.heartbeat = Sql::toTime(query.value(22));
    return job;
}

/// WHERE clause and its values for a filter; `withStatus` false for the per-status counts.
QString whereFor(const JobFilter &filter, bool withStatus, QVariantList &values)
{
    QStringList conditions;
    if (filter.since.isValid()) {
        conditions << QStringLiteral("start_ms >= ?");
        values << filter.since.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("start_ms < ?");
        values << filter.until.toMSecsSinceEpoch();
    }
    if (withStatus && filter.status) {
        conditions << QStringLiteral("status = ?");
        values << JobTypes::statusName(*filter.status);
    }
    if (filter.operation) {
        conditions << QStringLiteral("operation = ?");
        values << JobTypes::operationName(*filter.operation);
    }
    if (filter.userTriggered) {
        conditions << QStringLiteral("user_triggered = ?");
        values << (*filter.userTriggered ? 1 : 0);
    }
    if (!filter.instanceName.isEmpty()) {
        conditions << QStringLiteral("instance_name = ?");
        values << filter.instanceName;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

/// ORDER BY for a sort; the start time breaks ties so pages never overlap.
QString orderBy(const JobSort &sort)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (sort.key) {
    case JobSort::Key::StartTime:
        return QStringLiteral("start_ms") + direction + QStringLiteral(", id");
    case JobSort::Key::InstanceName:
        key = QStringLiteral("instance_name");
        break;
    case JobSort::Key::Operation:
        key = QStringLiteral("operation") + direction + QStringLiteral(", user_triggered");
        break;
    case JobSort::Key::Status:
        key = QStringLiteral("status");
        break;
    case JobSort::Key::Duration:
        key = QStringLiteral("coalesce(end_ms, heartbeat_ms, start_ms) - start_ms");
        break;
    case JobSort::Key::BytesTransferred:
        key = QStringLiteral("bytes_transferred");
        break;
    }
    return key + direction + QStringLiteral(", start_ms DESC, id");
}

void bindJob(QSqlQuery &query, const Job &job)
{
    query.addBindValue(Sql::text(job.activityId));
    query.addBindValue(JobTypes::operationName(job.operation));
    query.addBindValue(job.userTriggered ? 1 : 0);
    query.addBindValue(JobTypes::statusName(job.status));
    query.addBindValue(Sql::fromTime(job.start));
    query.addBindValue(Sql::fromTime(job.end));
    query.addBindValue(job.instanceId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(job.instanceId));
    query.addBindValue(Sql::text(job.instanceName));
    query.addBindValue(Sql::text(job.datasourceName));
    query.addBindValue(Sql::text(job.datasourceType));
    query.addBindValue(Sql::text(job.vaultName));
    query.addBindValue(Sql::text(job.policyName));
    query.addBindValue(Sql::text(job.retentionTag));
    query.addBindValue(job.bytesTransferred);
    query.addBindValue(Sql::text(job.pointId));
    const QVariant nullText{QMetaType(QMetaType::QString)};
    query.addBindValue(job.error ? QVariant(job.error->code) : nullText);
    query.addBindValue(job.error ? QVariant(job.error->message) : nullText);
    query.addBindValue(job.error ? QVariant(job.error->remedy) : nullText);
    query.addBindValue(mapToJson(job.additionalDetails));
    query.addBindValue(job.progress);
    query.addBindValue(Sql::text(job.owner));
    query.addBindValue(Sql::fromTime(job.heartbeat));
    query.addBindValue(job.error ? QVariant(Error::kindName(job.error->kind)) : nullText);
}

} // namespace

JobRepository::JobRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

Result<void> JobRepository::create(const Job &job)
{
    return Sql::immediateTransaction(m_database, tr("record the job"), [&]() -> Result<void> {
        QSqlQuery query(m_database);
        query.prepare(
            QStringLiteral("INSERT INTO jobs (activity_id, operation, user_triggered, status, start_ms, "
                           "end_ms, instance_id, instance_name, datasource_name, datasource_type, "
                           "vault_name, policy_name, retention_tag, bytes_transferred, point_id, "
                           "error_code, error_message, error_remedy, additional_details, progress, owner, "
                           "heartbeat_ms, error_kind, output, id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindJob(query, job);
        query.addBindValue(Sql::text(job.output.right(MaxOutputBytes)));
        query.addBindValue(job.id);
        if (Result<void> done = Sql::exec(query, tr("record the job")); !done)
            return done;
        for (const SubTask &task : job.subTasks) {
            if (Result<void> done = putSubTask(job.id, task); !done)
                return done;
        }
        return {};
    });
}

Result<void> JobRepository::update(const Job &job)
{
    return Sql::immediateTransaction(m_database, tr("update the job"), [&]() -> Result<void> {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("UPDATE jobs SET activity_id = ?, operation = ?, user_triggered = ?, status = ?, "
                                     "start_ms = ?, end_ms = ?, instance_id = ?, instance_name = ?, "
                                     "datasource_name = ?, datasource_type = ?, vault_name = ?, policy_name = ?, "
                                     "retention_tag = ?, bytes_transferred = ?, point_id = ?, error_code = ?, "
                                     "error_message = ?, error_remedy = ?, additional_details = ?, progress = ?, "
                                     "owner = ?, heartbeat_ms = ?, error_kind = ? WHERE id = ?"));
        bindJob(query, job);
        query.addBindValue(job.id);
        if (Result<void> done = Sql::exec(query, tr("update the job")); !done)
            return done;
        QSqlQuery clear(m_database);
        clear.prepare(QStringLiteral("DELETE FROM job_subtasks WHERE job_id = ?"));
        clear.addBindValue(job.id);
        if (Result<void> done = Sql::exec(clear, tr("update the job")); !done)
            return done;
        for (const SubTask &task : job.subTasks) {
            if (Result<void> done = putSubTask(job.id, task); !done)
                return done;
        }
        return {};
    });
}

Result<void> JobRepository::updateProgress(
    const QString &jobId, double progress, qint64 bytes, const QDateTime &heartbeat)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE jobs SET progress = ?, bytes_transferred = ?, heartbeat_ms = ? WHERE id = ?"));
    query.addBindValue(progress);
    query.addBindValue(bytes);
    query.addBindValue(Sql::fromTime(heartbeat));
    query.addBindValue(jobId);
    return Sql::exec(query, tr("update the job's progress"));
}

Result<void> JobRepository::putSubTask(const QString &jobId, const SubTask &task)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO job_subtasks (job_id, task_id, name, status, progress, "
                                 "details) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(jobId);
    query.addBindValue(task.id);
    query.addBindValue(Sql::text(task.name));
    query.addBindValue(JobTypes::statusName(task.status));
    query.addBindValue(task.progress);
    query.addBindValue(mapToJson(task.details));
    return Sql::exec(query, tr("record the job's sub-task"));
}

Result<void> JobRepository::appendOutput(const QString &jobId, const QString &text)
{
    // Keep the tail: the last lines of a failing tool are the ones that explain the failure.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE jobs SET output = substr(output || ?, -?) WHERE id = ?"));
    query.addBindValue(text);
    query.addBindValue(MaxOutputBytes);
    query.addBindValue(jobId);
    return Sql::exec(query, tr("record the job's output"));
}

Result<std::optional<Job>> JobRepository::find(const QString &jobId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1, output FROM jobs WHERE id = ?").arg(QLatin1String(JobColumns)));
    query.addBindValue(jobId);
    if (Result<void> done = Sql::exec(query, tr("read the job")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Job>();
    Job job = jobFromRow(query);
    job.output = query.value(24).toString();

    QSqlQuery tasks(m_database);
    tasks.prepare(QStringLiteral("SELECT task_id, name, status, progress, details FROM job_subtasks WHERE job_id = ? "
                                 "ORDER BY task_id"));
    tasks.addBindValue(jobId);
    if (Result<void> done = Sql::exec(tasks, tr("read the job's sub-tasks")); !done)
        return done.error();
    while (tasks.next()) {
        SubTask task;
        task.id = tasks.value(0).toInt();
        task.name = tasks.value(1).toString();
        task.status = JobTypes::statusFromName(tasks.value(2).toString()).value_or(JobTypes::Status::Failed);
        task.progress = tasks.value(3).toDouble();
        task.details = mapFromJson(tasks.value(4).toString());
        job.subTasks << task;
    }
    return std::optional<Job>(job);
}

Result<QList<Job>> JobRepository::list(const JobFilter &filter, int offset, int limit, const JobSort &sort) const
{
    QVariantList values;
    const QString where = whereFor(filter, true, values);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM jobs%2 ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(QLatin1String(JobColumns), where, orderBy(sort)));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (Result<void> done = Sql::exec(query, tr("read the jobs")); !done)
        return done.error();
    QList<Job> jobs;
    while (query.next())
        jobs << jobFromRow(query);
    return jobs;
}

Result<int> JobRepository::count(const JobFilter &filter) const
{
    QVariantList values;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM jobs") + whereFor(filter, true, values));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Result<void> done = Sql::exec(query, tr("count the jobs")); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QMap<JobTypes::Status, int>> JobRepository::countByStatus(const JobFilter &filter) const
{
    QVariantList values;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT status, count(*) FROM jobs") + whereFor(filter, false, values)
        + QStringLiteral(" GROUP BY status"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Result<void> done = Sql::exec(query, tr("count the jobs")); !done)
        return done.error();
    QMap<JobTypes::Status, int> counts;
    while (query.next()) {
        if (const auto status = JobTypes::statusFromName(query.value(0).toString()))
            counts[*status] += query.value(1).toInt();
    }
    return counts;
}

Result<void> JobRepository::requestCancel(const QString &jobId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND status = ?"));
    query.addBindValue(jobId);
    query.addBindValue(JobTypes::statusName(JobTypes::Status::InProgress));
    if (Result<void> done = Sql::exec(query, tr("request the job's cancellation")); !done)
        return done;
    if (query.numRowsAffected() == 0) {
        return Error{QStringLiteral("Job.NotRunning"),
            tr("Job %1 is not running, so it cannot be cancelled.").arg(jobId),
            tr("Choose one of the running jobs (Jobs, or \"pgvaultctl jobs --status InProgress\")."),
            QStringLiteral("job")};
    }
    return {};
}

Result<bool> JobRepository::isCancelRequested(const QString &jobId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT cancel_requested FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    if (Result<void> done = Sql::exec(query, tr("read the job")); !done)
        return done.error();
    return query.next() && query.value(0).toInt() != 0;
}

Result<int> JobRepository::failAbandoned(const QDateTime &now, qint64 staleAfterMs)
{
    return markAbandoned(
        QStringLiteral("coalesce(heartbeat_ms, start_ms) < ?"), QVariant(now.toMSecsSinceEpoch() - staleAfterMs));
}

Result<bool> JobRepository::failAbandonedJob(const QString &jobId)
{
    const Result<int> marked = markAbandoned(QStringLiteral("id = ?"), QVariant(jobId));
    if (!marked)
        return marked.error();
    return marked.value() > 0;
}

Result<int> JobRepository::markAbandoned(const QString &condition, const QVariant &value)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE jobs SET status = ?, end_ms = coalesce(heartbeat_ms, start_ms), "
                                 "error_code = ?, error_message = ?, error_remedy = ? WHERE status = ? AND ")
        + condition);
    query.addBindValue(JobTypes::statusName(JobTypes::Status::Failed));
    query.addBindValue(QStringLiteral("Job.Abandoned"));
    query.addBindValue(tr("The process running this job stopped before the job finished."));
    query.addBindValue(tr("Run the operation again. A backup that was interrupted left no recovery point; its "
                          "leftovers are removed by the next backup of the instance."));
    query.addBindValue(JobTypes::statusName(JobTypes::Status::InProgress));
    query.addBindValue(value);
    if (Result<void> done = Sql::exec(query, tr("mark abandoned jobs")); !done)
        return done.error();
    return query.numRowsAffected();
}

Result<QDateTime> JobRepository::newestStart(const QDateTime &notAfter) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT max(start_ms) FROM jobs WHERE start_ms <= ?"));
    query.addBindValue(notAfter.toMSecsSinceEpoch());
    if (Result<void> done = Sql::exec(query, tr("read the jobs")); !done)
        return done.error();
    return query.next() ? Sql::toTime(query.value(0)) : QDateTime();
}

Result<QList<QDateTime>> JobRepository::startsBetween(const QDateTime &after, const QDateTime &notAfter) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT start_ms FROM jobs WHERE start_ms > ? AND start_ms <= ? ORDER BY start_ms"));
    query.addBindValue(after.toMSecsSinceEpoch());
    query.addBindValue(notAfter.toMSecsSinceEpoch());
    if (Result<void> done = Sql::exec(query, tr("read the jobs")); !done)
        return done.error();
    QList<QDateTime> starts;
    while (query.next())
        starts << Sql::toTime(query.value(0));
    return starts;
}

} // namespace PgVault
