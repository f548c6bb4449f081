#include "engine/vault/CatalogRebuilder.h"
#include "engine/vault/LocalVaultStore.h"
#include "models/Catalog.h"
#include "models/instances/InstanceRepository.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TempCatalogAndVault.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QSqlQuery>
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

/// Tests CatalogRebuilder against real LocalVaultStore points: a wiped catalog comes back from the
/// manifests, catalog-only fields survive, rows without a manifest go, and a tampered manifest or
/// an unknown instance folder is reported without losing anything; indexUncatalogued adds only the
/// missing rows.
class TestCatalogRebuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempCatalogAndVault>();
        QVERIFY_RESULT(m_temp->create(Now));
        m_prod = addInstance(QStringLiteral("prod"));
        m_p1 = m_temp->addPoint(m_prod, day(1, 1), day(2, 1), RetentionRule::Kind::Default);
        m_p2 = m_temp->addPoint(m_prod, day(1, 7), day(3, 7), RetentionRule::Kind::Weekly);
        m_p3 = m_temp->addPoint(m_prod, day(2, 1), day(12, 1), RetentionRule::Kind::Monthly);
    }

    void cleanup() { m_temp.reset(); }

    void rebuildsAWipedCatalogFromTheManifests()
    {
        const QList<RecoveryPoint> before = rows();
        QCOMPARE(before.size(), 3);
        QSqlQuery wipe(m_temp->catalog->database());
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM points")));
        QVERIFY(rows().isEmpty());

        const Result<RebuildReport> report = CatalogRebuilder(m_temp->catalog->database()).rebuild();
        QVERIFY_RESULT(report);
        QCOMPARE(report->vaults, 1);
        QCOMPARE(report->instances, 1);
        QCOMPARE(report->pointsInVaults, 3);
        QCOMPARE(report->added, 3);
        QCOMPARE(report->removed, 0);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(rows(), before);
    }

    void keepsCatalogOnlyFieldsAndIsIdempotent()
    {
        PointRepository points(m_temp->catalog->database());
        QVERIFY_RESULT(points.setVerified(m_p2, Now, QStringLiteral("Passed")));
        RecoveryPoint changed = points.find(m_p3)->value();
        changed.tag = RetentionRule::Kind::Yearly; // the manifest says Monthly
        QVERIFY_RESULT(points.put(changed));

        const Result<RebuildReport> report = CatalogRebuilder(m_temp->catalog->database()).rebuild();
        QVERIFY_RESULT(report);
        QCOMPARE(report->unchanged, 2);
        QCOMPARE(report->updated, 1);
        QCOMPARE(points.find(m_p3)->value().tag, RetentionRule::Kind::Monthly);
        QCOMPARE(points.find(m_p2)->value().verifyState, QStringLiteral("Passed"));
        QCOMPARE(points.find(m_p2)->value().verified, Now);

        const Result<RebuildReport> again = CatalogRebuilder(m_temp->catalog->database()).rebuild();
        QVERIFY_RESULT(again);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(again->added + again->updated + again->removed, 0);
    }

    void removesRowsWhoseManifestIsGone()
    {
        QVERIFY_RESULT(m_temp->store->removePoint(m_prod, m_p2));
        const Result<RebuildReport> report = CatalogRebuilder(m_temp->catalog->database()).rebuild();
        QVERIFY_RESULT(report);
        QCOMPARE(report->removed, 1);
        QCOMPARE(ids(), (QStringList{m_p3, m_p1}));
    }

    void reportsATamperedManifestAndKeepsItsRow()
    {
        const QString path = QDir(m_temp->store->pointPath(m_prod, m_p2)).filePath(QStringLiteral("manifest.json"));
        QByteArray json = Test::readFile(path);
        QVERIFY(json.contains("\"Weekly\""));
        json.replace("\"Weekly\"", "\"Yearly\"");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();

        const Result<RebuildReport> report = CatalogRebuilder(m_temp->catalog->database()).rebuild();
        QVERIFY_RESULT(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().message.contains(m_p2), qPrintable(report->problems.first().text()));
        QCOMPARE(report->kept, 1);
        QCOMPARE(report->removed, 0);
        QCOMPARE(ids(), (QStringList{m_p3, m_p2, m_p1}));
        QCOMPARE(PointRepository(m_temp->catalog->database()).find(m_p2)->value().tag, RetentionRule::Kind::Weekly);
    }

    void reportsPointsOfAnInstanceTheCatalogDoesNotKnow()
    {
        const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_temp->addPoint(stranger, day(1, 3), day(5, 3), RetentionRule::Kind::Default, false);
        const Result<RebuildReport> report = CatalogRebuilder(m_temp->catalog->database()).rebuild();
        QVERIFY_RESULT(report);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().code, QStringLiteral("Catalog.UnknownInstance"));
        QVERIFY(report->problems.first().message.contains(stranger));
        QCOMPARE(m_temp->store->listPoints(stranger)->points.size(), 1);
    }

    void indexUncataloguedAddsOnlyTheMissingRows()
    {
        PointRepository points(m_temp->catalog->database());
        QVERIFY_RESULT(points.remove(m_p2));
        RecoveryPoint changed = points.find(m_p3)->value();
        changed.tag = RetentionRule::Kind::Yearly; // the manifest says Monthly; indexing leaves it
        QVERIFY_RESULT(points.put(changed));
        const BackupInstance instance = InstanceRepository(m_temp->catalog->database()).findById(m_prod)->value();

        CatalogRebuilder rebuilder(m_temp->catalog->database());
        const Result<QStringList> indexed = rebuilder.indexUncatalogued(*m_temp->store, instance);
        QVERIFY_RESULT(indexed);
        QCOMPARE(*indexed, QStringList{m_p2});
        const RecoveryPoint p2 = points.find(m_p2)->value();
        QCOMPARE(p2.tag, RetentionRule::Kind::Weekly);
        QCOMPARE(p2.expiry, day(3, 7));
        QCOMPARE(p2.time, day(1, 7));
        QCOMPARE(p2.instanceId, m_prod);
        QCOMPARE(p2.databases, QStringList{QStringLiteral("sales")});
        QCOMPARE(points.find(m_p3)->value().tag, RetentionRule::Kind::Yearly);

        const Result<QStringList> again = rebuilder.indexUncatalogued(*m_temp->store, instance);
        QVERIFY_RESULT(again);
        QVERIFY(again->isEmpty());
    }

    void reportsAVaultThatCannotBeOpened()
    {
        const QString vaultFile = QDir(m_temp->store->location()).filePath(QStringLiteral("vault.json"));
        QVERIFY(QFile::rename(vaultFile, vaultFile + QStringLiteral(".moved")));
        const Result<RebuildReport> report = CatalogRebuilder(m_temp->catalog->database()).rebuild();
        QVERIFY_RESULT(report);
        QCOMPARE(report->vaults, 0);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->problems.first().message.startsWith(QStringLiteral("vault \"local\"")));
        QCOMPARE(ids().size(), 3);
    }

private:
    QString addInstance(const QString &name) { return m_temp->addInstance(name, day(1, 1).addDays(-30)); }

    /// Newest first.
    QList<RecoveryPoint> rows() const
    {
        return PointRepository(m_temp->catalog->database()).listForInstance(m_prod).value();
    }

    QStringList ids() const
    {
        QStringList result;
        const QList<RecoveryPoint> points = rows();
        for (const RecoveryPoint &point : points)
            result << point.id;
        return result;
    }

    std::unique_ptr<Test::TempCatalogAndVault> m_temp;
    QString m_prod;
    QString m_p1;
    QString m_p2;
    QString m_p3;
};

QTEST_GUILESS_MAIN(TestCatalogRebuilder)
#include "TestCatalogRebuilder.moc"
