#include "models/Catalog.h"
#include "models/ProcessIdentity.h"
#include "models/instances/InstanceLeases.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace PgVault;

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());

} // namespace

/// InstanceLeases: one operation per instance across catalog connections (as across processes), and
/// the lease of a process that ended without releasing it free at once, with real processes.
class TestInstanceLeases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("catalog.sqlite"));
        Result<std::unique_ptr<Catalog>> first = Catalog::open(path);
        QVERIFY_RESULT(first);
        m_first = std::move(first).value();
        Result<std::unique_ptr<Catalog>> second = Catalog::open(path);
        QVERIFY_RESULT(second);
        m_second = std::move(second).value();

        BackupPolicy policy;
        policy.setName(QStringLiteral("weekly"));
        QVERIFY_RESULT(m_first->policies().create(policy));
        Vault vault{QStringLiteral("v1"), QStringLiteral("local"), Vault::Kind::Local, m_dir->path(), Now};
        QVERIFY_RESULT(VaultRepository(m_first->database()).create(vault));
        BackupInstance instance;
        instance.id = QStringLiteral("i1");
        instance.name = QStringLiteral("prod");
        instance.host = QStringLiteral("127.0.0.1");
        instance.user = QStringLiteral("admin");
        instance.policyId = m_first->policies().find(QStringLiteral("weekly"))->value().id;
        instance.vaultId = vault.id;
        QVERIFY_RESULT(InstanceRepository(m_first->database()).create(instance));

        Job running;
        running.id = QStringLiteral("job-1");
        running.activityId = running.id;
        running.start = Now;
        running.instanceName = instance.name;
        QVERIFY_RESULT(JobRepository(m_first->database()).create(running));
    }
    void cleanup()
    {
        m_second.reset();
        m_first.reset();
        m_dir.reset();
    }

    void aSecondClaimFailsNamingTheRunningJob()
    {
        InstanceLeases first(m_first->database());
        InstanceLeases second(m_second->database());
        QVERIFY_RESULT(first.claim(QStringLiteral("i1"), QStringLiteral("job-1"), QStringLiteral("host:1"), Now));
        const Result<void> refused
            = second.claim(QStringLiteral("i1"), QStringLiteral("job-2"), QStringLiteral("host:2"), Now.addSecs(5));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("Instance.Busy"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("job-1")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("Scheduled backup")));
        QVERIFY(refused.error().remedy.contains(QStringLiteral("pgvaultctl job cancel job-1")));
        // A living holder's job goes on running.
        QCOMPARE(JobRepository(m_second->database()).find(QStringLiteral("job-1"))->value().status,
            JobTypes::Status::InProgress);
    }

    void aReleasedOrExpiredLeaseCanBeTaken()
    {
        InstanceLeases first(m_first->database());
        InstanceLeases second(m_second->database());
        QVERIFY_RESULT(first.claim(QStringLiteral("i1"), QStringLiteral("job-1"), QStringLiteral("host:1"), Now));
        QVERIFY_RESULT(first.release(QStringLiteral("i1"), QStringLiteral("job-1")));
        QVERIFY_RESULT(second.claim(QStringLiteral("i1"), QStringLiteral("job-2"), QStringLiteral("host:2"), Now));
        // job-2's holder dies: after the TTL the lease is free again, and job-2 has lost it.
        const QDateTime later = Now.addMSecs(InstanceLeases::TtlMs + 1);
        QVERIFY_RESULT(first.claim(QStringLiteral("i1"), QStringLiteral("job-3"), QStringLiteral("host:1"), later));
        const Result<void> lost = second.renew(QStringLiteral("i1"), QStringLiteral("job-2"), later);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QStringLiteral("Instance.LeaseLost"));
    }

    void aHeartbeatKeepsTheLease()
    {
        InstanceLeases first(m_first->database());
        InstanceLeases second(m_second->database());
        QVERIFY_RESULT(first.claim(QStringLiteral("i1"), QStringLiteral("job-1"), QStringLiteral("host:1"), Now));
        const QDateTime later = Now.addMSecs(InstanceLeases::TtlMs - 1000);
        QVERIFY_RESULT(first.renew(QStringLiteral("i1"), QStringLiteral("job-1"), later));
        QVERIFY(
            !second.claim(QStringLiteral("i1"), QStringLiteral("job-2"), QStringLiteral("host:2"), later.addSecs(30))
                 .ok());
    }

    void aLeaseOfAnEndedProcessIsTakenOverAtOnce()
    {
        InstanceLeases first(m_first->database());
        InstanceLeases second(m_second->database());
        QProcess holder;
        holder.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(holder.waitForStarted());
        const std::optional<ProcessIdentity> identity = ProcessIdentity::running(holder.processId());
        QVERIFY(identity);
        QCOMPARE(identity->host, ProcessIdentity::current().host);
        QVERIFY_RESULT(
            first.claim(QStringLiteral("i1"), QStringLiteral("job-1"), QStringLiteral("host:1"), Now, *identity));
        QVERIFY(!identity->hasEnded());
        const Result<void> refused
            = second.claim(QStringLiteral("i1"), QStringLiteral("job-2"), QStringLiteral("host:2"), Now.addSecs(1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("Instance.Busy"));

        holder.kill(); // like kill -9: no chance to release the lease
        QVERIFY(holder.waitForFinished());
        QVERIFY(identity->hasEnded());
        QVERIFY_RESULT(
            second.claim(QStringLiteral("i1"), QStringLiteral("job-2"), QStringLiteral("host:2"), Now.addSecs(2)));
        QCOMPARE(first.renew(QStringLiteral("i1"), QStringLiteral("job-1"), Now.addSecs(3)).error().code,
            QStringLiteral("Instance.LeaseLost"));
        // The ended process's job is reported failed at once, not minutes later by the sweep.
        const Result<std::optional<Job>> abandoned = JobRepository(m_second->database()).find(QStringLiteral("job-1"));
        QVERIFY_RESULT(abandoned);
        QCOMPARE(abandoned->value().status, JobTypes::Status::Failed);
        QCOMPARE(abandoned->value().error->code, QStringLiteral("Job.Abandoned"));
        QVERIFY(abandoned->value().end.isValid());
    }

    void aReusedPidDoesNotKeepTheLease()
    {
        // The holder's PID now belongs to another process (this one, started later): the start
        // times tell them apart.
        ProcessIdentity holder = ProcessIdentity::current();
        holder.startTicks -= 1;
        QVERIFY(holder.hasEnded());
        InstanceLeases first(m_first->database());
        InstanceLeases second(m_second->database());
        QVERIFY_RESULT(
            first.claim(QStringLiteral("i1"), QStringLiteral("job-1"), QStringLiteral("host:1"), Now, holder));
        QVERIFY_RESULT(
            second.claim(QStringLiteral("i1"), QStringLiteral("job-2"), QStringLiteral("host:2"), Now.addSecs(1)));
    }

    void aHolderThatCannotBeCheckedKeepsTheLeaseUntilItExpires_data()
    {
        QTest::addColumn<ProcessIdentity>("holder");
        ProcessIdentity elsewhere = ProcessIdentity::current();
        elsewhere.host = QStringLiteral("another-machine");
        elsewhere.pid = 1 << 30; // no such process here, which says nothing about the other machine
        QTest::newRow("another host") << elsewhere;
        ProcessIdentity rebooted = elsewhere;
        rebooted.host = ProcessIdentity::current().host;
        rebooted.system = QStringLiteral("another-boot");
        QTest::newRow("same host name, another boot or PID namespace") << rebooted;
        // A lease written before holders were recorded.
        QTest::newRow("unknown holder") << ProcessIdentity{};
    }

    void aHolderThatCannotBeCheckedKeepsTheLeaseUntilItExpires()
    {
        QFETCH(ProcessIdentity, holder);
        QVERIFY(!holder.hasEnded());
        InstanceLeases first(m_first->database());
        InstanceLeases second(m_second->database());
        QVERIFY_RESULT(
            first.claim(QStringLiteral("i1"), QStringLiteral("job-1"), QStringLiteral("host:1"), Now, holder));
        QVERIFY(!second.claim(QStringLiteral("i1"), QStringLiteral("job-2"), QStringLiteral("host:2"), Now.addSecs(1))
                     .ok());
        QVERIFY_RESULT(second.claim(QStringLiteral("i1"),
            QStringLiteral("job-2"),
            QStringLiteral("host:2"),
            Now.addMSecs(InstanceLeases::TtlMs + 1)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_first;
    std::unique_ptr<Catalog> m_second;
};

QTEST_GUILESS_MAIN(TestInstanceLeases)
#include "TestInstanceLeases.moc"
