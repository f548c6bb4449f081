#pragma once

#include "engine/instances/Credentials.h"
#include "engine/jobs/JobRunner.h"
#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"
#include "engine/process/PgTools.h"
#include "engine/vault/VaultRegistry.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/policies/BackupPolicy.h"
#include "models/policies/PolicyRepository.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace PgVault::Test {

/// What the backup engine tests share: a throwaway server, a PGVAULT_HOME with a catalog, a
/// policy with every rule, the default vault, and instances whose passwords live in the real
/// keychain. Header-only so each test executable stays one file plus this.
class BackupFixture
{
public:
    TempPostgres pg;
    QTemporaryDir home;
    std::unique_ptr<Catalog> catalog;
    Vault vault;
    QString policyName = QStringLiteral("Engine-Test");

    Result<void> start()
    {
        if (Result<void> started = pg.start(); !started)
            return started;
        qputenv("PGVAULT_HOME", home.path().toUtf8());
        const Home pgvaultHome(home.path());
        Result<std::unique_ptr<Catalog>> opened = Catalog::open(pgvaultHome.catalogPath());
        if (!opened)
            return opened.error();
        catalog = std::move(opened).value();
        BackupPolicy policy;
        policy.setName(policyName);
        policy.setSchedule(WeeklySchedule({Qt::Sunday}, QTime(2, 0), QTimeZone("Europe/Berlin")));
        policy.setRules({RetentionRule(RetentionRule::Kind::Yearly, Duration::years(10)),
            RetentionRule(RetentionRule::Kind::Monthly, Duration::years(1)),
            RetentionRule(RetentionRule::Kind::Weekly, Duration::weeks(8)),
            RetentionRule(RetentionRule::Kind::Default, Duration::days(30))});
        if (Result<QString> created = catalog->policies().create(policy); !created)
            return created.error();
        Result<Vault> ensured = VaultRegistry::ensure(catalog->database(), pgvaultHome);
        if (!ensured)
            return ensured.error();
        vault = ensured.value();
        return {};
    }

    /// Adds an instance of the test server, connecting as `user`, whose keychain entry holds
    /// `password`.
    Result<BackupInstance> addInstance(const QString &name, const QString &user, const QString &password)
    {
        BackupInstance instance;
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        instance.name = name;
        instance.host = pg.host();
        instance.port = pg.port();
        instance.user = user;
        instance.sslMode = QStringLiteral("prefer");
        Result<std::optional<StoredPolicy>> policy = catalog->policies().find(policyName);
        instance.policyId = policy->value().id;
        instance.policyName = policyName;
        instance.vaultId = vault.id;
        instance.vaultName = vault.name;
        instance.created = QDateTime::currentDateTimeUtc();
        if (Result<void> created = InstanceRepository(catalog->database()).create(instance); !created)
            return created.error();
        Credentials credentials;
        QEventLoop loop;
        CredentialResult written;
        credentials.write(
            Credentials::serverPasswordKey(instance.id), password, nullptr, [&](const CredentialResult &r) {
                written = r;
                loop.quit();
            });
        loop.exec();
        if (!written.ok())
            return written.error();
        return instance;
    }

    /// Starts a backup and waits for its start callback; the job id or why it did not start.
    static Result<QString> start(
        JobRunner &runner, const BackupInstance &instance, std::optional<RetentionRule::Kind> rule = {})
    {
        std::optional<Result<QString>> started;
        runner.startBackup(instance, rule, rule.has_value(), nullptr, [&](const Result<QString> &r) { started = r; });
        QElapsedTimer timer;
        timer.start();
        while (!started && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!started)
            return Error{QStringLiteral("Test.Timeout"), QStringLiteral("startBackup never called back"), {}, {}};
        return *started;
    }

    /// Waits for the job to end and returns it as the catalog recorded it.
    Job waitFor(JobRunner &runner, const QString &jobId, int timeoutMs = 120000)
    {
        QElapsedTimer timer;
        timer.start();
        while (runner.runningJobs().contains(jobId) && timer.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        Result<std::optional<Job>> job = JobRepository(catalog->database()).find(jobId);
        return job && job->has_value() ? job->value() : Job{};
    }

    /// Runs a client tool against the test server as the superuser; stdout, or empty with the
    /// tool's stderr in `error`.
    QByteArray runTool(
        const QString &program, const QStringList &args, const QString &database, QString *error = nullptr) const
    {
        const ChildEnvironment environment(pg.connection());
        QProcess process;
        process.setProcessEnvironment(environment.forDatabase(database));
        ChildProcessGroup::separate(process); // keeps the passfile open in the child
        process.start(program, args);
        process.waitForFinished(120000);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            if (error)
                *error = QString::fromUtf8(process.readAllStandardError());
            return {};
        }
        return process.readAllStandardOutput();
    }
};

} // namespace PgVault::Test
