#include "engine/instances/InstanceProtection.h"

#include "engine/Logging.h"
#include "engine/instances/BackupDataDeletion.h"
#include "engine/instances/ServerAddress.h"
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

/// "host:pid" of this process, recorded on the lease stop() holds.
QString processOwner()
{
    return QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

} // namespace

InstanceProtection::InstanceProtection(const QSqlDatabase &database, Home home, QObject *parent)
    : QObject(parent)
    , m_database(database)
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
    if (Result<void> unique = checkNotProtectedElsewhere(instance); !unique)
        return unique.error();
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

Error InstanceProtection::alreadyProtected(const BackupInstance &instance, const BackupInstance &existing)
{
    return Error{QStringLiteral("Instance.AlreadyProtected"),
        tr("The server %1, port %2, is already protected by the backup instance \"%3\" (%4).")
            .arg(instance.host)
            .arg(instance.port)
            .arg(existing.name, existing.datasourceName()),
        tr("A server is protected once, with all its databases: back it up with \"%1\", or stop protection of "
           "\"%1\" first.")
            .arg(existing.name),
        QStringLiteral("host"),
        ErrorKind::BadInput};
}

Result<void> InstanceProtection::checkNotProtectedElsewhere(const BackupInstance &instance) const
{
    const Result<QList<BackupInstance>> all = InstanceRepository(m_database).list();
    if (!all)
        return all.error();
    if (const std::optional<BackupInstance> existing = ServerAddress::protectedBy(*all, instance))
        return alreadyProtected(instance, *existing);
    return {};
}

Result<BackupInstance> InstanceProtection::current(const BackupInstance &instance) const
{
    const Result<std::optional<BackupInstance>> found = InstanceRepository(m_database).findById(instance.id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return InstanceRepository::notFound(instance.name);
    return found->value();
}

void InstanceProtection::stop(const BackupInstance &requested, StopMode mode, const QObject *context, Stopped done)
{
    done = guarded(context, std::move(done));
    const Result<BackupInstance> instance = current(requested);
    if (!instance) {
        done(instance.error());
        return;
    }
    // Holding the instance's lease keeps a job from starting while protection stops; a job
    // already running makes the claim fail with its name.
    const QString holder = QStringLiteral("remove-") + QUuid::createUuid().toString(QUuid::Id128);
    if (Result<void> claimed
        = InstanceLeases(m_database).claim(instance->id, holder, processOwner(), QDateTime::currentDateTimeUtc());
        !claimed) {
        done(claimed.error());
        return;
    }
    // The password goes first: should that fail, nothing has changed yet.
    m_credentials->remove(Credentials::serverPasswordKey(instance->id),
        this,
        [this, stopping = instance.value(), mode, holder, done](const CredentialResult &removed) {
            if (!removed.ok() && removed.code != CredentialResult::Code::NotFound) {
                InstanceLeases(m_database).releaseAfterFailure(stopping.id, holder);
                done(removed.error());
                return;
            }
            finishStop(stopping, mode, holder, done);
        });
}

void InstanceProtection::finishStop(
    const BackupInstance &instance, StopMode mode, const QString &holder, const Stopped &done)
{
    InstanceRepository instances(m_database);
    // Stopping again changes what becomes of the points, not since when protection is stopped.
    const QDateTime stoppedAt = instance.isProtected() ? QDateTime::currentDateTimeUtc() : instance.stopped;
    if (mode != StopMode::DeleteData) {
        const BackupInstance::Protection protection = mode == StopMode::RetainForever
            ? BackupInstance::Protection::StoppedRetainForever
            : BackupInstance::Protection::StoppedRetainAsPerPolicy;
        const Result<void> stopped = instances.setProtection(instance.id, protection, stoppedAt);
        InstanceLeases(m_database).releaseAfterFailure(instance.id, holder);
        if (!stopped) {
            done(stopped.error());
            return;
        }
        qCInfo(lcEngineProtection).noquote() << QStringLiteral("stopped protection of %1: %2")
                                                    .arg(instance.name, InstanceRepository::protectionText(protection));
        done(0);
        return;
    }

    // Stopped before the first point goes: should one resist deletion, the instance is not backed
    // up again meanwhile, and what is left stays listed, retained as it was.
    const BackupInstance::Protection meanwhile
        = instance.isProtected() ? BackupInstance::Protection::StoppedRetainAsPerPolicy : instance.protection;
    if (Result<void> stopped = instances.setProtection(instance.id, meanwhile, stoppedAt); !stopped) {
        InstanceLeases(m_database).releaseAfterFailure(instance.id, holder);
        done(stopped.error());
        return;
    }
    const Result<int> deleted = BackupDataDeletion(m_database).run(instance);
    if (!deleted) {
        InstanceLeases(m_database).releaseAfterFailure(instance.id, holder);
        done(deleted.error());
        return;
    }
    // The lease row goes with the instance (ON DELETE CASCADE).
    if (Result<void> removed = instances.remove(instance.id); !removed) {
        InstanceLeases(m_database).releaseAfterFailure(instance.id, holder);
        done(removed.error());
        return;
    }
    qCInfo(lcEngineProtection).noquote() << QStringLiteral(
        "stopped protection of %1 and deleted its %2 recovery point(s)")
                                                .arg(instance.name)
                                                .arg(*deleted);
    done(*deleted);
}

void InstanceProtection::resume(
    const BackupInstance &requested, const QString &password, const QObject *context, Configured done)
{
    done = guarded(context, std::move(done));
    Result<BackupInstance> instance = current(requested);
    if (!instance) {
        done(instance.error());
        return;
    }
    if (instance->isProtected()) {
        done(Error{QStringLiteral("Instance.NotStopped"),
            tr("The backup instance \"%1\" is protected already.").arg(instance->name),
            tr("Nothing to resume: its backups run as its policy says."),
            QStringLiteral("instance"),
            ErrorKind::BadInput});
        return;
    }
    if (Result<void> unique = checkNotProtectedElsewhere(*instance); !unique) {
        done(unique.error());
        return;
    }
    const QString key = Credentials::serverPasswordKey(instance->id);
    m_credentials->write(
        key, password, this, [this, key, resumed = instance.value(), done](const CredentialResult &written) mutable {
            if (!written.ok()) {
                done(written.error());
                return;
            }
            const Result<void> saved
                = InstanceRepository(m_database).setProtection(resumed.id, BackupInstance::Protection::Protected, {});
            if (!saved) {
                // A stopped instance keeps no password: take it back out.
                m_credentials->remove(key, nullptr, [](const CredentialResult &) {});
                done(saved.error());
                return;
            }
            resumed.protection = BackupInstance::Protection::Protected;
            resumed.stopped = {};
            qCInfo(lcEngineProtection).noquote() << "resumed protection of" << resumed.name;
            done(resumed);
        });
}

Result<BackupInstance> InstanceProtection::setPolicy(const BackupInstance &requested, const QString &policyName) const
{
    const Result<BackupInstance> instance = current(requested);
    if (!instance)
        return instance.error();
    const Result<std::optional<StoredPolicy>> policy = PolicyRepository(m_database).find(policyName);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return PolicyRepository::notFound(policyName);
    if (Result<void> changed = InstanceRepository(m_database).setPolicy(instance->id, policy->value().id); !changed)
        return changed.error();
    qCInfo(lcEngineProtection).noquote() << QStringLiteral("backup instance %1 now follows policy %2 (was %3)")
                                                .arg(instance->name,
                                                    policy->value().policy.name(),
                                                    instance->policyName);
    BackupInstance changed = instance.value();
    changed.policyId = policy->value().id;
    changed.policyName = policy->value().policy.name();
    return changed;
}

} // namespace PgVault
