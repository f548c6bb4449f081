#include "ui/jobs/JobDetailsDialog.h"

#include "engine/jobs/JobRunner.h"
#include "models/jobs/JobRepository.h"
#include "models/jobs/JobTableModel.h"
#include "models/vaults/VaultRepository.h"
#include "ui/FileDialog.h"
#include "ui/jobs/JobItemDelegate.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace PgVault {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}

QString detailsText(const QMap<QString, QString> &details)
{
    QStringList lines;
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

JobDetailsDialog::JobDetailsDialog(const QSqlDatabase &database, const Job &job, JobRunner *runner, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_job(job)
    , m_runner(runner)
    , m_clock(systemClock())
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("jobDetailsDialog"));
    setWindowTitle(tr("Job details"));

    auto *header = new QHBoxLayout;
    m_statusIcon = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("jobTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_statusIcon);
    header->addWidget(m_title, 1);

    m_errorBox = new QGroupBox(tr("Error"), this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    auto *errorForm = new QFormLayout(m_errorBox);
    m_errorCode = addField(errorForm, tr("Error code:"), QStringLiteral("errorCodeLabel"));
    m_errorMessage = addField(errorForm, tr("Message:"), QStringLiteral("errorMessageLabel"));
    m_errorAction = addField(errorForm, tr("Recommended action:"), QStringLiteral("errorActionLabel"));

    m_subTasks = new QTableWidget(0, 3, this);
    m_subTasks->setObjectName(QStringLiteral("subTasksTable"));
    m_subTasks->setHorizontalHeaderLabels({tr("Sub-task"), tr("Status"), tr("Progress")});
    m_subTasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subTasks->verticalHeader()->hide();
    m_subTasks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_subTasks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("detailsTabs"));
    tabs->addTab(createSummary(), tr("Summary"));
    tabs->addTab(createOutput(), tr("Output"));

    m_cancel = new QPushButton(tr("Cancel job"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setToolTip(tr("Stop the job. A backup removes its partial recovery point."));
    connect(m_cancel, &QPushButton::clicked, this, &JobDetailsDialog::cancelJob);
    m_openVault = new QPushButton(tr("Open vault folder"), this);
    m_openVault->setObjectName(QStringLiteral("openVaultButton"));
    connect(m_openVault, &QPushButton::clicked, this, &JobDetailsDialog::openVaultFolder);
    m_copyPoint = new QPushButton(tr("Copy recovery point ID"), this);
    m_copyPoint->setObjectName(QStringLiteral("copyPointButton"));
    connect(m_copyPoint, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_job.pointId); });
    m_cancelMessage = new QLabel(this);
    m_cancelMessage->setObjectName(QStringLiteral("cancelMessageLabel"));
    m_cancelMessage->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openVault, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyPoint, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorBox);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_cancelMessage);
    layout->addWidget(buttons);

    connect(m_refresh, &QTimer::timeout, this, &JobDetailsDialog::reload);
    if (m_runner) {
        connect(m_runner, &JobRunner::jobFinished, this, [this](const QString &jobId) {
            if (jobId == m_job.id)
                reload();
        });
    }
    setJob(job);
    // The list rows carry no sub-tasks or output: read the whole job once.
    reload();
    resize(780, 600);
}

void JobDetailsDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    setJob(m_job);
}

QLabel *JobDetailsDialog::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_fields.insert(objectName, value);
    return value;
}

QWidget *JobDetailsDialog::createSummary()
{
    auto *page = new QWidget(this);
    auto *left = new QFormLayout;
    addField(left, tr("Job ID:"), QStringLiteral("jobIdLabel"));
    addField(left, tr("Activity ID:"), QStringLiteral("activityIdLabel"));
    addField(left, tr("Operation:"), QStringLiteral("operationLabel"));
    addField(left, tr("Triggered:"), QStringLiteral("triggeredLabel"));
    addField(left, tr("Status:"), QStringLiteral("statusLabel"));
    addField(left, tr("Start time:"), QStringLiteral("startLabel"));
    addField(left, tr("End time:"), QStringLiteral("endLabel"));
    addField(left, tr("Duration:"), QStringLiteral("durationLabel"));
    auto *right = new QFormLayout;
    addField(right, tr("Backup instance:"), QStringLiteral("instanceLabel"));
    addField(right, tr("Datasource:"), QStringLiteral("datasourceLabel"));
    addField(right, tr("Datasource type:"), QStringLiteral("datasourceTypeLabel"));
    addField(right, tr("Vault:"), QStringLiteral("vaultLabel"));
    addField(right, tr("Policy:"), QStringLiteral("policyLabel"));
    addField(right, tr("Retention tag:"), QStringLiteral("retentionTagLabel"));
    addField(right, tr("Data transferred:"), QStringLiteral("dataLabel"));
    addField(right, tr("Recovery point:"), QStringLiteral("pointLabel"));
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto *extra = new QFormLayout;
    addField(extra, tr("Additional details:"), QStringLiteral("additionalDetailsLabel"));
    auto *tasksLabel = new QLabel(tr("Sub-tasks:"), page);
    tasksLabel->setBuddy(m_subTasks);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns);
    layout->addLayout(extra);
    layout->addSpacing(6);
    layout->addWidget(tasksLabel);
    layout->addWidget(m_subTasks, 1);
    return page;
}

QWidget *JobDetailsDialog::createOutput()
{
    auto *page = new QWidget(this);
    m_output = new QPlainTextEdit(page);
    m_output->setObjectName(QStringLiteral("outputText"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The tools wrote nothing."));
    auto *copy = new QPushButton(tr("Copy"), page);
    copy->setObjectName(QStringLiteral("copyOutputButton"));
    connect(
        copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_output->toPlainText()); });
    auto *save = new QPushButton(tr("Save…"), page);
    save->setObjectName(QStringLiteral("saveOutputButton"));
    connect(save, &QPushButton::clicked, this, &JobDetailsDialog::saveOutput);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(copy);
    row->addWidget(save);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_output, 1);
    layout->addLayout(row);
    return page;
}

void JobDetailsDialog::reload()
{
    const Result<std::optional<Job>> found = JobRepository(m_database).find(m_job.id);
    if (found && found->has_value())
        setJob(**found);
}

void JobDetailsDialog::setJob(const Job &job)
{
    m_job = job;
    const bool running = !JobTypes::isFinished(job.status);
    const QString operation = JobTypes::operationDisplayName(job.operation, job.userTriggered);
    m_title->setText(tr("%1 of %2").arg(operation, job.instanceName));
    m_statusIcon->setPixmap(JobItemDelegate::statusIcon(job.status).pixmap(24, 24));
    m_fields[QStringLiteral("jobIdLabel")]->setText(job.id);
    m_fields[QStringLiteral("activityIdLabel")]->setText(job.activityId);
    m_fields[QStringLiteral("operationLabel")]->setText(operation);
    m_fields[QStringLiteral("triggeredLabel")]->setText(job.userTriggered ? tr("By a user") : tr("By the schedule"));
    m_fields[QStringLiteral("statusLabel")]->setText(running
            ? tr("%1 (%2%)").arg(JobTypes::statusDisplayName(job.status)).arg(qRound(job.progress * 100))
            : JobTypes::statusDisplayName(job.status));
    m_fields[QStringLiteral("startLabel")]->setText(localTime(job.start));
    m_fields[QStringLiteral("endLabel")]->setText(running ? tr("Still running") : localTime(job.end));
    const QDateTime end = job.end.isValid() ? job.end : m_clock();
    m_fields[QStringLiteral("durationLabel")]->setText(JobTableModel::formatDuration(job.start.msecsTo(end)));
    m_fields[QStringLiteral("instanceLabel")]->setText(job.instanceName);
    m_fields[QStringLiteral("datasourceLabel")]->setText(job.datasourceName);
    m_fields[QStringLiteral("datasourceTypeLabel")]->setText(job.datasourceType);
    m_fields[QStringLiteral("vaultLabel")]->setText(job.vaultName);
    m_fields[QStringLiteral("policyLabel")]->setText(job.policyName.isEmpty() ? tr("None") : job.policyName);
    m_fields[QStringLiteral("retentionTagLabel")]->setText(job.retentionTag.isEmpty() ? tr("None") : job.retentionTag);
    m_fields[QStringLiteral("dataLabel")]->setText(QLocale().formattedDataSize(job.bytesTransferred));
    m_fields[QStringLiteral("pointLabel")]->setText(job.pointId.isEmpty() ? tr("None") : job.pointId);
    m_fields[QStringLiteral("additionalDetailsLabel")]->setText(
        job.additionalDetails.isEmpty() ? tr("None") : detailsText(job.additionalDetails));

    m_errorBox->setVisible(job.error.has_value());
    if (job.error) {
        m_errorCode->setText(job.error->code);
        m_errorMessage->setText(job.error->message);
        m_errorAction->setText(job.error->remedy);
    }

    m_subTasks->setRowCount(int(job.subTasks.size()));
    for (int row = 0; row < job.subTasks.size(); ++row) {
        const SubTask &task = job.subTasks.at(row);
        auto *name = new QTableWidgetItem(task.name);
        name->setToolTip(detailsText(task.details));
        m_subTasks->setItem(row, 0, name);
        m_subTasks->setItem(row,
            1,
            new QTableWidgetItem(JobItemDelegate::statusIcon(task.status), JobTypes::statusDisplayName(task.status)));
        m_subTasks->setItem(row, 2, new QTableWidgetItem(tr("%1%").arg(qRound(task.progress * 100))));
    }
    if (m_output->toPlainText() != job.output)
        m_output->setPlainText(job.output);

    m_cancel->setVisible(running);
    m_copyPoint->setEnabled(!job.pointId.isEmpty());
    const Result<std::optional<Vault>> vault = VaultRepository(m_database).find(job.vaultName);
    m_openVault->setEnabled(vault && vault->has_value() && (*vault)->kind == Vault::Kind::Local);
    if (running && !m_refresh->isActive())
        m_refresh->start(1000);
    else if (!running)
        m_refresh->stop();
}

void JobDetailsDialog::cancelJob()
{
    if (m_runner && m_runner->runningJobs().contains(m_job.id)) {
        m_runner->cancel(m_job.id);
    } else if (Result<void> requested = JobRepository(m_database).requestCancel(m_job.id); !requested) {
        m_cancelMessage->setText(requested.error().text());
        return;
    }
    m_cancel->setEnabled(false);
    m_cancelMessage->setText(tr("Cancelling… the job stops within seconds."));
}

void JobDetailsDialog::saveOutput()
{
    const QString fileName = FileDialog::saveFileName(
        this, tr("Save job output"), QStringLiteral("job-%1.log").arg(m_job.id), tr("Log files (*.log *.txt)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_output->toPlainText().toUtf8()) < 0) {
        m_cancelMessage->setText(tr("Could not save the output to %1: %2").arg(fileName, file.errorString()));
        return;
    }
    m_cancelMessage->setText(tr("Output saved to %1.").arg(fileName));
}

void JobDetailsDialog::openVaultFolder()
{
    const Result<std::optional<Vault>> vault = VaultRepository(m_database).find(m_job.vaultName);
    if (vault && vault->has_value())
        QDesktopServices::openUrl(QUrl::fromLocalFile((*vault)->location));
}

} // namespace PgVault
