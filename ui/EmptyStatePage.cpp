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

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(titleLabel);
    // No alignment flag here: a layout item with one gives a word-wrapped label its narrow size
    // hint instead of its height for the full width, which clipped the text.
    layout->addWidget(textLabel);
    layout->addStretch(2);
}

} // namespace PgVault
