#include "engine/jobs/ExpiryRunner.h"
#include "engine/vault/LocalVaultStore.h"
#include "models/Catalog.h"
#include "models/instances/InstanceLeases.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
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
/// the newest points kept, dry runs, a busy instance skipped, one instance at a time, a link
/// planted in an expired point reported instead of followed, nothing deleted by a clock far ahead,
/// and points missing from the catalog indexed and expired. The vault keeps no deleted points
/// (soft delete off, 0 days), so expiry deletes at once; TestSoftDelete covers the other case.
class TestExpiryRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempCatalogAndVault>();
        QVERIFY_RESULT(m_temp->create(Now));
        QVERIFY_RESULT(VaultRepository(m_temp->catalog->database()).setSoftDeleteDays(QStringLiteral("local"), 0));
        m_prod = addInstance(QStringLiteral("prod"));
        m_other = addInstance(QStringLiteral("other"));
    }

    void cleanup() { m_temp.reset(); }

    void deletesExpiredPointsWithDeleteJobs()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 10), RetentionRule::Kind::Weekly);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(12, 31), RetentionRule::Kind::Monthly);
        const QStringList newer = addNewerPoints(m_prod);

        ExpiryRunner runner(m_temp->catalog->database(), QStringLiteral("test:1"));
        const Result<ExpiryReport> report = runner.run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 2);
        QCOMPARE(report->count(ExpiryItem::Outcome::Deleted), 2);
        QCOMPARE(report->items.at(0).point.id, p1);
        QCOMPARE(report->items.at(1).point.id, p2);
        QVERIFY(!report->hasProblems());

        QCOMPARE(vaultPoints(m_prod), QStringList{p3} + newer);
        QCOMPARE(catalogPoints(m_prod), QStringList{p3} + newer);

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

    void keepsTheThreeNewestPointsWhateverTheirExpiry()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Default);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(2, 8), RetentionRule::Kind::Default);
        const QString p4 = m_temp->addPoint(m_prod, day(1, 21), day(2, 9), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 4);
        QCOMPARE(report->items.at(0).point.id, p1);
        QCOMPARE(report->items.at(0).outcome, ExpiryItem::Outcome::Deleted);
        QCOMPARE(report->items.at(1).point.id, p2);
        QCOMPARE(report->items.at(1).outcome, ExpiryItem::Outcome::KeptMinimum);
        QCOMPARE(report->items.at(2).point.id, p3);
        QCOMPARE(report->items.at(2).outcome, ExpiryItem::Outcome::KeptMinimum);
        QCOMPARE(report->items.at(3).point.id, p4);
        QCOMPARE(report->items.at(3).outcome, ExpiryItem::Outcome::KeptNewest);
        QVERIFY(!report->hasProblems());
        QCOMPARE(vaultPoints(m_prod), (QStringList{p2, p3, p4}));
        QCOMPARE(catalogPoints(m_prod), (QStringList{p2, p3, p4}));
        QCOMPARE(deleteJobCount(), 1);

        // Still kept on the next pass, and no job is recorded for keeping them.
        const Result<ExpiryReport> again
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now.addDays(7), {}, false, false);
        QVERIFY_RESULT(again);
        QCOMPARE(again->count(ExpiryItem::Outcome::KeptNewest), 1);
        QCOMPARE(again->count(ExpiryItem::Outcome::KeptMinimum), 2);
        QCOMPARE(vaultPoints(m_prod), (QStringList{p2, p3, p4}));
        QCOMPARE(deleteJobCount(), 1);
    }

    void futureDatedPointsAreNotAmongTheNewestKept()
    {
        // Taken while the clock was ten years ahead: not expired, but not the newest either.
        const QString future
            = m_temp->addPoint(m_prod, Now.addYears(10), Now.addYears(10).addDays(30), RetentionRule::Kind::Default);
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Default);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(2, 8), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 3);
        QCOMPARE(report->items.at(0).outcome, ExpiryItem::Outcome::KeptMinimum);
        QCOMPARE(report->items.at(1).outcome, ExpiryItem::Outcome::KeptMinimum);
        QCOMPARE(report->items.at(2).point.id, p3);
        QCOMPARE(report->items.at(2).outcome, ExpiryItem::Outcome::KeptNewest);
        QCOMPARE(vaultPoints(m_prod), (QStringList{p1, p2, p3, future}));
        QCOMPARE(deleteJobCount(), 0);
    }

    void refusesToDeleteWhileTheClockIsFarAhead()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Default);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Default);
        const QStringList newer = addNewerPoints(m_prod);
        const QStringList all = QStringList{p1, p2, p3} + newer;

        // The clock jumped ten years ahead: every point has expired by it.
        QDateTime jumped = Now.addYears(10);
        ExpiryRunner runner(m_temp->catalog->database(), QStringLiteral("test:1"));
        runner.setClock([&jumped] { return jumped; });
        const Result<ExpiryReport> report = runner.run(jumped, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 5);
        QCOMPARE(report->count(ExpiryItem::Outcome::Refused), 2);
        QCOMPARE(report->count(ExpiryItem::Outcome::KeptMinimum), 2);
        QCOMPARE(report->count(ExpiryItem::Outcome::KeptNewest), 1);
        QVERIFY(report->hasProblems());
        QCOMPARE(vaultPoints(m_prod), all);
        QCOMPARE(catalogPoints(m_prod), all);

        // One failed Delete job says why, with the remedy.
        const ExpiryItem &refused = report->items.at(0);
        QCOMPARE(refused.point.id, p1);
        QCOMPARE(refused.outcome, ExpiryItem::Outcome::Refused);
        QCOMPARE(refused.error->code, QStringLiteral("Expiry.ClockAhead"));
        QCOMPARE(deleteJobCount(), 1);
        const Result<std::optional<Job>> job = JobRepository(m_temp->catalog->database()).find(refused.jobId);
        QVERIFY_RESULT(job);
        QVERIFY(job->has_value());
        QCOMPARE(job->value().status, JobTypes::Status::Failed);
        QCOMPARE(job->value().instanceName, QStringLiteral("prod"));
        QCOMPARE(job->value().error->code, QStringLiteral("Expiry.ClockAhead"));
        QVERIFY2(job->value().error->remedy.contains(QStringLiteral("Check the system clock")),
            qPrintable(job->value().error->remedy));
        QCOMPARE(job->value().additionalDetails.value(QStringLiteral("Reason")), QStringLiteral("ClockAhead"));
        QCOMPARE(job->value().additionalDetails.value(QStringLiteral("PointsKept")), QStringLiteral("2"));
        QVERIFY2(job->value().output.contains(p1) && job->value().output.contains(p2), qPrintable(job->value().output));

        // The next passes by the same clock record nothing new.
        jumped = jumped.addSecs(60);
        const Result<ExpiryReport> again = runner.run(jumped, {}, false, false);
        QVERIFY_RESULT(again);
        QCOMPARE(again->count(ExpiryItem::Outcome::Refused), 2);
        QCOMPARE(again->items.at(0).jobId, refused.jobId);
        QCOMPARE(deleteJobCount(), 1);
        QCOMPARE(vaultPoints(m_prod), all);

        // Back at the right time, the points that really expired go.
        jumped = Now;
        const Result<ExpiryReport> back = runner.run(Now, {}, false, false);
        QVERIFY_RESULT(back);
        QCOMPARE(back->count(ExpiryItem::Outcome::Deleted), 2);
        QVERIFY(!back->hasProblems());
        QCOMPARE(vaultPoints(m_prod), QStringList{p3} + newer);
    }

    void aMachineOffForAFewWeeksStillExpires()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        addNewerPoints(m_prod);
        // The last thing the catalog knows of is a backup at Now; then the machine was off.
        m_temp->addPoint(m_prod, Now, Now.addYears(1), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1"))
                                                .run(Now.addDays(35), {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->count(ExpiryItem::Outcome::Deleted), 1);
        QCOMPARE(report->items.at(0).point.id, p1);
        QVERIFY(!report->hasProblems());
    }

    void aDryRunByAClockFarAheadShowsTheRefusalAndRecordsNothing()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        m_temp->addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Default);
        addNewerPoints(m_prod);
        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now.addYears(10), {}, true, true);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.at(0).point.id, p1);
        QCOMPARE(report->items.at(0).outcome, ExpiryItem::Outcome::Refused);
        QCOMPARE(deleteJobCount(), 0);
        // Not even the doubt is recorded: the agent's next pass at the right time deletes p1.
        const Result<ExpiryReport> real
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(real);
        QCOMPARE(real->count(ExpiryItem::Outcome::Deleted), 1);
    }

    void indexesPointsMissingFromTheCatalogAndExpiresThem()
    {
        // Committed to the vault by backups killed before their catalog rows were written.
        const QString lost = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default, false);
        const QString lostMonthly
            = m_temp->addPoint(m_prod, day(1, 7), day(12, 1), RetentionRule::Kind::Monthly, false);
        const QStringList newer = addNewerPoints(m_prod);
        QCOMPARE(catalogPoints(m_prod), newer);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 1);
        QCOMPARE(report->items.at(0).point.id, lost);
        QCOMPARE(report->items.at(0).outcome, ExpiryItem::Outcome::Deleted);
        QCOMPARE(vaultPoints(m_prod), QStringList{lostMonthly} + newer);
        QCOMPARE(catalogPoints(m_prod), QStringList{lostMonthly} + newer);
        // Indexed with the tag and expiry of its manifest.
        const RecoveryPoint monthly = PointRepository(m_temp->catalog->database()).find(lostMonthly)->value();
        QCOMPARE(monthly.tag, RetentionRule::Kind::Monthly);
        QCOMPARE(monthly.expiry, day(12, 1));
        QCOMPARE(monthly.time, day(1, 7));
    }

    void aDryRunIndexesNothing()
    {
        m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default, false);
        const QStringList newer = addNewerPoints(m_prod);
        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, true, true);
        QVERIFY_RESULT(report);
        QVERIFY(report->items.isEmpty());
        QCOMPARE(catalogPoints(m_prod), newer);
    }

    void dryRunChangesNothing()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(2, 7), RetentionRule::Kind::Weekly);
        const QString p3 = m_temp->addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Default);
        const QStringList newer = addNewerPoints(m_prod);
        const QString o1 = m_temp->addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, true, true);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 3);
        QCOMPARE(report->count(ExpiryItem::Outcome::WouldDelete), 2);
        QCOMPARE(report->count(ExpiryItem::Outcome::KeptNewest), 1);
        QCOMPARE(vaultPoints(m_prod), (QStringList{p1, p2, p3} + newer));
        QCOMPARE(catalogPoints(m_prod), (QStringList{p1, p2, p3} + newer));
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
        const QStringList newer = addNewerPoints(m_other);

        ExpiryRunner runner(m_temp->catalog->database(), QStringLiteral("test:1"));
        const Result<ExpiryReport> report = runner.run(Now, QStringLiteral("other"), false, true);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 1);
        QCOMPARE(report->items.at(0).point.id, o1);
        QCOMPARE(vaultPoints(m_other), QStringList{o2} + newer);
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
        const QStringList prodNewer = addNewerPoints(m_prod);
        const QString o1 = m_temp->addPoint(m_other, day(1, 2), day(2, 2), RetentionRule::Kind::Default);
        const QString o2 = m_temp->addPoint(m_other, day(1, 9), day(12, 2), RetentionRule::Kind::Default);
        const QStringList otherNewer = addNewerPoints(m_other);

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
        QCOMPARE(vaultPoints(m_prod), (QStringList{p1, p2, p3} + prodNewer));
        QCOMPARE(catalogPoints(m_prod), (QStringList{p1, p2, p3} + prodNewer));
        // The other instance is not held up by the busy one.
        QCOMPARE(vaultPoints(m_other), QStringList{o2} + otherNewer);
        QCOMPARE(deleteJobCount(), 1);
        (void)o1;
    }

    void aPointAlreadyGoneFromTheVaultLeavesTheCatalogToo()
    {
        const QString p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        const QString p2 = m_temp->addPoint(m_prod, day(1, 7), day(12, 1), RetentionRule::Kind::Default);
        const QStringList newer = addNewerPoints(m_prod);
        QVERIFY_RESULT(m_temp->store->removePoint(m_prod, p1));

        const Result<ExpiryReport> report
            = ExpiryRunner(m_temp->catalog->database(), QStringLiteral("test:1")).run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->count(ExpiryItem::Outcome::Deleted), 1);
        QCOMPARE(catalogPoints(m_prod), QStringList{p2} + newer);
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
        const QStringList newer = addNewerPoints(m_prod);
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
        QCOMPARE(catalogPoints(m_prod), QStringList({p1, p2}) + newer);
        QVERIFY(QFileInfo(link).isSymLink());
    }

private:
    QString addInstance(const QString &name) { return m_temp->addInstance(name, day(1, 1).addDays(-30)); }

    /// Two points newer than any other of the instance, expiring at the end of the year, so that
    /// ExpiryRunner::MinimumPointsKept leaves the older expired ones to expiry; oldest first.
    QStringList addNewerPoints(const QString &instanceId)
    {
        return {m_temp->addPoint(instanceId, day(1, 21), day(12, 30), RetentionRule::Kind::Default),
            m_temp->addPoint(instanceId, day(1, 28), day(12, 31), RetentionRule::Kind::Weekly)};
    }

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
