#include "engine/instances/InstanceProtection.h"

#include "engine/vault/VaultRegistry.h"
#include "models/instances/InstanceLeases.h"
#include "models/instances/InstanceRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/Vault.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>
#include <QUuid>

namespace PgVault {

namespace {

/// `done` as a callback that does nothing once `context` (when given) is gone: the work itself
/// always finishes, only the report is dropped.
template <typename Callback>
Callback guarded(const QObject *context, Callback done)
{
    if (!context)
        return done;
    return [guard = QPointer<const QObject>(context), done](const auto &result) {
        if (guard)
            done(result);
    };
}

} // namespace

InstanceProtection::InstanceProtection(QSqlDatabase database, Home home, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_home(std::move(home))
    , m_credentials(new Credentials(this))
{
}

Result<BackupInstance> InstanceProtection::prepare(BackupInstance instance) const
{
    if (instance.id.isEmpty())
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!instance.created.isValid())
        instance.created = QDateTime::currentDateTimeUtc();
    if (const QList<Error> errors = InstanceRepository::validate(instance); !errors.isEmpty())
        return errors.first();
    const InstanceRepository instances(m_database);
    const Result<std::optional<BackupInstance>> existing = instances.find(instance.name);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error{QStringLiteral("Instance.DuplicateName"),
            InstanceRepository::tr("A backup instance named \"%1\" already exists.").arg(instance.name),
            InstanceRepository::tr("Choose another name, or remove the existing instance first."),
            QStringLiteral("name"),
            ErrorKind::BadInput};
    }
    // The wizard knows the policy's id, pgvaultctl its name.
    const PolicyRepository policies(m_database);
    const Result<std::optional<StoredPolicy>> policy
        = instance.policyId.isEmpty() ? policies.find(instance.policyName) : policies.findById(instance.policyId);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return PolicyRepository::notFound(instance.policyName);
    instance.policyId = policy->value().id;
    instance.policyName = policy->value().policy.name();
    // The default vault is created on first use (in configure); any other must exist already.
    const bool defaultVault = instance.vaultName.isEmpty()
        || instance.vaultName.compare(QLatin1String(Vault::DefaultName), Qt::CaseInsensitive) == 0;
    if (!defaultVault) {
        if (const Result<Vault> named = VaultRegistry::resolve(m_database, m_home, instance.vaultName); !named)
            return named.error();
    }
    return instance;
}

void InstanceProtection::configure(
    BackupInstance instance, const QString &password, const QObject *context, Configured done)
{
    done = guarded(context, std::move(done));
    Result<BackupInstance> prepared = prepare(std::move(instance));
    if (!prepared) {
        done(prepared.error());
        return;
    }
    // The password goes to the keychain first: an instance whose secret is missing could never run.
    const QString key = Credentials::serverPasswordKey(prepared->id);
    m_credentials->write(
        key, password, this, [this, key, saved = prepared.value(), done](const CredentialResult &written) mutable {
            if (!written.ok()) {
                done(written.error());
                return;
            }
            const Result<void> created = [&]() -> Result<void> {
                const Result<Vault> vault = VaultRegistry::resolve(m_database, m_home, saved.vaultName);
                if (!vault)
                    return vault.error();
                saved.vaultId = vault->id;
                saved.vaultName = vault->name;
                return InstanceRepository(m_database).create(saved);
            }();
            if (!created) {
                // Keep the promise "a failure stores nothing": take the secret back out. Its own
                // failure is not reported: the error that matters is why the instance was not saved.
                m_credentials->remove(key, nullptr, [](const CredentialResult &) {});
                done(created.error());
                return;
            }
            done(saved);
        });
}

void InstanceProtection::stop(const BackupInstance &instance, const QObject *context, Stopped done)
{
    done = guarded(context, std::move(done));
    // Holding the instance's lease keeps a job from starting while it is being removed; a job
    // already running makes the claim fail with its name.
    const QString holder = QStringLiteral("remove-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString owner
        = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    if (Result<void> claimed
        = InstanceLeases(m_database).claim(instance.id, holder, owner, QDateTime::currentDateTimeUtc());
        !claimed) {
        done(claimed);
        return;
    }
    m_credentials->remove(Credentials::serverPasswordKey(instance.id),
        this,
        [this, instance, holder, done](const CredentialResult &removed) {
            if (!removed.ok() && removed.code != CredentialResult::Code::NotFound) {
                InstanceLeases(m_database).releaseAfterFailure(instance.id, holder);
                done(removed.error());
                return;
            }
            // The lease row goes with the instance (ON DELETE CASCADE).
            done(InstanceRepository(m_database).remove(instance.id));
        });
}

} // namespace PgVault
