#pragma once

#include <QString>

class QWidget;

namespace PgVault {

/// The one place the UI asks for a file name. Tests set the next answer instead of driving a
/// native dialog (KeePassXC's FileDialog::setNextFileName).
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);

    /// An existing folder; `start` is where the chooser opens (Documents when empty).
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &start);

    /// The next call returns this name (an empty string means "cancelled") without a dialog.
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};

} // namespace PgVault
