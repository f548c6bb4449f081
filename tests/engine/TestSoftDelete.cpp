#include "engine/jobs/DeletedPoints.h"
#include "engine/jobs/ExpiryRunner.h"
#include "engine/vault/CatalogRebuilder.h"
#include "engine/vault/LocalVaultStore.h"
#include "models/Catalog.h"
#include "models/instances/InstanceLeases.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlQuery>
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

/// Tests soft delete against a real LocalVaultStore and catalog: expiry moves expired points to
/// deleted (files stay, state recorded in the vault and the catalog), purges them once the vault's
/// days are over (never by a clock it does not trust), 0 days deletes at once, undelete brings a
/// point back with a grace before its next expiry, and a catalog rebuild keeps deleted points deleted.
class TestSoftDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempCatalogAndVault>();
        QVERIFY_RESULT(m_temp->create(Now));
        m_prod = m_temp->addInstance(QStringLiteral("prod"), day(1, 1).addDays(-30));
        m_old = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        m_kept = m_temp->addPoint(m_prod, day(1, 14), day(12, 1), RetentionRule::Kind::Weekly);
        m_temp->addPoint(m_prod, day(1, 21), day(12, 30), RetentionRule::Kind::Default);
        m_temp->addPoint(m_prod, day(1, 28), day(12, 31), RetentionRule::Kind::Default);
    }

    void cleanup() { m_temp.reset(); }

    void newVaultsKeepDeletedPointsFourteenDays()
    {
        const Result<std::optional<Vault>> vault = VaultRepository(database()).find(QStringLiteral("local"));
        QVERIFY_RESULT(vault);
        QCOMPARE(vault->value().softDeleteDays, 14);
    }

    void softDeleteDaysOutOfRangeAreRefused_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0 turns soft delete off") << 0 << true;
        QTest::newRow("180 is the most") << 180 << true;
        QTest::newRow("181 is too many") << 181 << false;
        QTest::newRow("negative") << -1 << false;
    }

    void softDeleteDaysOutOfRangeAreRefused()
    {
        QFETCH(int, days);
        QFETCH(bool, accepted);
        const Result<void> set = VaultRepository(database()).setSoftDeleteDays(QStringLiteral("local"), days);
        QCOMPARE(set.ok(), accepted);
        if (!accepted) {
            QCOMPARE(set.error().code, QStringLiteral("Vault.SoftDeleteDaysOutOfRange"));
            QCOMPARE(set.error().field, QStringLiteral("softDeleteDays"));
            QCOMPARE(set.error().kind, ErrorKind::BadInput);
        }
        const Result<void> unknown = VaultRepository(database()).setSoftDeleteDays(QStringLiteral("nope"), 3);
        QCOMPARE(unknown.error().code, QStringLiteral("Vault.NotFound"));
    }

    void expiryMovesExpiredPointsToDeletedAndTheFilesStay()
    {
        const Result<ExpiryReport> report = runner().run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 1);
        const ExpiryItem &item = report->items.constFirst();
        QCOMPARE(item.point.id, m_old);
        QCOMPARE(item.outcome, ExpiryItem::Outcome::SoftDeleted);
        QCOMPARE(item.purgeAfter, Now.addDays(14));
        QCOMPARE(ExpiryItem::outcomeName(item.outcome), QStringLiteral("moved to deleted"));

        // Still in the vault, with its deletion recorded beside the manifest.
        QVERIFY(vaultPoints().contains(m_old));
        const Result<std::optional<PointState>> state = m_temp->store->readPointState(m_prod, m_old);
        QVERIFY_RESULT(state);
        QVERIFY(state->has_value());
        QCOMPARE(state->value().deleted, Now);
        QCOMPARE(state->value().purgeAfter, Now.addDays(14));
        QVERIFY(
            QFileInfo(QDir(m_temp->store->pointPath(m_prod, m_old)).filePath(QStringLiteral("state.json"))).isFile());
        // Not a restorable point any more, but listed among the deleted.
        QVERIFY(!livePoints().contains(m_old));
        const Result<QList<RecoveryPoint>> deleted = PointRepository(database()).listDeleted(m_prod);
        QVERIFY_RESULT(deleted);
        QCOMPARE(deleted->size(), 1);
        QCOMPARE(deleted->first().deleted, Now);
        QCOMPARE(deleted->first().purgeAfter, Now.addDays(14));

        // The Delete job says what happened and when the purge comes.
        const Result<std::optional<Job>> job = JobRepository(database()).find(item.jobId);
        QVERIFY_RESULT(job);
        QCOMPARE(job->value().status, JobTypes::Status::Completed);
        QCOMPARE(job->value().additionalDetails.value(QStringLiteral("Action")), QStringLiteral("MovedToDeleted"));
        QCOMPARE(
            job->value().additionalDetails.value(QStringLiteral("PurgeTime")), QStringLiteral("2024-02-24T20:00:00Z"));
        QVERIFY2(job->value().output.contains(QStringLiteral("purged on 2024-02-24")), qPrintable(job->value().output));

        // A second pass before the purge date changes nothing.
        const Result<ExpiryReport> again = runner().run(Now.addDays(13), {}, false, false);
        QVERIFY_RESULT(again);
        QVERIFY(again->items.isEmpty());
        QVERIFY(vaultPoints().contains(m_old));
    }

    void aDryRunShowsTheMoveAndThePurgeAndChangesNothing()
    {
        QVERIFY_RESULT(runner().run(Now, {}, false, false));
        const QString second = m_temp->addPoint(m_prod, day(1, 7), day(2, 15), RetentionRule::Kind::Default);
        const Result<ExpiryReport> report = runner().run(Now.addDays(20), {}, true, true);
        QVERIFY_RESULT(report);
        QCOMPARE(report->count(ExpiryItem::Outcome::WouldSoftDelete), 1);
        QCOMPARE(report->count(ExpiryItem::Outcome::WouldPurge), 1);
        for (const ExpiryItem &item : report->items) {
            if (item.outcome == ExpiryItem::Outcome::WouldSoftDelete) {
                QCOMPARE(item.point.id, second);
                QCOMPARE(item.purgeAfter, Now.addDays(34));
            }
        }
        QVERIFY(vaultPoints().contains(m_old));
        QVERIFY(livePoints().contains(second));
    }

    void purgeAfterThePeriodRemovesTheFilesAndTheRow()
    {
        QVERIFY_RESULT(runner().run(Now, {}, false, false));
        const Result<ExpiryReport> report = runner().run(Now.addDays(15), {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 1);
        QCOMPARE(report->items.first().point.id, m_old);
        QCOMPARE(report->items.first().outcome, ExpiryItem::Outcome::Purged);
        QVERIFY(!vaultPoints().contains(m_old));
        QVERIFY(!QFileInfo::exists(m_temp->store->pointPath(m_prod, m_old)));
        const Result<std::optional<RecoveryPoint>> row = PointRepository(database()).find(m_old);
        QVERIFY_RESULT(row);
        QVERIFY(!row->has_value());
        const Result<std::optional<Job>> job = JobRepository(database()).find(report->items.first().jobId);
        QCOMPARE(job->value().additionalDetails.value(QStringLiteral("Reason")), QStringLiteral("SoftDeleteEnded"));
        QCOMPARE(job->value().additionalDetails.value(QStringLiteral("Action")), QStringLiteral("Purged"));
    }

    void purgeIsRefusedByAClockThatIsNotTrusted()
    {
        QVERIFY_RESULT(runner().run(Now, {}, false, false));
        // The clock jumped ten years ahead: the deleted point's purge date has passed by it.
        const QDateTime jumped = Now.addYears(10);
        ExpiryRunner ahead(database(), QStringLiteral("test:1"));
        ahead.setClock([jumped] { return jumped; });
        const Result<ExpiryReport> report = ahead.run(jumped, {}, false, false);
        QVERIFY_RESULT(report);
        const auto purge = std::find_if(report->items.cbegin(), report->items.cend(), [this](const ExpiryItem &item) {
            return item.point.id == m_old;
        });
        QVERIFY(purge != report->items.cend());
        QCOMPARE(purge->outcome, ExpiryItem::Outcome::Refused);
        QCOMPARE(purge->error->code, QStringLiteral("Expiry.ClockAhead"));
        QVERIFY(vaultPoints().contains(m_old));
        QVERIFY(PointRepository(database()).find(m_old)->value().isDeleted());
        const Result<std::optional<Job>> job = JobRepository(database()).find(purge->jobId);
        QVERIFY_RESULT(job);
        QVERIFY2(job->value().output.contains(QStringLiteral("Kept deleted recovery point %1").arg(m_old)),
            qPrintable(job->value().output));
    }

    void zeroDaysDeletesAtOnce()
    {
        QVERIFY_RESULT(VaultRepository(database()).setSoftDeleteDays(QStringLiteral("local"), 0));
        const Result<ExpiryReport> report = runner().run(Now, {}, false, false);
        QVERIFY_RESULT(report);
        QCOMPARE(report->items.size(), 1);
        QCOMPARE(report->items.first().outcome, ExpiryItem::Outcome::Deleted);
        QVERIFY(!vaultPoints().contains(m_old));
        QVERIFY(!PointRepository(database()).find(m_old)->has_value());
    }

    void undeleteBringsThePointBackWithAGraceBeforeItExpiresAgain()
    {
        QVERIFY_RESULT(runner().run(Now, {}, false, false));
        const QDateTime later = Now.addDays(3);
        DeletedPoints deleted(database(), QStringLiteral("test:1"));
        const Result<RecoveryPoint> back = deleted.undelete(m_old, later);
        QVERIFY_RESULT(back);
        QVERIFY(!back->isDeleted());
        // Its own expiry (February 1st) has passed: kept one day from the undelete.
        QCOMPARE(back->expiry, later.addDays(DeletedPoints::UndeleteGraceDays));
        QVERIFY(livePoints().contains(m_old));
        const Result<std::optional<PointState>> state = m_temp->store->readPointState(m_prod, m_old);
        QVERIFY_RESULT(state);
        QVERIFY(!state->value().isDeleted());
        QCOMPARE(state->value().expiry, back->expiry);
        // The lease is released again.
        QVERIFY_RESULT(InstanceLeases(database()).claim(m_prod, QStringLiteral("next"), QStringLiteral("x"), later));
        QVERIFY_RESULT(InstanceLeases(database()).release(m_prod, QStringLiteral("next")));

        // The next pass leaves it alone; once the grace is over, it is moved to deleted again.
        const Result<ExpiryReport> soon = runner().run(later.addSecs(3600), {}, false, false);
        QVERIFY_RESULT(soon);
        QVERIFY(soon->items.isEmpty());
        const Result<ExpiryReport> after = runner().run(later.addDays(2), {}, false, false);
        QVERIFY_RESULT(after);
        QCOMPARE(after->count(ExpiryItem::Outcome::SoftDeleted), 1);

        // A point whose expiry is still ahead keeps it.
        QVERIFY_RESULT(VaultRepository(database()).setSoftDeleteDays(QStringLiteral("local"), 14));
        const RecoveryPoint kept = PointRepository(database()).find(m_kept)->value();
        QVERIFY_RESULT(deleted.softDelete(*m_temp->store, kept, Now, 14));
        const Result<RecoveryPoint> keptBack = deleted.undelete(m_kept, Now);
        QVERIFY_RESULT(keptBack);
        QCOMPARE(keptBack->expiry, day(12, 1));
    }

    void undeleteRefusesALivePointAndABusyInstance()
    {
        DeletedPoints deleted(database(), QStringLiteral("test:1"));
        const Result<RecoveryPoint> live = deleted.undelete(m_kept, Now);
        QCOMPARE(live.error().code, QStringLiteral("Point.NotDeleted"));
        QCOMPARE(live.error().kind, ErrorKind::BadInput);
        QCOMPARE(deleted.undelete(QStringLiteral("nope"), Now).error().code, QStringLiteral("Point.NotFound"));

        QVERIFY_RESULT(runner().run(Now, {}, false, false));
        QVERIFY_RESULT(InstanceLeases(database()).claim(m_prod, QStringLiteral("backup"), QStringLiteral("x"), Now));
        const Result<RecoveryPoint> busy = deleted.undelete(m_old, Now);
        QCOMPARE(busy.error().code, QStringLiteral("Instance.Busy"));
        QVERIFY(PointRepository(database()).find(m_old)->value().isDeleted());
    }

    void checkLiveRefusesADeletedPoint()
    {
        QVERIFY_RESULT(DeletedPoints::checkLive(database(), *m_temp->store, m_prod, m_old));
        QVERIFY_RESULT(runner().run(Now, {}, false, false));
        const Result<void> refused = DeletedPoints::checkLive(database(), *m_temp->store, m_prod, m_old);
        QCOMPARE(refused.error().code, QStringLiteral("Point.Deleted"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("2024-02-24")), qPrintable(refused.error().message));
    }

    void catalogRebuildKeepsADeletedPointDeleted()
    {
        QVERIFY_RESULT(runner().run(Now, {}, false, false));
        QSqlQuery wipe(database());
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM points")));
        const Result<RebuildReport> rebuilt = CatalogRebuilder(database()).rebuild();
        QVERIFY_RESULT(rebuilt);
        QCOMPARE(rebuilt->added, 4);
        const RecoveryPoint point = PointRepository(database()).find(m_old)->value();
        QVERIFY(point.isDeleted());
        QCOMPARE(point.deleted, Now);
        QCOMPARE(point.purgeAfter, Now.addDays(14));
        QVERIFY(!livePoints().contains(m_old));

        // So is indexing a point missing from the catalog (the pass expiry makes).
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM points")));
        BackupInstance instance;
        instance.id = m_prod;
        instance.name = QStringLiteral("prod");
        instance.policyName = QStringLiteral("weekly");
        QVERIFY_RESULT(CatalogRebuilder(database()).indexUncatalogued(*m_temp->store, instance));
        QVERIFY(PointRepository(database()).find(m_old)->value().isDeleted());

        // And a damaged state file is reported; the row is not made live from it.
        const QString stateFile = QDir(m_temp->store->pointPath(m_prod, m_old)).filePath(QStringLiteral("state.json"));
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{not json");
        file.close();
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM points")));
        const Result<RebuildReport> damaged = CatalogRebuilder(database()).rebuild();
        QVERIFY_RESULT(damaged);
        QCOMPARE(damaged->added, 3);
        QVERIFY(!damaged->problems.isEmpty());
        QCOMPARE(damaged->problems.first().code, QStringLiteral("Vault.BadPointState"));
        QVERIFY(!PointRepository(database()).find(m_old)->has_value());
    }

private:
    QSqlDatabase database() const { return m_temp->catalog->database(); }

    ExpiryRunner runner() const { return ExpiryRunner(database(), QStringLiteral("test:1")); }

    QStringList vaultPoints() const
    {
        QStringList ids;
        const Result<PointListing> listing = m_temp->store->listPoints(m_prod);
        if (listing) {
            for (const PointManifest &manifest : listing->points)
                ids << manifest.pointId();
        }
        return ids;
    }

    QStringList livePoints() const
    {
        QStringList ids;
        const Result<QList<RecoveryPoint>> points = PointRepository(database()).listForInstance(m_prod);
        if (points) {
            for (const RecoveryPoint &point : *points)
                ids << point.id;
        }
        return ids;
    }

    std::unique_ptr<Test::TempCatalogAndVault> m_temp;
    QString m_prod;
    QString m_old;
    QString m_kept;
};

QTEST_GUILESS_MAIN(TestSoftDelete)
#include "TestSoftDelete.moc"
