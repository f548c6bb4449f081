#include "ui/policies/PolicyController.h"

#include "models/Catalog.h"
#include "models/policies/PolicyJson.h"
#include "models/policies/PolicyTableModel.h"
#include "ui/Logging.h"

#include <QFile>
#include <QSaveFile>

namespace PgVault {

PolicyController::PolicyController(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_model(new PolicyTableModel(this))
{
    Q_ASSERT(m_catalog);
}

PolicyRepository PolicyController::repository() const
{
    return m_catalog->policies();
}

Result<void> PolicyController::refresh()
{
    const Result<QList<StoredPolicy>> policies = repository().list();
    if (!policies)
        return policies.error();
    m_model->setPolicies(policies.value());
    Q_EMIT policiesChanged();
    return {};
}

QStringList PolicyController::names() const
{
    QStringList names;
    for (const StoredPolicy &stored : m_model->policies())
        names << stored.policy.name();
    return names;
}

bool PolicyController::exists(const QString &name) const
{
    return repository().exists(name);
}

Result<QString> PolicyController::create(const BackupPolicy &policy)
{
    Result<QString> id = repository().create(policy);
    if (id)
        refreshAfterChange();
    return id;
}

Result<void> PolicyController::remove(const QString &name)
{
    Result<void> removed = repository().remove(name);
    if (removed)
        refreshAfterChange();
    return removed;
}

Result<BackupPolicy> PolicyController::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("PolicyFile.Read"),
            tr("Could not read \"%1\": %2.").arg(path, file.errorString()),
            tr("Check that the file exists and that you may read it."),
            path,
            ErrorKind::BadInput};
    }
    return PolicyJson::fromJson(file.readAll());
}

Result<void> PolicyController::writeFile(const BackupPolicy &policy, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PolicyJson::toJson(policy)) < 0 || !file.commit()) {
        return Error{QStringLiteral("PolicyFile.Write"),
            tr("Could not write \"%1\": %2.").arg(path, file.errorString()),
            tr("Choose a folder you may write to, with free space."),
            path};
    }
    return {};
}

void PolicyController::refreshAfterChange()
{
    // The change itself succeeded; a list that cannot be reloaded stays as it was until the next refresh.
    if (const Result<void> refreshed = refresh(); !refreshed)
        qCWarning(lcUi).noquote() << "list not refreshed:" << refreshed.error().text();
}

} // namespace PgVault
