#include "ui/EmptyStatePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PgVault {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    titleLabel->setFont(font);
    titleLabel->setAlignment(Qt::AlignCenter);

    auto *textLabel = new QLabel(explanation, this);
    textLabel->setObjectName(QStringLiteral("emptyStateTextLabel"));
    textLabel->setWordWrap(true);
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(titleLabel);
    layout->addWidget(textLabel, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace PgVault
