#include "ui/instances/ReadinessResultsWidget.h"

#include "engine/instances/InstanceReadiness.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace PgVault {

namespace {

using Kind = ReadinessReport::CheckKind;
using Status = ReadinessReport::Status;

const QList<Kind> AllKinds{Kind::Connection, Kind::Version, Kind::Privileges, Kind::Vault, Kind::Space};

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("password");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Version:
        return QStringLiteral("version");
    case Kind::Privileges:
        return QStringLiteral("privileges");
    case Kind::Vault:
        return QStringLiteral("vault");
    case Kind::Space:
        return QStringLiteral("space");
    }
    return {};
}

} // namespace

ReadinessResultsWidget::ReadinessResultsWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(2, 1);
    int row = 0;
    for (Kind kind : AllKinds) {
        auto *icon = new QLabel(this);
        icon->setObjectName(kindKey(kind) + QStringLiteral("StatusIcon"));
        icon->setFixedSize(20, 20);
        auto *title = new QLabel(InstanceReadiness::title(kind), this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *text = new QLabel(this);
        text->setObjectName(kindKey(kind) + QStringLiteral("CheckLabel"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(InstanceReadiness::title(kind));
        layout->addWidget(icon, row, 0, Qt::AlignTop);
        layout->addWidget(title, row, 1, Qt::AlignTop);
        layout->addWidget(text, row, 2, Qt::AlignTop);
        m_rows.insert(kind, Row{icon, text});
        ++row;
    }
    layout->setRowStretch(row, 1);
    clear();
}

QString ReadinessResultsWidget::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return tr("Passed");
    case Status::Warning:
        return tr("Warning");
    case Status::Failed:
        return tr("Failed");
    case Status::NotRun:
        return tr("Not checked");
    }
    return {};
}

void ReadinessResultsWidget::clear()
{
    for (Kind kind : AllKinds)
        setRow(ReadinessReport::Check{kind, Status::NotRun, tr("Not checked yet."), {}, {}});
}

void ReadinessResultsWidget::setReport(const ReadinessReport &report)
{
    for (Kind kind : AllKinds)
        setRow(report.check(kind));
}

void ReadinessResultsWidget::setRow(const ReadinessReport::Check &check)
{
    const Row &row = m_rows[check.kind];
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (check.status) {
    case Status::Passed:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Status::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Status::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case Status::NotRun:
        pixmap = QStyle::SP_MessageBoxQuestion;
        break;
    }
    row.icon->setPixmap(style()->standardIcon(pixmap).pixmap(QSize(16, 16)));
    row.icon->setAccessibleName(statusName(check.status));
    row.icon->setToolTip(statusName(check.status));
    QString text = check.message;
    if (!check.remedy.isEmpty())
        text += QLatin1Char('\n') + check.remedy;
    row.text->setText(text);
    row.text->setAccessibleDescription(statusName(check.status));
}

} // namespace PgVault
