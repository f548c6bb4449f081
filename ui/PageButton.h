#pragma once

#include <QPushButton>
#include <QString>

namespace PgVault {

/// The action buttons above a page's table (Configure backup…, Create policy…): named for tests
/// and for screen readers the same way on every page.
class PageButton
{
public:
    /// A button with `text` (its accelerator included), found by `objectName`, read out as
    /// `accessibleName`.
    static QPushButton *make(
        const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
    {
        auto *button = new QPushButton(text, parent);
        button->setObjectName(objectName);
        button->setAccessibleName(accessibleName);
        return button;
    }
};

} // namespace PgVault
