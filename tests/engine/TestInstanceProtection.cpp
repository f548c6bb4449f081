#include "engine/instances/InstanceProtection.h"
#include "engine/instances/ServerAddress.h"
#include "engine/jobs/ExpiryRunner.h"
#include "engine/restore/RestoreRequest.h"
#include "models/instances/InstanceLeases.h"
#include "models/points/PointRepository.h"
#include "tests/engine/BackupFixture.h"
#include "tests/support/CommittedPoint.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace PgVault;

namespace {

/// Runs the event loop until `outcome` is set (the keychain answers asynchronously), at most 20 s.
template <typename T>
void waitFor(const std::optional<T> &outcome)
{
    QElapsedTimer timer;
    timer.start();
    while (!outcome && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

Error timedOut()
{
    return Error{QStringLiteral("Test.Timeout"), QStringLiteral("no answer within 20 s"), {}, {}};
}

} // namespace

/// Tests InstanceProtection against a real vault, catalog, keychain and PostgreSQL server: the
/// three ways to stop protection (points kept with their expiry, kept forever, deleted from vault
/// and catalog), a point that resists deletion, a stopped instance never backed up and still
/// restorable, resuming, changing the policy, and one server protected once.
class TestInstanceProtection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void canonicalHost_data();
    void canonicalHost();
    void retainAsPerPolicyKeepsExpiry();
    void retainForeverNeverExpiresUntilResumed();
    void deleteDataRemovesEveryPoint();
    void deleteDataReportsAPointItCannotDelete();
    void busyInstanceIsNotStopped();
    void stoppedInstanceIsNotBackedUp();
    void retainedPointOfStoppedInstanceRestores();
    void setPolicyKeepsExistingExpiry();
    void secondInstanceOfOneServerIsRefused_data();
    void secondInstanceOfOneServerIsRefused();

private:
    /// An instance of the test server (password in the keychain) with committed points taken at
    /// `times` that expire at `expiries`; the last one, if `uncatalogued`, only in the vault.
    BackupInstance addWithPoints(const QString &name,
        const QList<QDateTime> &times,
        const QList<QDateTime> &expiries,
        bool uncatalogued = false);
    Result<int> stop(const BackupInstance &instance, InstanceProtection::StopMode mode);
    Result<BackupInstance> resume(const BackupInstance &instance, const QString &password);
    BackupInstance reread(const BackupInstance &instance) const;
    QList<RecoveryPoint> points(const BackupInstance &instance) const;
    CredentialResult readPassword(const BackupInstance &instance);
    QString instanceFolder(const BackupInstance &instance) const;
    /// Whether a job could claim the instance now (stop() released its lease).
    bool leaseIsFree(const BackupInstance &instance) const
    {
        InstanceLeases leases(m_fx.catalog->database());
        const QString probe = QStringLiteral("probe");
        return leases.claim(instance.id, probe, QStringLiteral("test:1"), QDateTime::currentDateTimeUtc()).ok()
            && leases.release(instance.id, probe).ok();
    }
    InstanceProtection protection() const
    {
        return InstanceProtection(m_fx.catalog->database(), Home(m_fx.home.path()));
    }

    Test::BackupFixture m_fx;
    QDateTime m_now;
};

void TestInstanceProtection::initTestCase()
{
    QVERIFY_RESULT(m_fx.start());
    QVERIFY_RESULT(m_fx.pg.createDatabase(QStringLiteral("shop")));
    QVERIFY_RESULT(m_fx.pg.psql(QStringLiteral("shop"),
        QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, total numeric); "
                       "INSERT INTO orders SELECT g, g * 1.5 FROM generate_series(1, 500) g;")));
    m_now = QDateTime::currentDateTimeUtc();
}

BackupInstance TestInstanceProtection::addWithPoints(
    const QString &name, const QList<QDateTime> &times, const QList<QDateTime> &expiries, bool uncatalogued)
{
    Result<BackupInstance> added = m_fx.addInstance(name, m_fx.pg.superuser(), m_fx.pg.superuserPassword());
    if (!added)
        qFatal("cannot add %s: %s", qPrintable(name), qPrintable(added.error().text()));
    Result<std::unique_ptr<VaultStore>> store = VaultRegistry::openFor(m_fx.catalog->database(), *added);
    for (int i = 0; i < times.size(); ++i) {
        const bool inCatalog = !(uncatalogued && i == times.size() - 1);
        if (Test::commitPoint(**store,
                m_fx.catalog->database(),
                added->id,
                times.at(i),
                expiries.at(i),
                RetentionRule::Kind::Default,
                inCatalog)
                .isEmpty())
            qFatal("cannot commit a point");
    }
    return *added;
}

Result<int> TestInstanceProtection::stop(const BackupInstance &instance, InstanceProtection::StopMode mode)
{
    InstanceProtection service(m_fx.catalog->database(), Home(m_fx.home.path()));
    std::optional<Result<int>> outcome;
    service.stop(instance, mode, nullptr, [&](const Result<int> &r) { outcome = r; });
    waitFor(outcome);
    return outcome ? *outcome : Result<int>(timedOut());
}

Result<BackupInstance> TestInstanceProtection::resume(const BackupInstance &instance, const QString &password)
{
    InstanceProtection service(m_fx.catalog->database(), Home(m_fx.home.path()));
    std::optional<Result<BackupInstance>> outcome;
    service.resume(instance, password, nullptr, [&](const Result<BackupInstance> &r) { outcome = r; });
    waitFor(outcome);
    return outcome ? *outcome : Result<BackupInstance>(timedOut());
}

BackupInstance TestInstanceProtection::reread(const BackupInstance &instance) const
{
    const Result<std::optional<BackupInstance>> found
        = InstanceRepository(m_fx.catalog->database()).findById(instance.id);
    return found && found->has_value() ? found->value() : BackupInstance{};
}

QList<RecoveryPoint> TestInstanceProtection::points(const BackupInstance &instance) const
{
    return PointRepository(m_fx.catalog->database()).listForInstance(instance.id).value();
}

CredentialResult TestInstanceProtection::readPassword(const BackupInstance &instance)
{
    Credentials credentials;
    std::optional<CredentialResult> read;
    credentials.read(
        Credentials::serverPasswordKey(instance.id), nullptr, [&](const CredentialResult &r) { read = r; });
    waitFor(read);
    return read.value_or(CredentialResult{CredentialResult::Code::Other, {}, {}, {}, {}});
}

QString TestInstanceProtection::instanceFolder(const BackupInstance &instance) const
{
    return QDir(m_fx.vault.location).filePath(QStringLiteral("instances/") + instance.id);
}

void TestInstanceProtection::canonicalHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("localhost in capitals") << QStringLiteral(" LocalHost ") << QStringLiteral("localhost");
    QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1") << QStringLiteral("localhost");
    QTest::newRow("other IPv4 loopback") << QStringLiteral("127.0.1.1") << QStringLiteral("localhost");
    QTest::newRow("IPv6 loopback in brackets") << QStringLiteral("[::1]") << QStringLiteral("localhost");
    QTest::newRow("IPv6 loopback spelled out") << QStringLiteral("0:0:0:0:0:0:0:1") << QStringLiteral("localhost");
    QTest::newRow("name with trailing dot") << QStringLiteral("DB.Example.com.") << QStringLiteral("db.example.com");
    QTest::newRow("IPv6 zeros") << QStringLiteral("2001:DB8:0:0::1") << QStringLiteral("2001:db8::1");
    QTest::newRow("socket folder stays a path")
        << QStringLiteral("/var/run/postgresql") << QStringLiteral("/var/run/postgresql");
}

void TestInstanceProtection::canonicalHost()
{
    QFETCH(QString, host);
    QFETCH(QString, canonical);
    QCOMPARE(ServerAddress::canonicalHost(host), canonical);
}

void TestInstanceProtection::retainAsPerPolicyKeepsExpiry()
{
    // Five points, the oldest three expired a day ago.
    QList<QDateTime> times;
    QList<QDateTime> expiries;
    for (int i = 0; i < 5; ++i) {
        times << m_now.addDays(-50 + 7 * i);
        expiries << (i < 3 ? m_now.addDays(-1) : m_now.addDays(30));
    }
    const BackupInstance instance = addWithPoints(QStringLiteral("as-per-policy"), times, expiries);
    const QList<RecoveryPoint> before = points(instance);
    QCOMPARE(before.size(), 5);

    const Result<int> stopped = stop(instance, InstanceProtection::StopMode::RetainAsPerPolicy);
    QVERIFY_RESULT(stopped);
    QCOMPARE(*stopped, 0);
    const BackupInstance after = reread(instance);
    QCOMPARE(after.name, instance.name);
    QCOMPARE(after.protection, BackupInstance::Protection::StoppedRetainAsPerPolicy);
    QVERIFY(after.stopped.isValid());
    QCOMPARE(points(instance), before); // kept, each with its expiry
    QCOMPARE(readPassword(instance).code, CredentialResult::Code::NotFound);
    QVERIFY(leaseIsFree(instance));

    // Expiry goes on as the policy said: the expired ones go (to deleted, as the vault keeps
    // deleted points for its soft-delete days), but for the newest three of it.
    ExpiryRunner expiry(m_fx.catalog->database(), QStringLiteral("test:1"));
    const Result<ExpiryReport> report = expiry.run(m_now, instance.name, false, false);
    QVERIFY_RESULT(report);
    QCOMPARE(report->count(ExpiryItem::Outcome::SoftDeleted), 2);
    QCOMPARE(points(instance).size(), 3);
    QCOMPARE(PointRepository(m_fx.catalog->database()).listDeleted(instance.id).value().size(), 2);

    // Stopping again changes what becomes of the points, not since when protection is stopped.
    QVERIFY_RESULT(stop(after, InstanceProtection::StopMode::RetainForever));
    QCOMPARE(reread(instance).protection, BackupInstance::Protection::StoppedRetainForever);
    QCOMPARE(reread(instance).stopped, after.stopped);
}

void TestInstanceProtection::retainForeverNeverExpiresUntilResumed()
{
    const BackupInstance instance = addWithPoints(QStringLiteral("forever"),
        {m_now.addDays(-400), m_now.addDays(-300), m_now.addDays(-200), m_now.addDays(-100)},
        {m_now.addDays(-10), m_now.addDays(-10), m_now.addDays(-10), m_now.addDays(-10)});
    const QList<RecoveryPoint> before = points(instance);
    QVERIFY_RESULT(stop(instance, InstanceProtection::StopMode::RetainForever));
    QCOMPARE(reread(instance).protection, BackupInstance::Protection::StoppedRetainForever);

    // Not expired at any time to come; expiry leaves them be.
    const PointRepository repository(m_fx.catalog->database());
    const QList<RecoveryPoint> everExpiring = repository.expiredAt(m_now.addYears(100)).value();
    for (const RecoveryPoint &expired : everExpiring)
        QVERIFY2(expired.instanceId != instance.id, qPrintable(expired.id));
    ExpiryRunner expiry(m_fx.catalog->database(), QStringLiteral("test:1"));
    const Result<ExpiryReport> report = expiry.run(m_now, instance.name, false, false);
    QVERIFY_RESULT(report);
    QCOMPARE(report->items.size(), 0);
    QCOMPARE(points(instance), before);

    // Resumed, the password is back and the points expire as their policy said again.
    const Result<BackupInstance> resumed = resume(instance, m_fx.pg.superuserPassword());
    QVERIFY_RESULT(resumed);
    QVERIFY(resumed->isProtected());
    QVERIFY(reread(instance).isProtected());
    QVERIFY(!reread(instance).stopped.isValid());
    QCOMPARE(readPassword(instance).secret, m_fx.pg.superuserPassword());
    int expired = 0;
    const QList<RecoveryPoint> expiringNow = repository.expiredAt(m_now).value();
    for (const RecoveryPoint &point : expiringNow)
        expired += point.instanceId == instance.id ? 1 : 0;
    QCOMPARE(expired, 4);
    const Result<BackupInstance> again = resume(instance, m_fx.pg.superuserPassword());
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("Instance.NotStopped"));
    QVERIFY_RESULT(stop(instance, InstanceProtection::StopMode::RetainAsPerPolicy));
}

void TestInstanceProtection::deleteDataRemovesEveryPoint()
{
    // The last point is in the vault only (its backup was killed before its catalog row).
    const BackupInstance instance = addWithPoints(QStringLiteral("delete-me"),
        {m_now.addDays(-20), m_now.addDays(-10), m_now.addDays(-1)},
        {m_now.addDays(100), m_now.addDays(100), m_now.addDays(100)},
        true);
    QCOMPARE(points(instance).size(), 2);
    QVERIFY(QFileInfo(instanceFolder(instance)).isDir());

    const Result<int> deleted = stop(instance, InstanceProtection::StopMode::DeleteData);
    QVERIFY_RESULT(deleted);
    QCOMPARE(*deleted, 3);
    QVERIFY(!InstanceRepository(m_fx.catalog->database()).findById(instance.id).value().has_value());
    QVERIFY(points(instance).isEmpty());
    QVERIFY2(!QFileInfo::exists(instanceFolder(instance)), qPrintable(instanceFolder(instance)));
    QCOMPARE(readPassword(instance).code, CredentialResult::Code::NotFound);
}

void TestInstanceProtection::deleteDataReportsAPointItCannotDelete()
{
    const BackupInstance instance = addWithPoints(QStringLiteral("stubborn"),
        {m_now.addDays(-20), m_now.addDays(-10), m_now.addDays(-1)},
        {m_now.addDays(100), m_now.addDays(100), m_now.addDays(100)});
    // A link planted inside one point: the vault refuses to delete through it.
    const QString stubborn = points(instance).at(1).id;
    const QString link = QDir(instanceFolder(instance)).filePath(QStringLiteral("points/%1/planted").arg(stubborn));
    QVERIFY(QFile::link(m_fx.home.path(), link));

    const Result<int> deleted = stop(instance, InstanceProtection::StopMode::DeleteData);
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().code, QStringLiteral("Instance.DeleteDataIncomplete"));
    QVERIFY2(deleted.error().message.contains(stubborn), qPrintable(deleted.error().text()));
    QVERIFY2(deleted.error().message.contains(QStringLiteral("symbolic link")), qPrintable(deleted.error().text()));
    // The others went; the instance stays, stopped, with the point that is left listed.
    const BackupInstance after = reread(instance);
    QCOMPARE(after.protection, BackupInstance::Protection::StoppedRetainAsPerPolicy);
    QCOMPARE(points(instance).size(), 1);
    QCOMPARE(points(instance).first().id, stubborn);
    QVERIFY(QFileInfo::exists(m_fx.home.path())); // what the link points to is untouched
    QVERIFY(leaseIsFree(instance));

    // Once the cause is gone, delete data again finishes the job.
    QVERIFY(QFile::remove(link));
    const Result<int> again = stop(after, InstanceProtection::StopMode::DeleteData);
    QVERIFY_RESULT(again);
    QCOMPARE(*again, 1);
    QVERIFY(!InstanceRepository(m_fx.catalog->database()).findById(instance.id).value().has_value());
}

void TestInstanceProtection::busyInstanceIsNotStopped()
{
    const BackupInstance instance = addWithPoints(QStringLiteral("busy"), {m_now.addDays(-1)}, {m_now.addDays(100)});
    InstanceLeases leases(m_fx.catalog->database());
    QVERIFY_RESULT(leases.claim(instance.id, QStringLiteral("other-job"), QStringLiteral("elsewhere:1"), m_now));
    for (const auto mode : {InstanceProtection::StopMode::RetainForever, InstanceProtection::StopMode::DeleteData}) {
        const Result<int> stopped = stop(instance, mode);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, QStringLiteral("Instance.Busy"));
        QVERIFY(stopped.error().message.contains(QStringLiteral("other-job")));
    }
    QVERIFY(reread(instance).isProtected());
    QCOMPARE(points(instance).size(), 1);
    QCOMPARE(readPassword(instance).secret, m_fx.pg.superuserPassword());
    QVERIFY_RESULT(leases.release(instance.id, QStringLiteral("other-job")));
    QVERIFY_RESULT(stop(instance, InstanceProtection::StopMode::DeleteData));
}

void TestInstanceProtection::stoppedInstanceIsNotBackedUp()
{
    const BackupInstance instance = addWithPoints(QStringLiteral("no-more-backups"), {}, {});
    QVERIFY_RESULT(stop(instance, InstanceProtection::StopMode::RetainAsPerPolicy));
    JobRunner runner(m_fx.catalog->path());
    const Result<QString> refused = Test::BackupFixture::start(runner, reread(instance));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("Instance.ProtectionStopped"));

    // A front end still showing it as protected (and a password in the keychain): the job itself
    // finds protection stopped under the lease, and fails before it dumps anything.
    Credentials credentials;
    std::optional<CredentialResult> written;
    credentials.write(Credentials::serverPasswordKey(instance.id),
        m_fx.pg.superuserPassword(),
        nullptr,
        [&](const CredentialResult &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    const Result<QString> started = Test::BackupFixture::start(runner, instance);
    QVERIFY_RESULT(started);
    const Job job = m_fx.waitFor(runner, *started);
    QCOMPARE(job.status, JobTypes::Status::Failed);
    QCOMPARE(job.error->code, QStringLiteral("Instance.ProtectionStopped"));
    QVERIFY(points(instance).isEmpty());
    QVERIFY_RESULT(stop(reread(instance), InstanceProtection::StopMode::DeleteData));
}

void TestInstanceProtection::retainedPointOfStoppedInstanceRestores()
{
    Result<BackupInstance> added
        = m_fx.addInstance(QStringLiteral("restorable"), m_fx.pg.superuser(), m_fx.pg.superuserPassword());
    QVERIFY_RESULT(added);
    QString pointId;
    {
        JobRunner runner(m_fx.catalog->path());
        const Result<QString> started = Test::BackupFixture::start(runner, *added);
        QVERIFY_RESULT(started);
        const Job job = m_fx.waitFor(runner, *started);
        QVERIFY2(job.status == JobTypes::Status::Completed, qPrintable(job.output));
        pointId = job.pointId;
    }
    QVERIFY_RESULT(stop(*added, InstanceProtection::StopMode::RetainForever));
    const BackupInstance stopped = reread(*added);
    QVERIFY(!stopped.isProtected());
    QCOMPARE(points(stopped).size(), 1);

    const auto restore = [&](const RestoreRequest &request) {
        JobRunner runner(m_fx.catalog->path());
        std::optional<Result<QString>> started;
        runner.startRestore(stopped, request, nullptr, [&](const Result<QString> &r) { started = r; });
        QElapsedTimer timer;
        timer.start();
        while (!started && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!started || !*started)
            return Job{};
        return m_fx.waitFor(runner, started->value());
    };

    QTemporaryDir folder;
    RestoreRequest asFiles;
    asFiles.pointId = pointId;
    asFiles.target = RestoreRequest::Target::Folder;
    asFiles.folder = folder.path();
    const Job files = restore(asFiles);
    QVERIFY2(files.status == JobTypes::Status::Completed, qPrintable(files.output));
    QVERIFY(QFileInfo::exists(QDir(folder.path()).filePath(QStringLiteral("db-shop.dump"))));

    RestoreRequest toServer;
    toServer.pointId = pointId;
    toServer.target = RestoreRequest::Target::Server;
    toServer.server = m_fx.pg.connection();
    toServer.databaseMap = {{QStringLiteral("shop"), QStringLiteral("shop_from_stopped")}};
    toServer.jobs = 2;
    const Job server = restore(toServer);
    QVERIFY2(server.status == JobTypes::Status::Completed, qPrintable(server.output));
    QCOMPARE(m_fx.pg.psql(QStringLiteral("shop_from_stopped"), QStringLiteral("SELECT count(*) FROM orders"))
                 .value()
                 .trimmed(),
        QStringLiteral("500"));
}

void TestInstanceProtection::setPolicyKeepsExistingExpiry()
{
    BackupPolicy monthly;
    monthly.setName(QStringLiteral("Monthly-Only"));
    QVERIFY_RESULT(m_fx.catalog->policies().create(monthly));
    const BackupInstance instance
        = addWithPoints(QStringLiteral("repoliced"), {m_now.addDays(-3)}, {m_now.addDays(27)});
    const QList<RecoveryPoint> before = points(instance);

    const Result<BackupInstance> changed = protection().setPolicy(instance, QStringLiteral("monthly-only"));
    QVERIFY_RESULT(changed);
    QCOMPARE(changed->policyName, QStringLiteral("Monthly-Only"));
    QCOMPARE(reread(instance).policyName, QStringLiteral("Monthly-Only"));
    QCOMPARE(points(instance), before);

    const Result<BackupInstance> unknown = protection().setPolicy(instance, QStringLiteral("no-such-policy"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QStringLiteral("Policy.NotFound"));
    QCOMPARE(reread(instance).policyName, QStringLiteral("Monthly-Only"));
    QVERIFY_RESULT(stop(instance, InstanceProtection::StopMode::DeleteData));
}

void TestInstanceProtection::secondInstanceOfOneServerIsRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("portOffset");
    QTest::addColumn<bool>("existingStopped");
    QTest::addColumn<bool>("refused");
    QTest::newRow("same address") << QStringLiteral("127.0.0.1") << 0 << false << true;
    QTest::newRow("localhost is the loopback") << QStringLiteral("LOCALHOST") << 0 << false << true;
    QTest::newRow("::1 is the loopback") << QStringLiteral("::1") << 0 << false << true;
    QTest::newRow("another port") << QStringLiteral("127.0.0.1") << 1 << false << false;
    QTest::newRow("another host") << QStringLiteral("db.example.com") << 0 << false << false;
    QTest::newRow("existing one stopped") << QStringLiteral("localhost") << 0 << true << false;
}

void TestInstanceProtection::secondInstanceOfOneServerIsRefused()
{
    QFETCH(QString, host);
    QFETCH(int, portOffset);
    QFETCH(bool, existingStopped);
    QFETCH(bool, refused);
    const BackupInstance existing = addWithPoints(QStringLiteral("first"), {}, {});
    if (existingStopped)
        QVERIFY_RESULT(stop(existing, InstanceProtection::StopMode::RetainAsPerPolicy));

    BackupInstance second;
    second.name = QStringLiteral("second");
    second.host = host;
    second.port = m_fx.pg.port() + portOffset;
    second.user = QStringLiteral("someone_else");
    second.policyName = m_fx.policyName;
    const Result<BackupInstance> prepared = protection().prepare(second);
    if (refused) {
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, QStringLiteral("Instance.AlreadyProtected"));
        QCOMPARE(prepared.error().field, QStringLiteral("host"));
        QCOMPARE(prepared.error().kind, ErrorKind::BadInput);
        QVERIFY2(prepared.error().message.contains(QStringLiteral("\"first\"")), qPrintable(prepared.error().text()));
        QVERIFY(prepared.error().remedy.contains(QStringLiteral("first")));
    } else {
        QVERIFY_RESULT(prepared);
    }
    QVERIFY_RESULT(stop(reread(existing), InstanceProtection::StopMode::DeleteData));
}

QTEST_GUILESS_MAIN(TestInstanceProtection)
#include "TestInstanceProtection.moc"
