#pragma once

#include "models/Clock.h"
#include "models/jobs/Job.h"
#include "models/jobs/JobRepository.h"

#include <QMap>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace PgVault {

class JobDetailsDialog;
class JobNotifier;
class JobRunner;
class JobTableModel;

/// The Jobs page: the jobs of a time range (last 24 hours by default) with status, operation and
/// instance filters, status tiles that count and filter, live progress of running jobs, and the
/// details of a job on Enter or double-click. Everything is read from the catalog a page at a time.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Last24Hours, Last7Days, Last30Days, Custom };
    /// How often the page re-reads running jobs and looks for new ones.
    static constexpr int PollIntervalMs = 2000;
    /// How often the runner is asked to mark jobs of dead processes Failed (on its own thread).
    static constexpr int SweepIntervalMs = 30 * 1000;

    /// `runner` (may be null) is this process's runner: its signals refresh rows at once, and it
    /// marks the jobs of dead processes Failed. `clock` is "now" (tests inject one; empty = the
    /// system clock).
    JobsPage(const QSqlDatabase &database, JobRunner *runner, QWidget *parent = nullptr, Clock clock = {});

    /// Tests inject "now"; the filter is re-applied.
    void setClock(Clock clock);
    JobTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    JobNotifier *notifier() const { return m_notifier; }
    JobFilter currentFilter() const;
    /// Opens a job's details (non-modal); returns the dialog, or null for an unknown job.
    JobDetailsDialog *openDetails(const QString &jobId);
    /// Re-reads running jobs, new jobs and the counts; the timer calls it.
    void poll();
    /// Counts per status for the current range and filters, ignoring the status filter.
    QMap<JobTypes::Status, int> statusCounts() const { return m_counts; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createTiles();
    void applyFilter();
    void fitColumns();
    void updateCounts();
    void updateInstances();
    void setStatusFilter(int statusIndex);
    void sweepAbandoned();
    void onJobFinished(const Job &job);

    QSqlDatabase m_database;
    JobRunner *m_runner;
    Clock m_clock;
    JobTableModel *m_model;
    JobNotifier *m_notifier;
    QTimer *m_poll;
    QTimer *m_sweep;
    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_operation = nullptr;
    QComboBox *m_instance = nullptr;
    QButtonGroup *m_tiles = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QMap<JobTypes::Status, int> m_counts;
    bool m_countsStale = false;
};

} // namespace PgVault
