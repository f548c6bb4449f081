#pragma once

#include "models/Clock.h"
#include "models/jobs/Job.h"
#include "models/jobs/JobRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace PgVault {

/// The Jobs view's table: a filtered, sorted window on the catalog's jobs, read a page at a time
/// (canFetchMore/fetchMore) so a catalog with a million jobs opens instantly. Filtering and
/// sorting happen in SQL; running rows are refreshed from the runner's signals and a cheap poll.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InstanceColumn,
        OperationColumn,
        StatusColumn,
        StartColumn,
        DurationColumn,
        DataColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1, ///< the job's id
        StatusRole, ///< JobTypes::Status as int
        ProgressRole, ///< 0..1 for a running job, -1 otherwise
        EtaRole, ///< seconds left for a running job (estimated), -1 if unknown
        SortRole, ///< raw value: names as text, times as UTC QDateTime, durations in ms, bytes
    };
    static constexpr int PageSize = 256;

    explicit JobTableModel(const QSqlDatabase &database, QObject *parent = nullptr);

    /// Re-reads the first page for the new filter.
    void setFilter(const JobFilter &filter);
    JobFilter filter() const { return m_filter; }
    void setSort(const JobSort &sort);
    JobSort currentSort() const { return m_sort; }
    /// "now" for durations and ETAs of running jobs; the clock is injected so tests are stable.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    /// Re-reads the first page (the filter is unchanged).
    void reload();

    Job jobAt(int row) const { return m_jobs.value(row); }
    int rowOfJob(const QString &jobId) const;
    /// The last error reading the catalog, empty when the last read worked.
    QString lastError() const { return m_lastError; }

    /// A running job of this process reported progress (JobRunner::jobProgressed).
    void updateProgress(const QString &jobId, double progress, qint64 bytesTransferred);
    /// Re-reads one job's row from the catalog (JobRunner::jobStarted/jobFinished).
    void refreshJob(const QString &jobId);
    /// The cheap periodic check: re-reads the running rows on screen and inserts jobs newer than
    /// the newest row. Returns the jobs that finished since the last poll.
    QList<Job> poll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// "1 h 5 min", "12 min 15 s", "8 s".
    static QString formatDuration(qint64 ms);

Q_SIGNALS:
    /// A job shown in the table ended (seen by the poll or refreshJob).
    void jobFinished(const PgVault::Job &job);

private:
    QVariant display(const Job &job, int column) const;
    QVariant sortValue(const Job &job, int column) const;
    qint64 durationMs(const Job &job) const;
    void replaceRow(int row, const Job &job);

    JobRepository m_repository;
    JobFilter m_filter;
    JobSort m_sort;
    Clock m_clock;
    QList<Job> m_jobs;
    bool m_atEnd = true;
    /// True while a reset or insertion is being announced: views (and QAbstractItemModelTester)
    /// ask canFetchMore from those signals, and a nested insertion would corrupt the change.
    bool m_changing = false;
    QString m_lastError;
};

} // namespace PgVault
