#include "engine/ExpiryRunner.h"
#include "engine/LocalVaultStore.h"
#include "models/Catalog.h"
#include "models/InstanceLeases.h"
#include "models/InstanceRepository.h"
#include "models/JobRepository.h"
#include "models/PointRepository.h"
#include "models/PolicyRepository.h"
#include "models/VaultRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace PgVault;

namespace {

QDateTime day(int month, int dayOfMonth)
{
    return QDateTime(QDate(2024, month, dayOfMonth), QTime(20, 0), QTimeZone::utc());
}

const QDateTime Now = day(2, 10);

} // namespace

/// Tests ExpiryRunner against a real LocalVaultStore and catalog: Delete jobs for expired points,
/// the newest point kept, dry runs, a busy instance skipped, one instance at a time, and a link
/// planted in an expired point reported instead of followed.
class TestExpiryRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempCatalogAndVault>();
        QVERIFY_RESULT(m_temp->create(Now));
        m_prod = addInstance(QStringLiteral("prod"));
        m_other = addInstance(QStringLiteral("other"));
    }

    void cleanup() { m_temp.reset(); }

    void deletesExpiredPointsWithDeleteJobs()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 10), RetentionRule::Kind::Weekly);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(12, 31), RetentionRule::Kind::Monthly);

        ExpiryRunner runner(m_temp->catalog->database(), QStringLiteral("test:1"));
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
        const Result<QList<Job>> jobs = JobRepository(m_temp->catalog->database()).list(filter);
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
            InstanceLeases(m_temp->catalog->database())
                .claim(m_prod, QStringLiteral("next"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
    }

    void keepsTheNewestPointEvenWhenExpired()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
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
        const Result<ExpiryReport> again = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1"))
                                               .run(Now.addYears(1), {}, false, false);
        QVERIFY_RESULT(again);
        QCOMPARE(again->count(ExpiryItem::Outcome::KeptNewest), 1);
        QCOMPARE(vaultPoints(m_prod), QStringList{p2});
        QCOMPARE(deleteJobCount(), 1);
    }

    void dryRunChangesNothing()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Weekly);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Default);
        const QString o1 = m_temp->addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, true, true);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 3);
        QCOMPARE(report->count(ExpiryItem::Outcome::WouldDelete), 2);
        QCOMPARE(report->count(ExpiryItem::Outcome::KeptNewest), 1);
        QCOMPARE(vaultPoints(m_prod), (QStringList{p1, p2, p3}));
        QCOMPARE(catalogPoints(m_prod), (QStringList{p1, p2, p3}));
        QCOMPARE(vaultPoints(m_other), QStringList{o1});
        QCOMPARE(deleteJobCount(), 0);
        QVERIFY_RESULT(
            InstanceLeases(m_temp->catalog->database())
                .claim(m_prod, QStringLiteral("next"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
    }

    void onlyTheNamedInstance()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(12, 1), RetentionRule::Kind::Default);
        const QString o1 = m_temp->addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);
        const QString o2 = m_temp->addPoint(m_other, day(1, 9), day(12, 2), RetentionRule::Kind::Default);

        ExpiryRunner runner(m_temp->catalog->database(), QStringLiteral("test:1"));
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
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Default);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Default);
        const QString o1 = m_temp->addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);
        const QString o2 = m_temp->addPoint(m_other, day(1, 9), day(12, 2), RetentionRule::Kind::Default);

        Job backup;
        backup.id = QStringLiteral("backup-job-7");
        backup.activityId = backup.id;
        backup.start = QDateTime::currentDateTimeUtc();
        backup.instanceId = m_prod;
        backup.instanceName = QStringLiteral("prod");
        QVERIFY_RESULT(JobRepository(m_temp->catalog->database()).create(backup));
        QVERIFY_RESULT(InstanceLeases(m_temp->catalog->database())
                           .claim(m_prod, backup.id, QStringLiteral("other:2"), backup.start));

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
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
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(12, 1), RetentionRule::Kind::Default);
        QVERIFY_RESULT(m_temp->store->removePoint(m_prod, p1));

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->count(ExpiryItem::Outcome::Deleted), 1);
        QCOMPARE(catalogPoints(m_prod), QStringList{p2});
        const Result<std::optional<Job>> job
            = JobRepository(m_temp->catalog->database()).find(report->items.at(0).jobId);
        QVERIFY_RESULT(job);
        QVERIFY(job->has_value());
        QCOMPARE(job->value().status, JobTypes::Status::Completed);
        QVERIFY(job->value().additionalDetails.contains(QStringLiteral("Note")));
    }

    void linkInAnExpiredPointIsReportedNotFollowed_data()
    {
        QTest::addColumn<bool>("folderIsLink");
        QTest::newRow("point folder is a link") << true;
        QTest::newRow("link inside the point") << false;
    }

    void linkInAnExpiredPointIsReportedNotFollowed()
    {
        QFETCH(bool, folderIsLink);
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(12, 1), RetentionRule::Kind::Default);
        const QString outside = m_temp->dir->filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(outside));
        const QString canary = QDir(outside).filePath(QStringLiteral("keep.txt"));
        QFile file(canary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not PgVault's\n");
        file.close();
        const QString point = m_temp->store->pointPath(m_prod, p1);
        QString link;
        if (folderIsLink) {
            // The point's folder moved elsewhere (with a file that is not PgVault's) and a link left in its place.
            const QString moved = QDir(outside).filePath(p1);
            QVERIFY(QDir().rename(point, moved));
            QVERIFY(QFile::copy(canary, QDir(moved).filePath(QStringLiteral("keep.txt"))));
            QVERIFY(QFile::link(moved, point));
            link = point;
        } else {
            link = QDir(point).filePath(QStringLiteral("extra"));
            QVERIFY(QFile::link(outside, link));
        }

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(Test::readFile(canary), QByteArray("not PgVault's\n"));
        if (folderIsLink)
            QVERIFY(QFileInfo::exists(QDir(outside).filePath(p1 + QStringLiteral("/keep.txt"))));
        QVERIFY(report->hasProblems());
        QCOMPARE(report->items.size(), 1);
        const ExpiryItem &item = report->items.constFirst();
        QCOMPARE(item.point.id, p1);
        QCOMPARE(item.outcome, ExpiryItem::Outcome::Failed);
        QVERIFY(item.error);
        QCOMPARE(item.error->code, QStringLiteral("Vault.UnexpectedLink"));
        QVERIFY2(item.error->message.contains(link), qPrintable(item.error->message));
        // The vault refused, so the catalog keeps the point too.
        QCOMPARE(catalogPoints(m_prod), (QStringList{p1, p2}));
        QVERIFY(QFileInfo(link).isSymLink());
    }

private:
    QString addInstance(const QString &name) { return m_temp->addInstance(name, day(1, 1).addDays(-30)); }

    QStringList vaultPoints(const QString &instanceId) const
    {
        QStringList ids;
        const Result<PointListing> listing = m_temp->store->listPoints(instanceId);
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
        const Result<QList<RecoveryPoint>> points
            = PointRepository(m_temp->catalog->database()).listForInstance(instanceId);
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
        return JobRepository(m_temp->catalog->database()).count(filter).value();
    }

    std::unique_ptr<Test::TempCatalogAndVault> m_temp;
    QString m_prod;
    QString m_other;
};

QTEST_GUILESS_MAIN(TestExpiryRunner)
#include "TestExpiryRunner.moc"
