#include "models/jobs/JobTableModel.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

namespace PgVault {

JobTableModel::JobTableModel(const QSqlDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(database)
    , m_clock(systemClock())
{
}

void JobTableModel::setFilter(const JobFilter &filter)
{
    m_filter = filter;
    reload();
}

void JobTableModel::setSort(const JobSort &sort)
{
    m_sort = sort;
    reload();
}

void JobTableModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_jobs.clear();
    m_atEnd = true;
    const Result<QList<Job>> page = m_repository.list(m_filter, 0, PageSize, m_sort);
    if (page) {
        m_jobs = *page;
        m_atEnd = m_jobs.size() < PageSize;
        m_lastError.clear();
    } else {
        m_lastError = page.error().text();
    }
    endResetModel();
}

int JobTableModel::rowOfJob(const QString &jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

void JobTableModel::replaceRow(int row, const Job &job)
{
    const bool wasRunning = !JobTypes::isFinished(m_jobs.at(row).status);
    m_jobs[row] = job;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (wasRunning && JobTypes::isFinished(job.status))
        Q_EMIT jobFinished(job);
}

void JobTableModel::updateProgress(const QString &jobId, double progress, qint64 bytesTransferred)
{
    const int row = rowOfJob(jobId);
    if (row < 0)
        return;
    Job &job = m_jobs[row];
    job.progress = progress;
    job.bytesTransferred = bytesTransferred;
    job.heartbeat = m_clock();
    Q_EMIT dataChanged(index(row, DurationColumn), index(row, ProgressColumn));
}

void JobTableModel::refreshJob(const QString &jobId)
{
    const Result<std::optional<Job>> found = m_repository.find(jobId);
    if (!found || !found->has_value())
        return;
    const int row = rowOfJob(jobId);
    if (row >= 0) {
        replaceRow(row, **found);
        return;
    }
    // A job this table does not show yet: the poll inserts it if it matches the filter.
    poll();
}

QList<Job> JobTableModel::poll()
{
    QList<Job> finished;
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (JobTypes::isFinished(m_jobs.at(row).status))
            continue;
        const Result<std::optional<Job>> found = m_repository.find(m_jobs.at(row).id);
        if (!found || !found->has_value())
            continue;
        Job job = **found;
        // The list rows carry no output or sub-tasks; keep them as light as the paged ones.
        job.output.clear();
        job.subTasks.clear();
        if (JobTypes::isFinished(job.status))
            finished << job;
        replaceRow(row, job);
    }

    // Jobs started since the newest row: only the default order has them on top.
    const bool newestFirst = m_sort.key == JobSort::Key::StartTime && m_sort.descending;
    JobFilter newer = m_filter;
    if (!m_jobs.isEmpty() && newestFirst)
        newer.since = std::max(m_filter.since, m_jobs.constFirst().start);
    const Result<QList<Job>> fresh = m_repository.list(newer, 0, PageSize, JobSort{});
    if (!fresh)
        return finished;
    QSet<QString> shown;
    for (const Job &job : std::as_const(m_jobs))
        shown.insert(job.id);
    QList<Job> added;
    for (const Job &job : *fresh) {
        if (!shown.contains(job.id))
            added << job;
    }
    if (added.isEmpty())
        return finished;
    if (!newestFirst) {
        reload();
        return finished;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, 0, int(added.size()) - 1);
    m_jobs = added + m_jobs;
    endInsertRows();
    return finished;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

bool JobTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void JobTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const Result<QList<Job>> page = m_repository.list(m_filter, int(m_jobs.size()), PageSize, m_sort);
    if (!page) {
        m_lastError = page.error().text();
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + page->size()) - 1);
    m_jobs << *page;
    endInsertRows();
}

void JobTableModel::sort(int column, Qt::SortOrder order)
{
    JobSort sort;
    sort.descending = order == Qt::DescendingOrder;
    switch (Column(column)) {
    case InstanceColumn:
        sort.key = JobSort::Key::InstanceName;
        break;
    case OperationColumn:
        sort.key = JobSort::Key::Operation;
        break;
    case StatusColumn:
        sort.key = JobSort::Key::Status;
        break;
    case StartColumn:
        sort.key = JobSort::Key::StartTime;
        break;
    case DurationColumn:
        sort.key = JobSort::Key::Duration;
        break;
    case DataColumn:
    case ProgressColumn:
        sort.key = JobSort::Key::BytesTransferred;
        break;
    case ColumnCount:
        return;
    }
    setSort(sort);
}

qint64 JobTableModel::durationMs(const Job &job) const
{
    const QDateTime end = job.end.isValid() ? job.end : m_clock();
    return std::max<qint64>(0, job.start.msecsTo(end));
}

QString JobTableModel::formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QVariant JobTableModel::display(const Job &job, int column) const
{
    switch (Column(column)) {
    case InstanceColumn:
        return job.instanceName;
    case OperationColumn:
        return JobTypes::operationDisplayName(job.operation, job.userTriggered);
    case StatusColumn:
        return JobTypes::statusDisplayName(job.status);
    case StartColumn:
        return QLocale().toString(job.start.toLocalTime(), QLocale::ShortFormat);
    case DurationColumn:
        return formatDuration(durationMs(job));
    case DataColumn:
        return QLocale().formattedDataSize(job.bytesTransferred);
    case ProgressColumn:
        return JobTypes::isFinished(job.status) ? QString() : QStringLiteral("%1%").arg(qRound(job.progress * 100));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableModel::sortValue(const Job &job, int column) const
{
    switch (Column(column)) {
    case InstanceColumn:
        return job.instanceName;
    case OperationColumn:
        return JobTypes::operationName(job.operation);
    case StatusColumn:
        return JobTypes::statusName(job.status);
    case StartColumn:
        return job.start;
    case DurationColumn:
        return durationMs(job);
    case DataColumn:
    case ProgressColumn:
        return job.bytesTransferred;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Job &job = m_jobs.at(index.row());
    const bool running = !JobTypes::isFinished(job.status);
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && job.error)
            return job.error->message;
        return {};
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status);
    case ProgressRole:
        return running ? job.progress : -1.0;
    case EtaRole: {
        if (!running || job.progress <= 0.01)
            return qint64(-1);
        const double elapsed = double(durationMs(job)) / 1000.0;
        return qint64(elapsed * (1.0 - job.progress) / job.progress);
    }
    case SortRole:
        return sortValue(job, index.column());
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case InstanceColumn:
        return tr("Backup instance");
    case OperationColumn:
        return tr("Operation");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Start time");
    case DurationColumn:
        return tr("Duration");
    case DataColumn:
        return tr("Data transferred");
    case ProgressColumn:
        return tr("Progress");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PgVault
