#include "engine/jobs/JobRunner.h"

#include "engine/Logging.h"
#include "engine/instances/Credentials.h"
#include "engine/jobs/BackupRunner.h"
#include "engine/jobs/DeletedPoints.h"
#include "engine/restore/RestoreRunner.h"
#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/vaults/VaultRepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <map>
#include <thread>

namespace PgVault {

/// A job of this process: its run (for cancel, from any thread) and the worker thread running it.
struct RunningJob
{
    std::shared_ptr<JobRun> run;
    std::thread thread;
};

struct JobRunner::Private
{
    QString catalogPath;
    std::unique_ptr<Catalog> catalog; ///< this (the runner's) thread's connection, opened on first use
    Credentials *credentials = nullptr; ///< owned by the JobRunner (QObject parent)
    std::map<QString, RunningJob> running;
    int parallelism = BackupRunner::DefaultParallelism;
    std::thread sweeper; ///< the last sweepAbandoned() worker
    std::atomic<bool> sweeping{false};
    Clock clock = systemClock();

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

    /// A new job row about one recovery point (restore, verify), owned by this process, now.
    Result<Job> newPointJob(const BackupInstance &instance, JobTypes::Operation operation, const QString &pointId);
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
    if (d->sweeper.joinable())
        d->sweeper.join();
    // Nobody is left to hear about these jobs: stop them rather than leave threads behind.
    for (auto &[jobId, job] : d->running) {
        job.run->cancel();
        if (job.thread.joinable())
            job.thread.join();
    }
}

void JobRunner::setParallelism(int databases)
{
    d->parallelism = std::max(1, databases);
}

void JobRunner::sweepAbandoned(const QDateTime &now)
{
    if (d->sweeping.exchange(true))
        return;
    if (d->sweeper.joinable())
        d->sweeper.join();
    d->sweeper = std::thread([this, now, catalogPath = d->catalogPath] {
        int failed = 0;
        {
            Result<std::unique_ptr<Catalog>> own = Catalog::open(catalogPath);
            Result<int> marked
                = own ? JobRepository(own.value()->database()).failAbandoned(now) : Result<int>(own.error());
            if (marked)
                failed = marked.value();
            else
                qCWarning(lcEngineJobs) << "cannot mark abandoned jobs:" << marked.error().message;
        }
        QMetaObject::invokeMethod(
            this,
            [this, failed] {
                d->sweeping = false;
                Q_EMIT abandonedSwept(failed);
            },
            Qt::QueuedConnection);
    });
}

namespace {

/// The job row of a new job, before it runs; fails when the instance's vault is gone.
Result<Job> newJob(const QSqlDatabase &database,
    const BackupInstance &instance,
    JobTypes::Operation operation,
    bool userTriggered,
    const QString &owner,
    const QDateTime &now)
{
    Result<Vault> vault = VaultRegistry::registered(database, instance);
    if (!vault)
        return vault.error();
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.activityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.operation = operation;
    job.userTriggered = userTriggered;
    job.start = now;
    job.instanceId = instance.id;
    job.instanceName = instance.name;
    job.datasourceName = instance.datasourceName();
    job.vaultName = vault->name;
    job.policyName = instance.policyName;
    job.owner = owner;
    job.heartbeat = job.start;
    return job;
}

/// A restore or verify job of one recovery point; a deleted point is refused before a job is
/// recorded (the runner checks again under the lease).
Result<Job> newPointJob(const QSqlDatabase &database,
    const BackupInstance &instance,
    JobTypes::Operation operation,
    const QString &pointId,
    const QString &owner,
    const QDateTime &now)
{
    if (Result<void> live = DeletedPoints::checkLive(database, pointId); !live)
        return live.error();
    Result<Job> job = newJob(database, instance, operation, true, owner, now);
    if (job) {
        job.value().pointId = pointId;
        job.value().additionalDetails.insert(QStringLiteral("RecoveryPointId"), pointId);
    }
    return job;
}

} // namespace

Result<Job> JobRunner::Private::newPointJob(
    const BackupInstance &instance, JobTypes::Operation operation, const QString &pointId)
{
    Result<Catalog *> opened = openCatalog();
    if (!opened)
        return opened.error();
    return PgVault::newPointJob(opened.value()->database(), instance, operation, pointId, owner(), clock());
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
    // A stopped instance has no password left: say why, not that the keychain lacks it.
    if (!instance.isProtected()) {
        QTimer::singleShot(
            0, this, [guard, hasContext, callback, error = InstanceRepository::protectionStopped(instance)] {
                if ((!hasContext || !guard.isNull()) && callback)
                    callback(error);
            });
        return;
    }
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
            const Result<QString> started = launchBackup(instance, password.secret, chosenRule, userTriggered);
            if (started)
                Q_EMIT jobStarted(started.value());
            reply(started);
        });
}

Result<QString> JobRunner::launchBackup(const BackupInstance &instance,
    const QString &password,
    std::optional<RetentionRule::Kind> chosenRule,
    bool userTriggered)
{
    Result<Catalog *> catalog = d->openCatalog();
    if (!catalog)
        return catalog.error();
    const QSqlDatabase database = catalog.value()->database();

    // A vault that cannot take the point fails now, before a job is recorded.
    Result<std::unique_ptr<VaultStore>> store = VaultRegistry::openFor(database, instance);
    if (!store)
        return store.error();
    if (Result<void> writable = store.value()->checkWritable(); !writable)
        return writable.error();

    Result<Job> job
        = newJob(database, instance, JobTypes::Operation::Backup, userTriggered, Private::owner(), d->clock());
    if (!job)
        return job.error();
    if (chosenRule)
        job.value().additionalDetails.insert(QStringLiteral("ChosenRule"), RetentionRule::tagName(*chosenRule));
    BackupRequest request;
    request.jobId = job->id;
    request.instance = instance;
    request.password = password;
    request.chosenRule = chosenRule;
    request.start = job->start;
    request.parallelism = d->parallelism;
    return launchJob(job.value(), std::make_shared<BackupRunner>(std::move(request), observerFor(job->id)));
}

void JobRunner::startRestore(
    const BackupInstance &instance, RestoreRequest request, const QObject *context, const StartCallback &callback)
{
    const Result<QString> started = [&]() -> Result<QString> {
        Result<Job> job = d->newPointJob(instance, JobTypes::Operation::Restore, request.pointId);
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
        return launchJob(job.value(), std::make_shared<RestoreRunner>(std::move(request), observerFor(job->id)));
    }();
    report(started, context, callback);
}

void JobRunner::startVerify(
    const BackupInstance &instance, VerifyRequest request, const QObject *context, const StartCallback &callback)
{
    const Result<QString> started = [&]() -> Result<QString> {
        Result<Job> job = d->newPointJob(instance, JobTypes::Operation::Verify, request.pointId);
        if (!job)
            return job.error();
        if (request.testRestore)
            job.value().additionalDetails.insert(QStringLiteral("TestRestore"), QStringLiteral("true"));
        request.jobId = job.value().id;
        request.instance = instance;
        return launchJob(job.value(), std::make_shared<VerifyRunner>(std::move(request), observerFor(job->id)));
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

Result<QString> JobRunner::launchJob(const Job &job, const std::shared_ptr<JobRun> &run)
{
    Result<Catalog *> catalog = d->openCatalog();
    if (!catalog)
        return catalog.error();
    if (Result<void> begun = JobRun::begin(catalog.value()->database(), job); !begun)
        return begun.error();
    const QString jobId = job.id;
    const QString instanceId = job.instanceId;
    const QString catalogPath = d->catalogPath;
    RunningJob &entry = d->running[jobId];
    entry.run = run;
    entry.thread = std::thread([this, run, jobId, instanceId, catalogPath] {
        JobTypes::Status status = JobTypes::Status::Failed;
        {
            // Qt Sql connections belong to the thread that opened them: the worker has its own.
            Result<std::unique_ptr<Catalog>> own = Catalog::open(catalogPath);
            if (own) {
                status = run->run(own.value()->database()).status;
                JobRun::end(own.value()->database(), instanceId, jobId);
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
        found->second.run->cancel();
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
