#include "ui/restore/RestorePointPage.h"

#include "models/points/RecoveryPointTableModel.h"
#include "ui/ErrorLabel.h"
#include "ui/RecordTable.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace PgVault {

RestorePointPage::RestorePointPage(RestoreDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_model(new RecoveryPointTableModel(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_periodError(new QLabel(this))
{
    setTitle(tr("Select restore point"));
    setSubTitle(tr("Choose the recovery point to restore. Narrow the list with the time period."));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromEdit->setAccessibleName(tr("Time period from"));
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toEdit->setAccessibleName(tr("Time period to"));
    RecordTable::setUp(m_view, m_model, QStringLiteral("restorePointsView"), tr("Recovery points in the time period"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_countLabel->setObjectName(QStringLiteral("pointCountLabel"));
    m_periodError->setObjectName(QStringLiteral("periodErrorLabel"));
    ErrorLabel::style(m_periodError);
    m_periodError->hide();

    auto *fromLabel = new QLabel(tr("Time period &from:"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_toEdit);
    auto *pointsLabel = new QLabel(tr("Recovery &points:"), this);
    pointsLabel->setBuddy(m_view);
    auto *period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_fromEdit);
    period->addWidget(toLabel);
    period->addWidget(m_toEdit);
    period->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_periodError);
    layout->addWidget(pointsLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_view);

    connect(m_fromEdit, &QDateEdit::dateChanged, this, &RestorePointPage::applyFilter);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &RestorePointPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestorePointPage::completeChanged);
}

QList<RecoveryPoint> RestorePointPage::inPeriod(const QList<RecoveryPoint> &points, QDate from, QDate to)
{
    QList<RecoveryPoint> kept;
    for (const RecoveryPoint &point : points) {
        const QDate date = point.time.toLocalTime().date();
        if (date >= from && date <= to)
            kept << point;
    }
    std::sort(kept.begin(), kept.end(), [](const RecoveryPoint &a, const RecoveryPoint &b) { return a.time > b.time; });
    return kept;
}

void RestorePointPage::initializePage()
{
    QDate to = QDate::currentDate();
    QDate from = to.addDays(-30);
    QString wanted = m_draft.point.instanceId == m_draft.instance.id ? m_draft.point.id : QString();
    if (!m_draft.preselectedPointId.isEmpty()) {
        wanted = m_draft.preselectedPointId;
        m_draft.preselectedPointId.clear();
    }
    for (const RecoveryPoint &point : m_draft.points) {
        const QDate date = point.time.toLocalTime().date();
        if (point.id == wanted && date < from)
            from = date;
        if (date > to)
            to = date;
    }
    const QSignalBlocker fromBlocker(m_fromEdit);
    const QSignalBlocker toBlocker(m_toEdit);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    applyFilter();
    if (!selectPoint(wanted) && m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->setFocus();
}

void RestorePointPage::applyFilter()
{
    const QString selected = m_view->selectionModel()->selectedRows().isEmpty()
        ? QString()
        : m_model->pointAt(m_view->selectionModel()->selectedRows().first().row()).id;
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    if (from > to) {
        m_periodError->setText(tr("The start of the period is after its end."));
        m_periodError->show();
        m_model->setPoints({});
    } else {
        m_periodError->hide();
        m_model->setPoints(inPeriod(m_draft.points, from, to));
        selectPoint(selected);
    }
    m_countLabel->setText(
        tr("%1 of %n recovery point(s) in this period.", nullptr, int(m_draft.points.size())).arg(m_model->rowCount()));
    Q_EMIT completeChanged();
}

bool RestorePointPage::selectPoint(const QString &pointId)
{
    const int row = pointId.isEmpty() ? -1 : m_model->rowOfId(pointId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

bool RestorePointPage::isComplete() const
{
    return !m_view->selectionModel()->selectedRows().isEmpty();
}

bool RestorePointPage::validatePage()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const RecoveryPoint point = m_model->pointAt(rows.first().row());
    if (point.id != m_draft.point.id)
        m_draft.validation.reset();
    m_draft.point = point;
    return true;
}

} // namespace PgVault
