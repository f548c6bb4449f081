#include "ui/InstanceController.h"

#include "engine/Credentials.h"
#include "engine/DefaultVault.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/InstanceRepository.h"
#include "models/InstanceTableModel.h"
#include "models/JobRepository.h"
#include "models/PointRepository.h"
#include "models/PolicyRepository.h"
#include "models/VaultRepository.h"

#include <QHash>
#include <QUuid>

namespace PgVault {

InstanceController::InstanceController(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_credentials(new Credentials(this))
    , m_model(new InstanceTableModel(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(m_catalog);
}

Result<void> InstanceController::refresh()
{
    const Result<QList<BackupInstance>> instances = InstanceRepository(m_catalog->database()).list();
    if (!instances)
        return instances.error();
    const Result<QList<StoredPolicy>> policies = m_catalog->policies().list();
    if (!policies)
        return policies.error();
    QHash<QString, WeeklySchedule> schedules;
    for (const StoredPolicy &stored : policies.value())
        schedules.insert(stored.id, stored.policy.schedule());

    const PointRepository points(m_catalog->database());
    const JobRepository jobs(m_catalog->database());
    QList<InstanceTableModel::Row> rows;
    for (const BackupInstance &instance : instances.value()) {
        InstanceTableModel::Row row;
        row.instance = instance;
        if (schedules.contains(instance.policyId))
            row.schedule = schedules.value(instance.policyId);
        if (const Result<QList<RecoveryPoint>> list = points.listForInstance(instance.id); list && !list->isEmpty())
            row.lastPoint = list->first();
        JobFilter filter;
        filter.instanceName = instance.name;
        filter.operation = JobTypes::Operation::Backup;
        if (const Result<QList<Job>> last = jobs.list(filter, 0, 1); last && !last->isEmpty()) {
            row.backupRunning = last->first().status == JobTypes::Status::InProgress;
            row.lastBackupFailed = last->first().status == JobTypes::Status::Failed;
        }
        rows << row;
    }
    m_model->setRows(rows, m_clock());
    Q_EMIT instancesChanged();
    return {};
}

QStringList InstanceController::names() const
{
    QStringList names;
    for (const InstanceTableModel::Row &row : m_model->rows())
        names << row.instance.name;
    return names;
}

QList<ConfigureBackupDraft::VaultOption> InstanceController::vaultOptions() const
{
    QList<ConfigureBackupDraft::VaultOption> options;
    bool hasDefault = false;
    if (const Result<QList<Vault>> vaults = VaultRepository(m_catalog->database()).list()) {
        for (const Vault &vault : vaults.value()) {
            options << ConfigureBackupDraft::VaultOption{vault, true};
            hasDefault = hasDefault || vault.name == QLatin1String(Vault::DefaultName);
        }
    }
    if (!hasDefault)
        options.prepend(ConfigureBackupDraft::VaultOption{DefaultVault::planned(Home()), false});
    return options;
}

Result<QList<RecoveryPoint>> InstanceController::points(const QString &instanceId) const
{
    return PointRepository(m_catalog->database()).listForInstance(instanceId);
}

Result<std::optional<BackupInstance>> InstanceController::find(const QString &instanceId) const
{
    return InstanceRepository(m_catalog->database()).findById(instanceId);
}

Result<void> InstanceController::checkCanCreate(const BackupInstance &instance) const
{
    if (const QList<Error> errors = InstanceRepository::validate(instance); !errors.isEmpty())
        return errors.first();
    const Result<std::optional<BackupInstance>> existing
        = InstanceRepository(m_catalog->database()).find(instance.name);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error{QStringLiteral("Instance.DuplicateName"),
            tr("A backup instance named \"%1\" already exists.").arg(instance.name),
            tr("Choose another name, or remove the existing instance first."),
            QStringLiteral("name")};
    }
    return {};
}

Result<Vault> InstanceController::ensureVault(const BackupInstance &instance) const
{
    // The default vault is created and registered on first use; any other must be registered.
    return DefaultVault::resolve(m_catalog->database(), Home(), instance.vaultName);
}

void InstanceController::configure(BackupInstance instance, const QString &password, const QObject *context, Done done)
{
    if (instance.id.isEmpty())
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!instance.created.isValid())
        instance.created = QDateTime::currentDateTimeUtc();
    if (Result<void> ok = checkCanCreate(instance); !ok) {
        done(ok);
        return;
    }
    // The password goes to the keychain first: an instance whose secret is missing could never run.
    m_credentials->write(Credentials::serverPasswordKey(instance.id),
        password,
        context,
        [this, instance, context, done](const CredentialResult &written) {
            if (!written.ok()) {
                done(written.error());
                return;
            }
            BackupInstance saved = instance;
            Result<void> created = [&]() -> Result<void> {
                const Result<Vault> vault = ensureVault(saved);
                if (!vault)
                    return vault.error();
                saved.vaultId = vault->id;
                saved.vaultName = vault->name;
                return InstanceRepository(m_catalog->database()).create(saved);
            }();
            if (!created) {
                // Keep the promise "a failure stores nothing": take the secret back out.
                m_credentials->remove(
                    Credentials::serverPasswordKey(saved.id), context, [](const CredentialResult &) {});
                done(created);
                return;
            }
            refresh();
            done({});
        });
}

void InstanceController::remove(const BackupInstance &instance, const QObject *context, Done done)
{
    if (Result<void> removed = InstanceRepository(m_catalog->database()).remove(instance.id); !removed) {
        done(removed);
        return;
    }
    refresh();
    m_credentials->remove(
        Credentials::serverPasswordKey(instance.id), context, [instance, done](const CredentialResult &result) {
            if (result.ok() || result.code == CredentialResult::Code::NotFound) {
                done({});
                return;
            }
            Error error = result.error();
            error.message = tr("The backup instance \"%1\" was removed, but its password is still in the "
                               "keychain: %2")
                                .arg(instance.name, result.message);
            done(error);
        });
}

} // namespace PgVault
