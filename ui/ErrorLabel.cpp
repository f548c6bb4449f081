#include "ui/ErrorLabel.h"

#include <QLabel>

namespace PgVault {

void ErrorLabel::style(QLabel *label)
{
    // A fixed red that stays readable on light and dark palettes alike.
    label->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    label->setWordWrap(true);
    // A wrapped message given more height than it needs stays under its field, not adrift.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleDescription(tr("Validation message"));
}

} // namespace PgVault
