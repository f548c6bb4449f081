#pragma once

#include "models/Clock.h"
#include "models/jobs/Job.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace PgVault {

class JobRunner;

/// The drill-down of one job (Jobs page → Enter): every field, the sub-tasks, the error with its
/// recommended action and the captured tool output; Cancel for a running job. A running job's
/// view re-reads the catalog every second.
class JobDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `runner` may be null (no job of this process can be running then).
    JobDetailsDialog(const QSqlDatabase &database, const Job &job, JobRunner *runner, QWidget *parent = nullptr);

    Job job() const { return m_job; }
    void setClock(Clock clock);

private:
    void setJob(const Job &job);
    void reload();
    void cancelJob();
    void saveOutput();
    void openVaultFolder();
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);
    QWidget *createSummary();
    QWidget *createOutput();

    QSqlDatabase m_database;
    Job m_job;
    JobRunner *m_runner;
    Clock m_clock;
    QTimer *m_refresh;
    QLabel *m_title = nullptr;
    QLabel *m_statusIcon = nullptr;
    QGroupBox *m_errorBox = nullptr;
    QLabel *m_errorCode = nullptr;
    QLabel *m_errorMessage = nullptr;
    QLabel *m_errorAction = nullptr;
    QTableWidget *m_subTasks = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openVault = nullptr;
    QPushButton *m_copyPoint = nullptr;
    QLabel *m_cancelMessage = nullptr;
    QMap<QString, QLabel *> m_fields;
};

} // namespace PgVault
