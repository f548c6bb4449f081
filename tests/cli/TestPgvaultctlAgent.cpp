#include "models/Catalog.h"
#include "models/ClockTrustRepository.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "models/jobs/JobRepository.h"
#include "models/points/PointManifest.h"
#include "models/points/PointRepository.h"
#include "models/policies/PolicyRepository.h"
#include "models/vaults/VaultRepository.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
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

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// Tests `pgvaultctl prune`, `catalog rebuild`, `agent --once`, the agent's heartbeat and `points`
/// as a user runs them, over a PGVAULT_HOME whose vault folder and catalog the test lays out itself
/// (no server needed: the instance's next slot is tomorrow, so the agent only runs expiry). The
/// points are dated in the last weeks before the real now, so the clock check trusts the clock.
class TestPgvaultctlAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        auto catalog = Catalog::open(Home(m_home->path()).catalogPath());
        QVERIFY_RESULT(catalog);
        m_catalog = std::move(catalog).value();

        m_vaultPath = m_home->filePath(QStringLiteral("vault"));
        QVERIFY(QDir().mkpath(m_vaultPath));
        const QString vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject vaultFile{{QStringLiteral("formatVersion"), 1},
            {QStringLiteral("id"), vaultId},
            {QStringLiteral("name"), QStringLiteral("local")},
            {QStringLiteral("created"), day(1, 1).toString(Qt::ISODateWithMs)}};
        QFile file(QDir(m_vaultPath).filePath(QStringLiteral("vault.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(vaultFile).toJson());
        file.close();
        QVERIFY_RESULT(VaultRepository(m_catalog->database())
                           .create({vaultId, QStringLiteral("local"), Vault::Kind::Local, m_vaultPath, day(1, 1), 0}));

        // The only slot is tomorrow (UTC): nothing is due for the agent, which then only prunes.
        const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
        BackupPolicy policy;
        policy.setName(QStringLiteral("tomorrow"));
        policy.setSchedule(WeeklySchedule({Qt::DayOfWeek(tomorrow.dayOfWeek())}, QTime(12, 0), QTimeZone::utc()));
        QVERIFY_RESULT(m_catalog->policies().create(policy));
        BackupInstance instance;
        instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        instance.name = QStringLiteral("prod");
        instance.host = QStringLiteral("127.0.0.1");
        instance.user = QStringLiteral("admin");
        instance.policyId = m_catalog->policies().find(policy.name())->value().id;
        instance.vaultId = vaultId;
        instance.created = QDateTime::currentDateTimeUtc();
        QVERIFY_RESULT(InstanceRepository(m_catalog->database()).create(instance));
        m_instance = instance.id;

        // Oldest first: two expired points to delete, then the three newest, which expiry keeps
        // although two of them have expired.
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        m_old = addPoint(m_now.addDays(-35), m_now.addDays(-20), QStringLiteral("Default"));
        m_weeklyExpiry = m_now.addDays(-10);
        m_weekly = addPoint(m_now.addDays(-28), m_weeklyExpiry, QStringLiteral("Weekly"));
        m_third = addPoint(m_now.addDays(-21), m_now.addDays(-5), QStringLiteral("Default"));
        m_second = addPoint(m_now.addDays(-14), m_now.addDays(30), QStringLiteral("Default"));
        m_newest = addPoint(m_now.addDays(-7), m_now.addDays(-1), QStringLiteral("Default"));
    }

    void cleanup()
    {
        m_catalog.reset();
        m_home.reset();
    }

    void pruneDryRunListsAndChangesNothing()
    {
        const Run run = pgvaultctl({QStringLiteral("prune"), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(lineWith(run.out, m_old).startsWith(QStringLiteral("would delete ")), qPrintable(run.out));
        QVERIFY(lineWith(run.out, m_weekly).startsWith(QStringLiteral("would delete ")));
        QVERIFY(lineWith(run.out, m_weekly).contains(QStringLiteral("Weekly")));
        QVERIFY(lineWith(run.out, m_third).startsWith(QStringLiteral("kept (minimum) ")));
        QVERIFY(lineWith(run.out, m_newest).startsWith(QStringLiteral("kept (newest) ")));
        QVERIFY(lineWith(run.out, m_second).isEmpty());
        QVERIFY(run.out.contains(QStringLiteral("Would delete 2 recovery points; nothing was changed.")));
        QCOMPARE(pointFolders().size(), 5);
        QCOMPARE(catalogPoints(), 5);
        QCOMPARE(deleteJobs(), 0);
    }

    void pruneDeletesExpiredPointsButTheThreeNewest()
    {
        const Run run = pgvaultctl({QStringLiteral("prune"), QStringLiteral("prod")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Deleted 2 recovery points.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Kept 2 expired point")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("always keeps the 3 newest recovery points")));
        QCOMPARE(pointFolders(), sorted({m_third, m_second, m_newest}));
        QCOMPARE(catalogPoints(), 3);
        QCOMPARE(deleteJobs(), 2);

        const Run unknown = pgvaultctl({QStringLiteral("prune"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.startsWith(QStringLiteral("pgvaultctl: ")));
        QVERIFY(unknown.err.contains(QStringLiteral("nope")));
    }

    void agentOncePrunesAndExits()
    {
        const Run run = pgvaultctl({QStringLiteral("agent"), QStringLiteral("--once")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(pointFolders(), sorted({m_third, m_second, m_newest}));
        QCOMPARE(deleteJobs(), 2);
        QVERIFY(QFileInfo::exists(Home(m_home->path()).logsPath() + QStringLiteral("/pgvault.log")));
        // A one-off pass runs no scheduled backups later: it never claims to be the running agent.
        const Result<std::optional<AgentHeartbeat>> heartbeat
            = AgentHeartbeatRepository(m_catalog->database()).latest();
        QVERIFY_RESULT(heartbeat);
        QVERIFY(!heartbeat->has_value());
    }

    void agentKeepsAHeartbeatUntilStopped()
    {
        QProcess agent;
        agent.start(
            QStringLiteral(PGVAULTCTL_PATH), {QStringLiteral("--home"), m_home->path(), QStringLiteral("agent")});
        QVERIFY(agent.waitForStarted());
        const AgentHeartbeatRepository heartbeats(m_catalog->database());
        const auto runningNow = [&heartbeats]() -> std::optional<AgentHeartbeat> {
            const Result<std::optional<AgentHeartbeat>> found = heartbeats.running(QDateTime::currentDateTimeUtc());
            return found ? found.value() : std::nullopt;
        };
        std::optional<AgentHeartbeat> running;
        QTRY_VERIFY_WITH_TIMEOUT((running = runningNow()).has_value(), 20000);
        QCOMPARE(running->pid, agent.processId());
        QCOMPARE(running->host, QSysInfo::machineHostName());
        QVERIFY(qAbs(running->started.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(agent.state(), QProcess::Running);

        // systemd stops the unit with SIGTERM: a clean stop removes the heartbeat.
        agent.terminate();
        QVERIFY(agent.waitForFinished(30000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 0);
        const Result<std::optional<AgentHeartbeat>> latest = heartbeats.latest();
        QVERIFY_RESULT(latest);
        QVERIFY2(!latest->has_value(), "the stopped agent left its heartbeat");
    }

    void catalogRebuildRestoresPointsAndReportsTampering()
    {
        QSqlQuery wipe(m_catalog->database());
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM points")));
        Run run = pgvaultctl({QStringLiteral("catalog"), QStringLiteral("rebuild")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("5 added")), qPrintable(run.out));
        QCOMPARE(catalogPoints(), 5);
        const RecoveryPoint weekly = PointRepository(m_catalog->database()).find(m_weekly)->value();
        QCOMPARE(weekly.tag, RetentionRule::Kind::Weekly);
        QCOMPARE(weekly.expiry, m_weeklyExpiry);

        const QString manifest
            = QDir(m_vaultPath)
                  .filePath(QStringLiteral("instances/%1/points/%2/manifest.json").arg(m_instance, m_weekly));
        QByteArray json = Test::readFile(manifest);
        json.replace("\"Weekly\"", "\"Yearly\"");
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        run = pgvaultctl({QStringLiteral("catalog"), QStringLiteral("rebuild")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(m_weekly), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Kept 1 catalog point")));
        QCOMPARE(catalogPoints(), 5);
    }

    void pruneDeletesNothingWhileTheClockIsDoubtedUntilTrusted()
    {
        // An agent found the clock a year ahead of everything the catalog knew an hour ago.
        QVERIFY_RESULT(
            ClockTrustRepository(m_catalog->database()).write(ClockTrust{m_now.addYears(-1), m_now.addSecs(-3600)}));
        Run run = pgvaultctl({QStringLiteral("prune")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(lineWith(run.out, m_old).startsWith(QStringLiteral("kept (clock ahead) ")), qPrintable(run.out));
        QVERIFY(lineWith(run.out, m_weekly).startsWith(QStringLiteral("kept (clock ahead) ")));
        QVERIFY(run.out.contains(QStringLiteral("Deleted 0 recovery points.")));
        QVERIFY2(run.err.contains(QStringLiteral("Expiry deleted nothing")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Check the system clock")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("pgvaultctl prune --trust-clock")));
        QCOMPARE(pointFolders().size(), 5);
        QCOMPARE(deleteJobs(), 1); // the failed Delete job that says why

        const Run both
            = pgvaultctl({QStringLiteral("prune"), QStringLiteral("--dry-run"), QStringLiteral("--trust-clock")});
        QCOMPARE(both.exitCode, 2);

        run = pgvaultctl({QStringLiteral("prune"), QStringLiteral("--trust-clock")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Deleted 2 recovery points.")), qPrintable(run.out));
        QCOMPARE(pointFolders(), sorted({m_third, m_second, m_newest}));
        QCOMPARE(deleteJobs(), 3);
        const Result<ClockTrust> trust = ClockTrustRepository(m_catalog->database()).read();
        QVERIFY_RESULT(trust);
        QVERIFY(!trust->doubtedSince.isValid());
        QVERIFY(qAbs(trust->trusted.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void agentOnceIndexesAndExpiresAPointMissingFromTheCatalog()
    {
        // Committed by a backup that was killed before it wrote the catalog row.
        const QString lost = addPoint(m_now.addDays(-42), m_now.addDays(-30), QStringLiteral("Default"), false);
        QCOMPARE(pointFolders().size(), 6);
        QCOMPARE(catalogPoints(), 5);

        const Run run = pgvaultctl({QStringLiteral("agent"), QStringLiteral("--once")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(pointFolders(), sorted({m_third, m_second, m_newest}));
        QVERIFY(!PointRepository(m_catalog->database()).find(lost)->has_value());
        JobFilter filter;
        filter.operation = JobTypes::Operation::Delete;
        const QList<Job> jobs = JobRepository(m_catalog->database()).list(filter).value();
        QCOMPARE(jobs.size(), 3);
        QVERIFY(std::any_of(jobs.cbegin(), jobs.cend(), [&lost](const Job &job) {
            return job.pointId == lost && job.status == JobTypes::Status::Completed;
        }));
    }

    void pointsWarnsAboutFutureDatedPoints()
    {
        // Taken while the system clock was ten years ahead.
        const QString future = addPoint(m_now.addYears(10), m_now.addYears(10).addDays(30), QStringLiteral("Default"));
        Run run = pgvaultctl({QStringLiteral("points"), QStringLiteral("prod")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(lineWith(run.out, future).contains(QStringLiteral("future-dated")), qPrintable(run.out));
        QVERIFY(!lineWith(run.out, m_newest).contains(QStringLiteral("future-dated")));
        QVERIFY2(run.err.startsWith(QStringLiteral("pgvaultctl: warning: ")), qPrintable(run.err));
        QVERIFY(run.err.contains(future));
        QVERIFY(run.err.contains(QStringLiteral("Check the system clock")));

        run = pgvaultctl(
            {QStringLiteral("points"), QStringLiteral("prod"), QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray points = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(points.size(), 6);
        for (const QJsonValue &point : points) {
            const bool isFuture = point[QStringLiteral("id")].toString() == future;
            QCOMPARE(point[QStringLiteral("futureDated")].toBool(), isFuture);
        }
    }

    void softDeleteMovesExpiredPointsToDeletedUntilUndeleted()
    {
        Run run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("set"),
            QStringLiteral("local"),
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("14")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("keeps deleted recovery points 14 day")), qPrintable(run.out));

        run = pgvaultctl({QStringLiteral("prune"), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(lineWith(run.out, m_old).startsWith(QStringLiteral("would move to deleted ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Would move 2 recovery point")));

        run = pgvaultctl({QStringLiteral("prune")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(lineWith(run.out, m_old).startsWith(QStringLiteral("moved to deleted ")), qPrintable(run.out));
        QVERIFY(lineWith(run.out, m_weekly).startsWith(QStringLiteral("moved to deleted ")));
        QVERIFY(run.out.contains(QStringLiteral("Moved 2 recovery point")));
        // (Plural forms come from the translations, updated centrally: "point" matches both.)
        // The files stay until the purge; the points are no longer listed as restorable.
        QCOMPARE(pointFolders().size(), 5);
        QCOMPARE(deleteJobs(), 2);
        run = pgvaultctl({QStringLiteral("points"), QStringLiteral("prod")});
        QVERIFY(lineWith(run.out, m_old).isEmpty());
        QVERIFY(!lineWith(run.out, m_newest).isEmpty());

        run = pgvaultctl({QStringLiteral("points"), QStringLiteral("--deleted")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("PURGED ON (UTC)")), qPrintable(run.out));
        const QString purgeDay = m_now.addDays(14).date().toString(Qt::ISODate);
        QVERIFY2(lineWith(run.out, m_old).contains(purgeDay), qPrintable(run.out));
        QVERIFY(lineWith(run.out, m_weekly).contains(QStringLiteral("prod")));
        QVERIFY(lineWith(run.out, m_newest).isEmpty());

        // Restore refuses a deleted point and says how to bring it back.
        run = pgvaultctl({QStringLiteral("restore"),
            QStringLiteral("prod"),
            m_old,
            QStringLiteral("--to-folder"),
            m_home->filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("is deleted")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("pgvaultctl point undelete %1").arg(m_old)), qPrintable(run.err));

        // A catalog rebuilt from the vault keeps them deleted, with their purge dates.
        const RecoveryPoint deletedWeekly = PointRepository(m_catalog->database()).find(m_weekly)->value();
        QSqlQuery wipe(m_catalog->database());
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM points")));
        run = pgvaultctl({QStringLiteral("catalog"), QStringLiteral("rebuild")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const RecoveryPoint rebuilt = PointRepository(m_catalog->database()).find(m_weekly)->value();
        QVERIFY(rebuilt.isDeleted());
        QCOMPARE(rebuilt.purgeAfter, deletedWeekly.purgeAfter);
        QCOMPARE(rebuilt.deleted, deletedWeekly.deleted);

        // Undelete by the id's first characters: its expiry had passed, so it gets a day.
        run = pgvaultctl({QStringLiteral("point"), QStringLiteral("undelete"), m_old.left(8)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Undeleted recovery point %1").arg(m_old)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("had passed")), qPrintable(run.out));
        const RecoveryPoint back = PointRepository(m_catalog->database()).find(m_old)->value();
        QVERIFY(!back.isDeleted());
        QVERIFY(back.expiry > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        run = pgvaultctl({QStringLiteral("points"), QStringLiteral("prod")});
        QVERIFY2(!lineWith(run.out, m_old).isEmpty(), qPrintable(run.out));
        // Rebuilt again, it stays live with the expiry its undelete gave it.
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM points")));
        run = pgvaultctl({QStringLiteral("catalog"), QStringLiteral("rebuild")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const RecoveryPoint rebuiltBack = PointRepository(m_catalog->database()).find(m_old)->value();
        QVERIFY(!rebuiltBack.isDeleted());
        QCOMPARE(rebuiltBack.expiry, back.expiry);

        // A live point cannot be undeleted, nor an unknown one.
        run = pgvaultctl({QStringLiteral("point"), QStringLiteral("undelete"), m_newest});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("is not deleted")), qPrintable(run.err));
        run = pgvaultctl({QStringLiteral("point"), QStringLiteral("undelete"), QStringLiteral("ffffffff")});
        QCOMPARE(run.exitCode, 2);
    }

    void vaultSoftDeleteDaysAreCheckedAndListed()
    {
        Run run = pgvaultctl({QStringLiteral("vault"), QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("SOFT DELETE")), qPrintable(run.out));
        QVERIFY2(lineWith(run.out, QStringLiteral("local ")).contains(QStringLiteral(" off ")), qPrintable(run.out));

        run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("set"),
            QStringLiteral("local"),
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("181")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--soft-delete-days")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("to 180 days")), qPrintable(run.err));
        run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("set"),
            QStringLiteral("local"),
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("-1")});
        QCOMPARE(run.exitCode, 2);
        run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("set"),
            QStringLiteral("local"),
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("two")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not a whole number")), qPrintable(run.err));
        run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("set"),
            QStringLiteral("nope"),
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("3")});
        QCOMPARE(run.exitCode, 2);
        run = pgvaultctl({QStringLiteral("vault"), QStringLiteral("set"), QStringLiteral("local")});
        QCOMPARE(run.exitCode, 2);

        run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("set"),
            QStringLiteral("local"),
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = pgvaultctl({QStringLiteral("vault"), QStringLiteral("list")});
        QVERIFY2(lineWith(run.out, QStringLiteral("local ")).contains(QStringLiteral("7 day")), qPrintable(run.out));

        // A new vault takes the days given, or refuses them before creating anything.
        const QString offsite = m_home->filePath(QStringLiteral("offsite"));
        run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("create"),
            QStringLiteral("offsite"),
            QStringLiteral("--path"),
            offsite,
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("200")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(offsite));
        run = pgvaultctl({QStringLiteral("vault"),
            QStringLiteral("create"),
            QStringLiteral("offsite"),
            QStringLiteral("--path"),
            offsite,
            QStringLiteral("--soft-delete-days"),
            QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(VaultRepository(m_catalog->database()).find(QStringLiteral("offsite"))->value().softDeleteDays, 30);
    }

private:
    static QString lineWith(const QString &text, const QString &needle)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.contains(needle))
                return line;
        }
        return {};
    }

    Run pgvaultctl(const QStringList &arguments) const
    {
        QProcess process;
        process.start(
            QStringLiteral(PGVAULTCTL_PATH), QStringList{QStringLiteral("--home"), m_home->path()} + arguments);
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

    /// A committed point as LocalVaultStore lays it out: a data file and manifest.json; and unless
    /// told not to, its catalog row.
    QString addPoint(const QDateTime &time, const QDateTime &expiry, const QString &tag, bool inCatalog = true)
    {
        const QString pointId = QUuid::createUuid().toString(QUuid::Id128);
        const QDir folder(
            QDir(m_vaultPath).filePath(QStringLiteral("instances/%1/points/%2").arg(m_instance, pointId)));
        QDir().mkpath(folder.path());
        const QByteArray data = QByteArrayLiteral("not really zstd, but listing never reads it");
        const QString fileName = PointManifest::databaseFileName(QStringLiteral("sales"));
        QFile dataFile(folder.filePath(fileName));
        if (!dataFile.open(QIODevice::WriteOnly))
            return {};
        dataFile.write(data);
        dataFile.close();
        PointManifest manifest;
        manifest.setPointId(pointId);
        manifest.setInstanceId(m_instance);
        manifest.setInstanceName(QStringLiteral("prod"));
        manifest.setTime(time);
        manifest.setTag(tag);
        manifest.setExpiry(expiry);
        manifest.setDatabases({QStringLiteral("sales")});
        manifest.addFile({fileName,
            QStringLiteral("sales"),
            PointFile::Kind::Database,
            data.size(),
            data.size(),
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())});
        QFile manifestFile(folder.filePath(QStringLiteral("manifest.json")));
        if (!manifestFile.open(QIODevice::WriteOnly))
            return {};
        manifestFile.write(manifest.toJson());
        manifestFile.close();
        if (!inCatalog)
            return pointId;
        RecoveryPoint point;
        point.id = pointId;
        point.instanceId = m_instance;
        point.time = time;
        point.tag = RetentionRule::kindFromTagName(tag).value_or(RetentionRule::Kind::Default);
        point.expiry = expiry;
        point.sizeBytes = data.size();
        point.databases = {QStringLiteral("sales")};
        (void)PointRepository(m_catalog->database()).put(point);
        return pointId;
    }

    QStringList pointFolders() const
    {
        return QDir(QDir(m_vaultPath).filePath(QStringLiteral("instances/%1/points").arg(m_instance)))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    int catalogPoints() const
    {
        const Result<QList<RecoveryPoint>> points = PointRepository(m_catalog->database()).listForInstance(m_instance);
        return points ? int(points->size()) : -1;
    }

    int deleteJobs() const
    {
        JobFilter filter;
        filter.operation = JobTypes::Operation::Delete;
        const Result<int> count = JobRepository(m_catalog->database()).count(filter);
        return count ? *count : -1;
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Catalog> m_catalog;
    QString m_vaultPath;
    QString m_instance;
    QDateTime m_now;
    QString m_old;
    QString m_weekly;
    QDateTime m_weeklyExpiry;
    QString m_third;
    QString m_second;
    QString m_newest;
};

QTEST_GUILESS_MAIN(TestPgvaultctlAgent)
#include "TestPgvaultctlAgent.moc"
