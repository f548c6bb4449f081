#include "engine/JobRunner.h"

#include "engine/BackupRunner.h"
#include "engine/Credentials.h"
#include "engine/DefaultVault.h"
#include "engine/Logging.h"
#include "engine/RestoreRunner.h"
#include "models/Catalog.h"
#include "models/InstanceLeases.h"
#include "models/JobRepository.h"
#include "models/VaultRepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>
#include <QUuid>

#include <map>
#include <thread>

namespace PgVault {

/// A job of this process: its runner (for cancel) and the worker thread running it.
struct RunningJob
{
    std::function<void()> cancel; ///< the runner's cancel(), callable from any thread
    std::thread thread;
};

struct JobRunner::Private
{
    QString catalogPath;
    std::unique_ptr<Catalog> catalog; ///< this (the runner's) thread's connection, opened on first use
    Credentials *credentials = nullptr; ///< owned by the JobRunner (QObject parent)
    std::map<QString, RunningJob> running;
    int parallelism = BackupRunner::DefaultParallelism;
    Clock clock = [] {
        return QDateTime::currentDateTimeUtc();
    };

    Result<Catalog *> openCatalog()
    {
        if (!catalog) {
            Result<std::unique_ptr<Catalog>> opened = Catalog::open(catalogPath);
            if (!opened)
                return opened.error();
            catalog = std::move(opened).value();
        }
        return catalog.get();
    }

    static QString owner()
    {
        return QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    }
};

JobRunner::JobRunner(const QString &catalogPath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->catalogPath = catalogPath;
    d->credentials = new Credentials(this);
}

JobRunner::~JobRunner()
{
    // Nobody is left to hear about these jobs: stop them rather than leave threads behind.
    for (auto &[jobId, job] : d->running) {
        job.cancel();
        if (job.thread.joinable())
            job.thread.join();
    }
}

void JobRunner::setParallelism(int databases)
{
    d->parallelism = std::max(1, databases);
}

void JobRunner::setClock(Clock clock)
{
    d->clock = std::move(clock);
}

void JobRunner::startBackup(const BackupInstance &instance,
    std::optional<RetentionRule::Kind> chosenRule,
    bool userTriggered,
    const QObject *context,
    StartCallback callback)
{
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    d->credentials->read(Credentials::serverPasswordKey(instance.id),
        this,
        [this, instance, chosenRule, userTriggered, guard, hasContext, callback](const CredentialResult &password) {
            const auto reply = [&](const Result<QString> &result) {
                if ((!hasContext || !guard.isNull()) && callback)
                    callback(result);
            };
            if (!password.ok()) {
                qCInfo(lcEngineJobs) << "backup of instance" << instance.id << "not started: keychain"
                                     << CredentialResult::codeName(password.code);
                reply(password.error());
                return;
            }
            const Result<QString> started = launch(instance, password.secret, chosenRule, userTriggered);
            if (started)
                Q_EMIT jobStarted(started.value());
            reply(started);
        });
}

Result<QString> JobRunner::launch(const BackupInstance &instance,
    const QString &password,
    std::optional<RetentionRule::Kind> chosenRule,
    bool userTriggered)
{
    Result<Catalog *> catalog = d->openCatalog();
    if (!catalog)
        return catalog.error();
    const QSqlDatabase database = catalog.value()->database();

    // A vault that cannot take the point fails now, before a job is recorded.
    Result<std::optional<Vault>> vault = VaultRepository(database).findById(instance.vaultId);
    if (!vault)
        return vault.error();
    if (!vault->has_value())
        return VaultRepository::notFound(instance.vaultName);
    Result<std::unique_ptr<VaultStore>> store = DefaultVault::open(vault->value());
    if (!store)
        return store.error();
    if (Result<void> writable = store.value()->checkWritable(); !writable)
        return writable.error();

    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.operation = JobTypes::Operation::Backup;
    job.userTriggered = userTriggered;
    job.start = d->clock();
    job.instanceId = instance.id;
    job.instanceName = instance.name;
    job.datasourceName = instance.datasourceName();
    job.vaultName = vault->value().name;
    job.policyName = instance.policyName;
    job.owner = Private::owner();
    job.heartbeat = job.start;
    if (chosenRule)
        job.additionalDetails.insert(QStringLiteral("ChosenRule"), RetentionRule::tagName(*chosenRule));

    InstanceLeases leases(database);
    if (Result<void> claimed = leases.claim(instance.id, job.id, job.owner, job.start); !claimed)
        return claimed.error();
    if (Result<void> created = JobRepository(database).create(job); !created) {
        leases.release(instance.id, job.id);
        return created.error();
    }

    BackupRequest request;
    request.jobId = job.id;
    request.instance = instance;
    request.password = password;
    request.chosenRule = chosenRule;
    request.start = job.start;
    request.parallelism = d->parallelism;
    const QString jobId = job.id;
    auto runner = std::make_shared<BackupRunner>(std::move(request), observerFor(jobId));
    const QString catalogPath = d->catalogPath;
    const QString instanceId = instance.id;
    RunningJob &entry = d->running[jobId];
    entry.cancel = [runner] {
        runner->cancel();
    };
    entry.thread = std::thread([this, runner, jobId, instanceId, catalogPath] {
        JobTypes::Status status = JobTypes::Status::Failed;
        {
            // Qt Sql connections belong to the thread that opened them: the worker has its own.
            Result<std::unique_ptr<Catalog>> own = Catalog::open(catalogPath);
            if (own) {
                status = runner->run(*own.value()).status;
                if (Result<void> released = InstanceLeases(own.value()->database()).release(instanceId, jobId);
                    !released)
                    qCWarning(lcEngineJobs) << "cannot release the lease of job" << jobId << released.error().message;
            } else {
                qCWarning(lcEngineJobs) << "job" << jobId << "cannot open the catalog:" << own.error().message;
            }
        }
        QMetaObject::invokeMethod(
            this, [this, jobId, status] { finished(jobId, status); }, Qt::QueuedConnection);
    });
    qCInfo(lcEngineJobs) << "started backup job" << jobId << "of instance" << instance.id;
    return jobId;
}

// --- Restore and verify jobs ---

namespace {

/// The job row of a restore or verify, before it runs.
Result<Job> newJob(const QSqlDatabase &database,
    const BackupInstance &instance,
    JobTypes::Operation operation,
    const QString &pointId,
    const QString &owner)
{
    Result<std::optional<Vault>> vault = VaultRepository(database).findById(instance.vaultId);
    if (!vault)
        return vault.error();
    if (!vault->has_value())
        return VaultRepository::notFound(instance.vaultName);
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.operation = operation;
    job.userTriggered = true;
    job.start = QDateTime::currentDateTimeUtc();
    job.instanceId = instance.id;
    job.instanceName = instance.name;
    job.datasourceName = instance.datasourceName();
    job.vaultName = vault->value().name;
    job.policyName = instance.policyName;
    job.owner = owner;
    job.heartbeat = job.start;
    job.pointId = pointId;
    job.additionalDetails.insert(QStringLiteral("RecoveryPointId"), pointId);
    return job;
}

} // namespace

void JobRunner::startRestore(
    const BackupInstance &instance, RestoreRequest request, const QObject *context, StartCallback callback)
{
    const Result<QString> started = [&]() -> Result<QString> {
        Result<Catalog *> catalog = d->openCatalog();
        if (!catalog)
            return catalog.error();
        Result<Job> job = newJob(
            catalog.value()->database(), instance, JobTypes::Operation::Restore, request.pointId, Private::owner());
        if (!job)
            return job.error();
        if (request.target == RestoreRequest::Target::Folder) {
            job.value().additionalDetails.insert(QStringLiteral("Restore File Prefix"), request.filePrefix);
            job.value().additionalDetails.insert(QStringLiteral("RecoveryDestination"), request.folder);
        } else {
            job.value().additionalDetails.insert(QStringLiteral("RecoveryDestination"),
                QStringLiteral("%1@%2:%3").arg(request.server.user, request.server.host).arg(request.server.port));
        }
        request.jobId = job.value().id;
        request.instance = instance;
        auto runner = std::make_shared<RestoreRunner>(std::move(request), observerFor(job.value().id));
        return launchJob(
            job.value(), [runner] { runner->cancel(); }, [runner](const Catalog &own) { return runner->run(own); });
    }();
    report(started, context, callback);
}

void JobRunner::startVerify(
    const BackupInstance &instance, VerifyRequest request, const QObject *context, StartCallback callback)
{
    const Result<QString> started = [&]() -> Result<QString> {
        Result<Catalog *> catalog = d->openCatalog();
        if (!catalog)
            return catalog.error();
        Result<Job> job = newJob(
            catalog.value()->database(), instance, JobTypes::Operation::Verify, request.pointId, Private::owner());
        if (!job)
            return job.error();
        if (request.testRestore)
            job.value().additionalDetails.insert(QStringLiteral("TestRestore"), QStringLiteral("true"));
        request.jobId = job.value().id;
        request.instance = instance;
        auto runner = std::make_shared<VerifyRunner>(std::move(request), observerFor(job.value().id));
        return launchJob(
            job.value(), [runner] { runner->cancel(); }, [runner](const Catalog &own) { return runner->run(own); });
    }();
    report(started, context, callback);
}

JobRecorder::Observer JobRunner::observerFor(const QString &jobId)
{
    JobRecorder::Observer observer;
    // Called on the worker thread; the signals are emitted on this object's thread.
    observer.progressed = [this, jobId](double progress, qint64 bytes) {
        QMetaObject::invokeMethod(
            this,
            [this, jobId, progress, bytes] { Q_EMIT jobProgressed(jobId, progress, bytes); },
            Qt::QueuedConnection);
    };
    observer.output = [this, jobId](const QString &text) {
        QMetaObject::invokeMethod(
            this, [this, jobId, text] { Q_EMIT jobOutput(jobId, text); }, Qt::QueuedConnection);
    };
    return observer;
}

void JobRunner::report(const Result<QString> &started, const QObject *context, const StartCallback &callback)
{
    if (started)
        Q_EMIT jobStarted(started.value());
    // Queued like a backup's start (which waits for the keychain), so callers see one behaviour.
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [started, guard, hasContext, callback] {
            if ((!hasContext || !guard.isNull()) && callback)
                callback(started);
        },
        Qt::QueuedConnection);
}

Result<QString> JobRunner::launchJob(Job job, std::function<void()> cancel, std::function<Job(const Catalog &)> work)
{
    Result<Catalog *> catalog = d->openCatalog();
    if (!catalog)
        return catalog.error();
    const QSqlDatabase database = catalog.value()->database();
    InstanceLeases leases(database);
    if (Result<void> claimed = leases.claim(job.instanceId, job.id, job.owner, job.start); !claimed)
        return claimed.error();
    if (Result<void> created = JobRepository(database).create(job); !created) {
        leases.release(job.instanceId, job.id);
        return created.error();
    }
    const QString jobId = job.id;
    const QString instanceId = job.instanceId;
    const QString catalogPath = d->catalogPath;
    RunningJob &entry = d->running[jobId];
    entry.cancel = std::move(cancel);
    entry.thread = std::thread([this, work = std::move(work), jobId, instanceId, catalogPath] {
        JobTypes::Status status = JobTypes::Status::Failed;
        {
            Result<std::unique_ptr<Catalog>> own = Catalog::open(catalogPath);
            if (own) {
                status = work(*own.value()).status;
                if (Result<void> released = InstanceLeases(own.value()->database()).release(instanceId, jobId);
                    !released)
                    qCWarning(lcEngineJobs) << "cannot release the lease of job" << jobId << released.error().message;
            } else {
                qCWarning(lcEngineJobs) << "job" << jobId << "cannot open the catalog:" << own.error().message;
            }
        }
        QMetaObject::invokeMethod(
            this, [this, jobId, status] { finished(jobId, status); }, Qt::QueuedConnection);
    });
    qCInfo(lcEngineJobs) << "started" << JobTypes::operationName(job.operation) << "job" << jobId << "of instance"
                         << instanceId;
    return jobId;
}

void JobRunner::finished(const QString &jobId, JobTypes::Status status)
{
    auto found = d->running.find(jobId);
    if (found == d->running.end())
        return;
    if (found->second.thread.joinable())
        found->second.thread.join();
    d->running.erase(found);
    Q_EMIT jobFinished(jobId, status);
}

void JobRunner::cancel(const QString &jobId)
{
    auto found = d->running.find(jobId);
    if (found != d->running.end())
        found->second.cancel();
}

QStringList JobRunner::runningJobs() const
{
    QStringList jobs;
    for (const auto &[jobId, job] : d->running)
        jobs << jobId;
    return jobs;
}

void JobRunner::waitForAll()
{
    for (auto &[jobId, job] : d->running) {
        if (job.thread.joinable())
            job.thread.join();
    }
}

} // namespace PgVault
