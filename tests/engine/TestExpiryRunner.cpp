#include "engine/CompressedFileWriter.h"
#include "engine/ExpiryRunner.h"
#include "engine/LocalVaultStore.h"
#include "models/Catalog.h"
#include "models/InstanceLeases.h"
#include "models/InstanceRepository.h"
#include "models/JobRepository.h"
#include "models/PointRepository.h"
#include "models/PolicyRepository.h"
#include "models/VaultRepository.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace PgVault;

namespace {

QDateTime day(int month, int dayOfMonth)
{
    return QDateTime(QDate(2024, month, dayOfMonth), QTime(20, 0), QTimeZone::utc());
}

const QDateTime Now = day(2, 10);

} // namespace

/// Tests ExpiryRunner against a real LocalVaultStore and catalog: Delete jobs for expired points,
/// the newest point kept, dry runs, a busy instance skipped, one instance at a time.
class TestExpiryRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto catalog = Catalog::open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY_RESULT(catalog);
        m_catalog = std::move(catalog).value();
        auto store = LocalVaultStore::openOrCreate(m_dir->filePath(QStringLiteral("vault")), QStringLiteral("local"));
        QVERIFY_RESULT(store);
        m_store = std::move(store).value();
        const Vault vault{m_store->info().id, QStringLiteral("local"), Vault::Kind::Local, m_store->location(), Now};
        QVERIFY_RESULT(VaultRepository(m_catalog->database()).create(vault));
        BackupPolicy policy;
        policy.setName(QStringLiteral("weekly"));
        QVERIFY_RESULT(m_catalog->policies().create(policy));
        m_prod = addInstance(QStringLiteral("prod"));
        m_other = addInstance(QStringLiteral("other"));
    }

    void cleanup()
    {
        m_store.reset();
        m_catalog.reset();
        m_dir.reset();
    }

    void deletesExpiredPointsWithDeleteJobs()
    {
        const QString p1 = addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = addPoint(m_prod, day(1, 7), day(2, 10), RetentionRule::Kind::Weekly);
        const QString p3 = addPoint(m_prod, day(1, 14), day(12, 31), RetentionRule::Kind::Monthly);

        ExpiryRunner runner(m_catalog->database(), QStringLiteral("test:1"));
        const Result<ExpiryReport> report = runner.run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 2);
        QCOMPARE(report->count(ExpiryItem::Outcome::Deleted), 2);
        QCOMPARE(report->items.at(0).point.id, p1);
        QCOMPARE(report->items.at(1).point.id, p2);
        QVERIFY(!report->hasProblems());

        QCOMPARE(vaultPoints(m_prod), QStringList{p3});
        QCOMPARE(catalogPoints(m_prod), QStringList{p3});

        JobFilter filter;
        filter.operation = JobTypes::Operation::Delete;
        const Result<QList<Job>> jobs = JobRepository(m_catalog->database()).list(filter);
        QVERIFY_RESULT(jobs);
        QCOMPARE(jobs->size(), 2);
        for (const Job &job : *jobs) {
            QCOMPARE(job.status, JobTypes::Status::Completed);
            QVERIFY(!job.userTriggered);
            QCOMPARE(job.instanceName, QStringLiteral("prod"));
            QCOMPARE(job.owner, QStringLiteral("test:1"));
            QCOMPARE(job.additionalDetails.value(QStringLiteral("Reason")), QStringLiteral("Expired"));
            QVERIFY(job.end.isValid());
        }
        const Job &first = jobs->at(0).pointId == p1 ? jobs->at(0) : jobs->at(1);
        QCOMPARE(first.pointId, p1);
        QCOMPARE(first.retentionTag, QStringLiteral("Default"));
        QCOMPARE(first.additionalDetails.value(QStringLiteral("ExpiryTime")), QStringLiteral("2024-02-01T20:00:00Z"));
        // The lease is released: a backup can claim the instance again.
        QVERIFY_RESULT(
            InstanceLeases(m_catalog->database())
                .claim(m_prod, QStringLiteral("next"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
    }

    void keepsTheNewestPointEvenWhenExpired()
    {
        const QString p1 = addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 2);
        QCOMPARE(report->items.at(0).point.id, p1);
        QCOMPARE(report->items.at(0).outcome, ExpiryItem::Outcome::Deleted);
        QCOMPARE(report->items.at(1).point.id, p2);
        QCOMPARE(report->items.at(1).outcome, ExpiryItem::Outcome::KeptNewest);
        QCOMPARE(vaultPoints(m_prod), QStringList{p2});
        QCOMPARE(catalogPoints(m_prod), QStringList{p2});
        QCOMPARE(deleteJobCount(), 1);

        // Still kept on the next pass, and no job is recorded for keeping it.
        const Result<ExpiryReport> again
            = ExpiryRunner(m_catalog->database(), QStringLiteral("test:1")).run(Now.addYears(1), {}, false, false);
        QVERIFY_RESULT(again);
        QCOMPARE(again->count(ExpiryItem::Outcome::KeptNewest), 1);
        QCOMPARE(vaultPoints(m_prod), QStringList{p2});
        QCOMPARE(deleteJobCount(), 1);
    }

    void dryRunChangesNothing()
    {
        const QString p1 = addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Weekly);
        const QString p3 = addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Default);
        const QString o1 = addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_catalog->database(), QStringLiteral("test:1")).run(Now, {}, true, true);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 3);
        QCOMPARE(report->count(ExpiryItem::Outcome::WouldDelete), 2);
        QCOMPARE(report->count(ExpiryItem::Outcome::KeptNewest), 1);
        QCOMPARE(vaultPoints(m_prod), (QStringList{p1, p2, p3}));
        QCOMPARE(catalogPoints(m_prod), (QStringList{p1, p2, p3}));
        QCOMPARE(vaultPoints(m_other), QStringList{o1});
        QCOMPARE(deleteJobCount(), 0);
        QVERIFY_RESULT(
            InstanceLeases(m_catalog->database())
                .claim(m_prod, QStringLiteral("next"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
    }

    void onlyTheNamedInstance()
    {
        const QString p1 = addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = addPoint(m_prod, day(1, 7), day(12, 1), RetentionRule::Kind::Default);
        const QString o1 = addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);
        const QString o2 = addPoint(m_other, day(1, 9), day(12, 2), RetentionRule::Kind::Default);

        ExpiryRunner runner(m_catalog->database(), QStringLiteral("test:1"));
        const Result<ExpiryReport> report = runner.run(Now, QStringLiteral("other"), false, true);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 1);
        QCOMPARE(report->items.at(0).point.id, o1);
        QCOMPARE(vaultPoints(m_other), QStringList{o2});
        QCOMPARE(vaultPoints(m_prod), (QStringList{p1, p2}));

        const Result<ExpiryReport> unknown = runner.run(Now, QStringLiteral("nope"), false, true);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, InstanceRepository::notFound(QStringLiteral("nope")).code);
    }

    void skipsAnInstanceBusyWithAnotherJob()
    {
        const QString p1 = addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Default);
        const QString p3 = addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Default);
        const QString o1 = addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);
        const QString o2 = addPoint(m_other, day(1, 9), day(12, 2), RetentionRule::Kind::Default);

        Job backup;
        backup.id = QStringLiteral("backup-job-7");
        backup.activityId = backup.id;
        backup.start = QDateTime::currentDateTimeUtc();
        backup.instanceId = m_prod;
        backup.instanceName = QStringLiteral("prod");
        QVERIFY_RESULT(JobRepository(m_catalog->database()).create(backup));
        QVERIFY_RESULT(
            InstanceLeases(m_catalog->database()).claim(m_prod, backup.id, QStringLiteral("other:2"), backup.start));

        const Result<ExpiryReport> report
            = ExpiryRunner(m_catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QVERIFY(report->hasProblems());
        QCOMPARE(report->count(ExpiryItem::Outcome::Skipped), 2);
        for (const ExpiryItem &item : report->items) {
            if (item.instanceName != QLatin1String("prod"))
                continue;
            QCOMPARE(item.outcome, ExpiryItem::Outcome::Skipped);
            QVERIFY(item.error);
            QCOMPARE(item.error->code, QStringLiteral("Instance.Busy"));
            QVERIFY2(item.error->message.contains(backup.id), qPrintable(item.error->message));
        }
        QCOMPARE(vaultPoints(m_prod), (QStringList{p1, p2, p3}));
        QCOMPARE(catalogPoints(m_prod), (QStringList{p1, p2, p3}));
        // The other instance is not held up by the busy one.
        QCOMPARE(vaultPoints(m_other), QStringList{o2});
        QCOMPARE(deleteJobCount(), 1);
        (void)o1;
    }

    void aPointAlreadyGoneFromTheVaultLeavesTheCatalogToo()
    {
        const QString p1 = addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = addPoint(m_prod, day(1, 7), day(12, 1), RetentionRule::Kind::Default);
        QVERIFY_RESULT(m_store->removePoint(m_prod, p1));

        const Result<ExpiryReport> report
            = ExpiryRunner(m_catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->count(ExpiryItem::Outcome::Deleted), 1);
        QCOMPARE(catalogPoints(m_prod), QStringList{p2});
        const Result<std::optional<Job>> job = JobRepository(m_catalog->database()).find(report->items.at(0).jobId);
        QVERIFY_RESULT(job);
        QVERIFY(job->has_value());
        QCOMPARE(job->value().status, JobTypes::Status::Completed);
        QVERIFY(job->value().additionalDetails.contains(QStringLiteral("Note")));
    }

private:
    QString addInstance(const QString &name)
    {
        BackupInstance instance;
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        instance.name = name;
        instance.host = QStringLiteral("127.0.0.1");
        instance.user = QStringLiteral("admin");
        instance.policyId = m_catalog->policies().find(QStringLiteral("weekly"))->value().id;
        instance.vaultId = m_store->info().id;
        instance.created = day(1, 1).addDays(-30);
        const Result<void> created = InstanceRepository(m_catalog->database()).create(instance);
        if (!created)
            qWarning() << created.error().text();
        return instance.id;
    }

    /// A small committed point in the vault and its catalog row.
    QString addPoint(const QString &instanceId, const QDateTime &time, const QDateTime &expiry, RetentionRule::Kind tag)
    {
        const QString pointId = QUuid::createUuid().toString(QUuid::Id128);
        auto writer = m_store->beginPoint(instanceId, pointId);
        if (!writer)
            return {};
        const QString fileName = PointManifest::databaseFileName(QStringLiteral("sales"));
        QIODevice *sink = writer.value()->createFile(fileName).value();
        auto compressor = CompressedFileWriter::create(sink, fileName, {3, 0});
        (void)compressor.value()->write(QByteArrayLiteral("PGDMP") + QByteArray(1000, 'x'));
        const FileDigest digest = compressor.value()->finish().value();
        (void)writer.value()->finishFile(fileName);
        PointManifest manifest;
        manifest.setPointId(pointId);
        manifest.setInstanceId(instanceId);
        manifest.setInstanceName(QStringLiteral("prod"));
        manifest.setTime(time);
        manifest.setTag(RetentionRule::tagName(tag));
        manifest.setExpiry(expiry);
        manifest.setDatabases({QStringLiteral("sales")});
        manifest.addFile({fileName,
            QStringLiteral("sales"),
            PointFile::Kind::Database,
            digest.rawSize,
            digest.storedSize,
            digest.sha256});
        if (const Result<void> committed = writer.value()->commit(manifest); !committed) {
            qWarning() << committed.error().text();
            return {};
        }
        RecoveryPoint point;
        point.id = pointId;
        point.instanceId = instanceId;
        point.time = time;
        point.tag = tag;
        point.expiry = expiry;
        point.databases = {QStringLiteral("sales")};
        (void)PointRepository(m_catalog->database()).put(point);
        return pointId;
    }

    QStringList vaultPoints(const QString &instanceId) const
    {
        QStringList ids;
        const Result<PointListing> listing = m_store->listPoints(instanceId);
        if (!listing)
            return {listing.error().text()};
        for (const PointManifest &manifest : listing->points)
            ids << manifest.pointId();
        return ids;
    }

    /// Oldest first, like vaultPoints.
    QStringList catalogPoints(const QString &instanceId) const
    {
        QStringList ids;
        const Result<QList<RecoveryPoint>> points = PointRepository(m_catalog->database()).listForInstance(instanceId);
        if (!points)
            return {points.error().text()};
        for (const RecoveryPoint &point : *points)
            ids.prepend(point.id);
        return ids;
    }

    int deleteJobCount() const
    {
        JobFilter filter;
        filter.operation = JobTypes::Operation::Delete;
        return JobRepository(m_catalog->database()).count(filter).value();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LocalVaultStore> m_store;
    QString m_prod;
    QString m_other;
};

QTEST_GUILESS_MAIN(TestExpiryRunner)
#include "TestExpiryRunner.moc"
