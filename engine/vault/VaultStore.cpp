#include "engine/vault/VaultStore.h"

#include <QRegularExpression>

namespace PgVault {

Result<void> VaultStore::checkName(const QString &name, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    const bool reserved = name.endsWith(QStringLiteral(".partial")) || name.endsWith(QStringLiteral(".deleting"))
        || name.endsWith(QStringLiteral(".tmp"));
    if (pattern.match(name).hasMatch() && !reserved)
        return {};
    return Error{QStringLiteral("Vault.BadName"),
        tr("The %1 \"%2\" cannot be used as a vault folder name.").arg(what, name),
        tr("Use 1 to 128 letters, digits, '_', '.' or '-', starting with a letter or digit."),
        what,
        ErrorKind::BadInput};
}

Result<void> VaultStore::checkFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.%-]{0,254}$"));
    if (pattern.match(fileName).hasMatch() && fileName != QString::fromLatin1(PointManifest::FileName)
        && !fileName.endsWith(QStringLiteral(".tmp")))
        return {};
    return Error{QStringLiteral("Vault.BadFileName"),
        tr("\"%1\" is not a valid recovery point file name.").arg(fileName),
        tr("This is a bug in PgVault; please report it."),
        QStringLiteral("fileName"),
        ErrorKind::Internal};
}

Error VaultStore::diskFullError(const QString &path)
{
    return {QStringLiteral("Vault.DiskFull"),
        tr("The disk holding the vault is full: writing %1 failed.").arg(path),
        tr("Free space on that disk or choose another vault."),
        QString()};
}

Error VaultStore::writeError(const QString &path, const QString &reason)
{
    return {QStringLiteral("Vault.WriteFailed"),
        tr("Writing %1 failed: %2.").arg(path, reason),
        tr("Check that the vault's disk or share is available and healthy, then run the backup again."),
        QString()};
}

} // namespace PgVault
