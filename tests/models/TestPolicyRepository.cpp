#include "models/Catalog.h"
#include "models/policies/PolicyRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace PgVault;

/// Policies in the catalog: round trip through Azure JSON, unique names, validation and the
/// refusal to delete a policy in use.
class TestPolicyRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createFindAndList();
    void findIgnoresCase();
    void duplicateNameIsRefused_data();
    void duplicateNameIsRefused();
    void invalidPolicyIsRefusedWithField_data();
    void invalidPolicyIsRefusedWithField();
    void removeDeletesUnusedPolicy();
    void removeUnknownPolicyIsNotFound();
    void removeInUseNamesTheInstances();

private:
    static BackupPolicy policy(const QString &name);
    void addInstance(const QString &name, const QString &policyId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

BackupPolicy TestPolicyRepository::policy(const QString &name)
{
    BackupPolicy p;
    p.setName(name);
    p.setSchedule(WeeklySchedule({Qt::Sunday, Qt::Wednesday}, QTime(22, 0), QTimeZone("Europe/Berlin")));
    p.setRules({RetentionRule(RetentionRule::Kind::Default, Duration::months(3)),
        RetentionRule(RetentionRule::Kind::Weekly, Duration::weeks(12)),
        RetentionRule(RetentionRule::Kind::Yearly, Duration::years(10))});
    return p;
}

void TestPolicyRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto catalog = Catalog::open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY_RESULT(catalog);
    m_catalog = std::move(catalog).value();
}

void TestPolicyRepository::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestPolicyRepository::addInstance(const QString &name, const QString &policyId)
{
    QSqlQuery query(m_catalog->database());
    query.prepare(QStringLiteral("INSERT INTO instances (id, name, policy_id) VALUES (:id, :name, :policy)"));
    query.bindValue(QStringLiteral(":id"), QString(QStringLiteral("instance-") + name));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":policy"), policyId);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestPolicyRepository::createFindAndList()
{
    PolicyRepository policies = m_catalog->policies();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<QString> weekly = policies.create(policy(QStringLiteral("weekly-pg")));
    QVERIFY_RESULT(weekly);
    QVERIFY(!QUuid::fromString(*weekly).isNull());
    QVERIFY_RESULT(policies.create(policy(QStringLiteral("Archive-pg"))));

    const Result<std::optional<StoredPolicy>> found = policies.find(QStringLiteral("weekly-pg"));
    QVERIFY_RESULT(found);
    QVERIFY(found->has_value());
    const StoredPolicy &stored = found->value();
    QCOMPARE(stored.id, *weekly);
    QCOMPARE(stored.policy, policy(QStringLiteral("weekly-pg")));
    QVERIFY(stored.created >= before && stored.created <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(stored.instanceCount, 0);

    addInstance(QStringLiteral("server-a"), *weekly);
    const Result<QList<StoredPolicy>> all = policies.list();
    QVERIFY_RESULT(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).policy.name(), QStringLiteral("Archive-pg"));
    QCOMPARE(all->at(0).instanceCount, 0);
    QCOMPARE(all->at(1).policy.name(), QStringLiteral("weekly-pg"));
    QCOMPARE(all->at(1).instanceCount, 1);
    QVERIFY(policies.exists(QStringLiteral("archive-pg")));
    QVERIFY(!policies.exists(QStringLiteral("other")));
}

void TestPolicyRepository::findIgnoresCase()
{
    PolicyRepository policies = m_catalog->policies();
    QVERIFY_RESULT(policies.create(policy(QStringLiteral("Weekly-PG"))));
    const Result<std::optional<StoredPolicy>> found = policies.find(QStringLiteral("weekly-pg"));
    QVERIFY_RESULT(found);
    QVERIFY(found->has_value());
    // The stored spelling wins over the one asked for.
    QCOMPARE(found->value().policy.name(), QStringLiteral("Weekly-PG"));
    const Result<std::optional<StoredPolicy>> missing = policies.find(QStringLiteral("nothing"));
    QVERIFY_RESULT(missing);
    QVERIFY(!missing->has_value());
}

void TestPolicyRepository::duplicateNameIsRefused_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same spelling") << "weekly-pg";
    QTest::newRow("upper case") << "WEEKLY-PG";
    QTest::newRow("mixed case") << "Weekly-Pg";
}

void TestPolicyRepository::duplicateNameIsRefused()
{
    QFETCH(QString, second);
    PolicyRepository policies = m_catalog->policies();
    QVERIFY_RESULT(policies.create(policy(QStringLiteral("weekly-pg"))));
    const Result<QString> duplicate = policies.create(policy(second));
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, QStringLiteral("Policy.DuplicateName"));
    QCOMPARE(duplicate.error().field, QStringLiteral("name"));
    QCOMPARE(duplicate.error().message, QStringLiteral("A policy named \"%1\" already exists.").arg(second));
    QVERIFY(!duplicate.error().remedy.isEmpty());
    QCOMPARE(policies.list()->size(), 1);
}

void TestPolicyRepository::invalidPolicyIsRefusedWithField_data()
{
    QTest::addColumn<BackupPolicy>("invalid");
    QTest::addColumn<QString>("field");

    BackupPolicy badName = policy(QStringLiteral("weekly pg"));
    QTest::newRow("name with a space") << badName << "name";
    BackupPolicy shortName = policy(QStringLiteral("ab"));
    QTest::newRow("name too short") << shortName << "name";
    BackupPolicy noDays = policy(QStringLiteral("no-days"));
    WeeklySchedule schedule = noDays.schedule();
    schedule.setDays({});
    noDays.setSchedule(schedule);
    QTest::newRow("no weekday") << noDays << "schedule.days";
    BackupPolicy tooLong = policy(QStringLiteral("too-long"));
    tooLong.putRule(RetentionRule(RetentionRule::Kind::Weekly, Duration::years(11)));
    QTest::newRow("weekly above 10 years") << tooLong << "rules.Weekly.duration";
    BackupPolicy tooShort = policy(QStringLiteral("too-short"));
    tooShort.putRule(RetentionRule(RetentionRule::Kind::Default, Duration::days(6)));
    QTest::newRow("default below 7 days") << tooShort << "rules.Default.duration";
}

void TestPolicyRepository::invalidPolicyIsRefusedWithField()
{
    QFETCH(BackupPolicy, invalid);
    QFETCH(QString, field);
    PolicyRepository policies = m_catalog->policies();
    const Result<QString> created = policies.create(invalid);
    QVERIFY(!created);
    QCOMPARE(created.error().field, field);
    QCOMPARE(created.error(), invalid.validate().constFirst());
    QVERIFY(policies.list()->isEmpty());
}

void TestPolicyRepository::removeDeletesUnusedPolicy()
{
    PolicyRepository policies = m_catalog->policies();
    QVERIFY_RESULT(policies.create(policy(QStringLiteral("weekly-pg"))));
    QVERIFY_RESULT(policies.remove(QStringLiteral("WEEKLY-pg")));
    QVERIFY(!policies.exists(QStringLiteral("weekly-pg")));
    QVERIFY(policies.list()->isEmpty());
}

void TestPolicyRepository::removeUnknownPolicyIsNotFound()
{
    const Result<void> removed = m_catalog->policies().remove(QStringLiteral("nothing"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, QStringLiteral("Policy.NotFound"));
    QCOMPARE(removed.error().field, QStringLiteral("name"));
    QVERIFY(removed.error().message.contains(QLatin1String("\"nothing\"")));
}

void TestPolicyRepository::removeInUseNamesTheInstances()
{
    PolicyRepository policies = m_catalog->policies();
    const Result<QString> id = policies.create(policy(QStringLiteral("weekly-pg")));
    QVERIFY_RESULT(id);
    addInstance(QStringLiteral("server-b"), *id);
    addInstance(QStringLiteral("server-a"), *id);
    QCOMPARE(policies.instancesUsing(QStringLiteral("Weekly-PG")),
        QStringList({QStringLiteral("server-a"), QStringLiteral("server-b")}));

    const Result<void> removed = policies.remove(QStringLiteral("weekly-pg"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, QStringLiteral("Policy.InUse"));
    QVERIFY2(removed.error().text().startsWith(
                 QLatin1String("Policy \"weekly-pg\" is used by backup instances server-a, server-b; ")),
        qPrintable(removed.error().text()));
    QVERIFY(!removed.error().remedy.isEmpty());
    QVERIFY(policies.exists(QStringLiteral("weekly-pg")));

    QSqlQuery(m_catalog->database()).exec(QStringLiteral("DELETE FROM instances"));
    QVERIFY_RESULT(policies.remove(QStringLiteral("weekly-pg")));
}

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "TestPolicyRepository.moc"
