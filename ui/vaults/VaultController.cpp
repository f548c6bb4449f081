#include "ui/vaults/VaultController.h"

#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/vaults/VaultRepository.h"
#include "models/vaults/VaultTableModel.h"
#include "ui/Logging.h"

#include <QDir>

namespace PgVault {

VaultController::VaultController(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_model(new VaultTableModel(this))
{
    Q_ASSERT(m_catalog);
}

Result<void> VaultController::refresh()
{
    const VaultRepository repository(m_catalog->database());
    const Result<QList<Vault>> vaults = repository.list();
    if (!vaults)
        return vaults.error();
    const Result<QHash<QString, VaultUsage>> usage = repository.usage();
    if (!usage)
        return usage.error();
    QList<VaultTableModel::Row> rows;
    bool hasDefault = false;
    for (const Vault &vault : vaults.value()) {
        rows << VaultTableModel::Row{vault, true, usage->value(vault.id)};
        hasDefault = hasDefault || vault.name.compare(QLatin1String(Vault::DefaultName), Qt::CaseInsensitive) == 0;
    }
    if (!hasDefault)
        rows.prepend(VaultTableModel::Row{VaultRegistry::planned(Home()), false, {}});
    m_model->setRows(rows);
    Q_EMIT vaultsChanged();
    return {};
}

QList<Error> VaultController::check(const QString &name, const QString &path) const
{
    return VaultRegistry::checkLocal(m_catalog->database(), name, path);
}

Result<Vault> VaultController::createLocal(const QString &name, const QString &path)
{
    Result<Vault> vault = VaultRegistry::createLocal(m_catalog->database(), name, path);
    if (vault)
        refreshAfterChange();
    return vault;
}

Result<void> VaultController::setSoftDeleteDays(const QString &name, int days)
{
    if (Result<void> changed = VaultRepository(m_catalog->database()).setSoftDeleteDays(name, days); !changed)
        return changed;
    refreshAfterChange();
    return {};
}

QString VaultController::suggestedPath(const QString &name) const
{
    return name.isEmpty() ? QString() : QDir::toNativeSeparators(QDir(Home().vaultsPath()).filePath(name));
}

void VaultController::refreshAfterChange()
{
    // The change itself succeeded; a list that cannot be reloaded stays as it was until the next refresh.
    if (const Result<void> refreshed = refresh(); !refreshed)
        qCWarning(lcUi).noquote() << "list not refreshed:" << refreshed.error().text();
}

} // namespace PgVault
