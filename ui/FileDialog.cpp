#include "ui/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace PgVault {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> next;
    return next;
}

} // namespace

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QString FileDialog::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    const QString start
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &start)
{
    QString folder;
    if (takeNext(&folder))
        return folder;
    return QFileDialog::getExistingDirectory(
        parent, caption, start.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : start);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

bool FileDialog::takeNext(QString *fileName)
{
    if (!nextFileName())
        return false;
    *fileName = *nextFileName();
    nextFileName().reset();
    return true;
}

} // namespace PgVault
