#include "ui/instances/RecoveryPointsPanel.h"

#include "models/points/RecoveryPointTableModel.h"
#include "ui/ErrorLabel.h"
#include "ui/RecordTable.h"
#include "ui/instances/DeletedPointDelegate.h"
#include "ui/instances/PointExplanation.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace PgVault {

RecoveryPointsPanel::RecoveryPointsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecoveryPointTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_titleLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_explanationLabel(new QLabel(this))
    , m_restoreButton(new QPushButton(tr("Re&store…"), this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_testRestoreButton(new QPushButton(tr("&Test restore"), this))
    , m_undeleteButton(new QPushButton(tr("&Undelete"), this))
    , m_showDeletedBox(new QCheckBox(tr("Show &deleted"), this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    m_titleLabel->setObjectName(QStringLiteral("pointsLabel"));
    m_titleLabel->setBuddy(m_view);
    RecordTable::setUpSorted(m_view,
        m_proxy,
        m_model,
        RecoveryPointTableModel::SortRole,
        RecoveryPointTableModel::TimeColumn,
        Qt::DescendingOrder,
        QStringLiteral("recoveryPointsView"),
        tr("Recovery points"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegate(new DeletedPointDelegate(m_view));

    m_explanationLabel->setObjectName(QStringLiteral("pointExplanationLabel"));
    m_explanationLabel->setAccessibleName(tr("Why is this kept?"));
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *explanationBox = new QGroupBox(tr("Why is this kept?"), this);
    explanationBox->setObjectName(QStringLiteral("pointExplanationBox"));
    auto *explanationLayout = new QVBoxLayout(explanationBox);
    explanationLayout->addWidget(m_explanationLabel, 1);
    explanationBox->setMinimumWidth(240);

    m_restoreButton->setObjectName(QStringLiteral("restorePointButton"));
    m_restoreButton->setAccessibleName(tr("Restore the selected recovery point"));
    m_verifyButton->setObjectName(QStringLiteral("verifyPointButton"));
    m_verifyButton->setAccessibleName(tr("Verify the selected recovery point"));
    m_testRestoreButton->setObjectName(QStringLiteral("testRestorePointButton"));
    m_testRestoreButton->setAccessibleName(tr("Test restore of the selected recovery point"));
    m_undeleteButton->setObjectName(QStringLiteral("undeletePointButton"));
    m_undeleteButton->setAccessibleName(tr("Undelete the selected recovery point"));
    m_undeleteButton->hide();
    m_showDeletedBox->setObjectName(QStringLiteral("showDeletedCheckBox"));
    m_showDeletedBox->setToolTip(tr("Also list the recovery points expiry moved to deleted; they can be undeleted "
                                    "until they are purged."));
    m_progressBar->setObjectName(QStringLiteral("pointJobProgressBar"));
    m_progressBar->setAccessibleName(tr("Recovery point job progress"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setMaximumWidth(200);
    m_progressBar->hide();
    m_statusLabel->setObjectName(QStringLiteral("pointJobStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_errorLabel->setObjectName(QStringLiteral("pointActionErrorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_errorLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_titleLabel, 1);
    buttons->addWidget(m_showDeletedBox);
    for (QPushButton *button : {m_restoreButton, m_verifyButton, m_testRestoreButton, m_undeleteButton})
        buttons->addWidget(button);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressBar);
    progress->addWidget(m_statusLabel, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(explanationBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_errorLabel);
    layout->addWidget(splitter, 1);

    setTabOrder(m_view, m_restoreButton);
    setTabOrder(m_restoreButton, m_verifyButton);
    setTabOrder(m_verifyButton, m_testRestoreButton);
    setTabOrder(m_testRestoreButton, m_undeleteButton);

    connect(m_restoreButton, &QPushButton::clicked, this, &RecoveryPointsPanel::restoreSelected);
    connect(m_verifyButton, &QPushButton::clicked, this, &RecoveryPointsPanel::verifySelected);
    connect(m_testRestoreButton, &QPushButton::clicked, this, &RecoveryPointsPanel::testRestoreSelected);
    connect(m_undeleteButton, &QPushButton::clicked, this, &RecoveryPointsPanel::undeleteSelected);
    connect(m_showDeletedBox, &QCheckBox::toggled, this, &RecoveryPointsPanel::showDeletedChanged);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecoveryPointsPanel::updateSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecoveryPointsPanel::updateSelection);
    clear();
}

void RecoveryPointsPanel::clear()
{
    m_instance.reset();
    m_model->setPoints({});
    m_titleLabel->setText(tr("Recovery &points: select a backup instance."));
}

void RecoveryPointsPanel::setPoints(
    const BackupInstance &instance, const Result<QList<RecoveryPoint>> &points, const QTimeZone &policyZone)
{
    m_policyZone = policyZone;
    const std::optional<RecoveryPoint> selected
        = m_instance && m_instance->id == instance.id ? selectedPoint() : std::nullopt;
    m_instance = instance;
    if (!points) {
        m_model->setPoints({});
        m_titleLabel->setText(
            tr("Recovery &points of \"%1\" could not be read: %2").arg(instance.name, points.error().text()));
        return;
    }
    m_model->setPoints(points.value(), instance.protection == BackupInstance::Protection::StoppedRetainForever);
    m_titleLabel->setText(points->isEmpty()
            ? tr("Recovery &points of \"%1\": none yet. Use Backup now or wait for the schedule.").arg(instance.name)
            : tr("Recovery &points of \"%1\":").arg(instance.name));
    if (selected)
        selectPoint(selected->id);
    else if (!points->isEmpty())
        m_view->selectRow(0);
}

std::optional<RecoveryPoint> RecoveryPointsPanel::selectedPoint() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->pointAt(m_proxy->mapToSource(rows.first()).row());
}

bool RecoveryPointsPanel::selectPoint(const QString &pointId)
{
    const int row = m_model->rowOfId(pointId);
    if (row < 0)
        return false;
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void RecoveryPointsPanel::updateSelection()
{
    const std::optional<RecoveryPoint> point = selectedPoint();
    m_restoreButton->setToolTip(tr("Restore this point as files or to a PostgreSQL server."));
    m_verifyButton->setToolTip(tr("Re-read every file of the point and check its size and checksum."));
    m_testRestoreButton->setToolTip(
        tr("Restore the point into a scratch server on this machine and compare every table's row count."));
    const bool deleted = point && point->isDeleted();
    for (QPushButton *button : {m_restoreButton, m_verifyButton, m_testRestoreButton}) {
        button->setEnabled(point.has_value() && !deleted);
        if (!point)
            button->setToolTip(tr("Select a recovery point first."));
        else if (deleted)
            button->setToolTip(tr("The point is deleted: undelete it first."));
    }
    m_undeleteButton->setVisible(deleted);
    m_undeleteButton->setEnabled(deleted);
    m_undeleteButton->setToolTip(tr("Bring the point back so it can be restored; it is kept at least a day from now."));
    if (deleted) {
        m_explanationLabel->setText(tr("Moved to deleted by expiry on %1; purged on %2 unless undeleted before. A "
                                       "deleted point is not restored or verified.")
                                        .arg(QLocale().toString(point->deleted.toLocalTime(), QLocale::ShortFormat),
                                            QLocale().toString(point->purgeAfter.toLocalTime(), QLocale::ShortFormat)));
        return;
    }
    m_explanationLabel->setText(point ? PointExplanation::text(*point, m_policyZone) : tr("Select a recovery point."));
}

void RecoveryPointsPanel::restoreSelected()
{
    const std::optional<RecoveryPoint> point = selectedPoint();
    if (m_instance && point && !point->isDeleted())
        Q_EMIT restoreRequested(*m_instance, point->id);
}

void RecoveryPointsPanel::undeleteSelected()
{
    const std::optional<RecoveryPoint> point = selectedPoint();
    if (!m_instance || !point || !point->isDeleted())
        return;
    m_errorLabel->hide();
    Q_EMIT undeleteRequested(*m_instance, point->id);
}

bool RecoveryPointsPanel::showsDeleted() const
{
    return m_showDeletedBox->isChecked();
}

void RecoveryPointsPanel::showActionError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

void RecoveryPointsPanel::verifySelected()
{
    startVerify(false);
}

void RecoveryPointsPanel::testRestoreSelected()
{
    startVerify(true);
}

void RecoveryPointsPanel::startVerify(bool testRestore)
{
    const std::optional<RecoveryPoint> point = selectedPoint();
    if (!m_instance || !point || point->isDeleted())
        return;
    m_errorLabel->hide();
    const QString what = testRestore
        ? tr("Test restore of the point of %1").arg(QLocale().toString(point->time.toLocalTime(), QLocale::ShortFormat))
        : tr("Verification of the point of %1")
              .arg(QLocale().toString(point->time.toLocalTime(), QLocale::ShortFormat));
    if (!m_starter) {
        m_errorLabel->setText(
            tr("%1 not started: the job engine is not available in this window. Restart PgVault.").arg(what));
        m_errorLabel->show();
        return;
    }
    m_starter(*m_instance, point->id, testRestore, this, [this, what](const Result<QString> &jobId) {
        if (!jobId) {
            m_errorLabel->setText(tr("%1 not started: %2").arg(what, jobId.error().text()));
            m_errorLabel->show();
            return;
        }
        trackJob(jobId.value(), what);
    });
}

void RecoveryPointsPanel::trackJob(const QString &jobId, const QString &description)
{
    m_jobs.insert(jobId, description);
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(tr("%1: running…").arg(description));
    m_statusLabel->show();
    Q_EMIT statusMessage(tr("%1 started.").arg(description));
}

void RecoveryPointsPanel::showJobProgress(const QString &jobId, double progress, qint64 bytesTransferred)
{
    if (!m_jobs.contains(jobId))
        return;
    m_progressBar->setValue(qRound(progress * 100));
    m_statusLabel->setText(tr("%1: %2 read…").arg(m_jobs.value(jobId), QLocale().formattedDataSize(bytesTransferred)));
}

void RecoveryPointsPanel::showJobFinished(const QString &jobId, JobTypes::Status status)
{
    if (!m_jobs.contains(jobId))
        return;
    const QString what = m_jobs.take(jobId);
    m_progressBar->setVisible(!m_jobs.isEmpty());
    const QString text = tr("%1: %2. The Jobs page shows every detail.").arg(what, JobTypes::statusDisplayName(status));
    m_statusLabel->setText(text);
    Q_EMIT statusMessage(text);
    Q_EMIT pointsChanged();
}

} // namespace PgVault
