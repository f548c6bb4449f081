#pragma once

#include <QDateTime>
#include <QString>

namespace PgVault {

/// A backup vault as the catalog knows it: where recovery points live.
struct Vault
{
    enum class Kind { Local, AzureBlob };

    QString id; ///< UUID without braces, equal to the id in the vault's vault.json
    QString name;
    Kind kind = Kind::Local;
    QString location; ///< a folder for Local, a container URL for AzureBlob
    QDateTime created; ///< UTC
    /// How many days a soft-deleted recovery point is kept (restorable by undelete) before it is
    /// purged; 0 deletes expired points at once.
    int softDeleteDays = DefaultSoftDeleteDays;

    static constexpr auto DefaultName = "local";
    static constexpr int DefaultSoftDeleteDays = 14;
    static constexpr int MaxSoftDeleteDays = 180;

    static QString kindName(Kind kind)
    {
        return kind == Kind::Local ? QStringLiteral("local") : QStringLiteral("azure-blob");
    }

    bool operator==(const Vault &) const = default;
};

} // namespace PgVault
