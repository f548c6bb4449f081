#include "models/Catalog.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace PgVault;

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());

AgentHeartbeat agent(const QString &host, qint64 pid, const QDateTime &started, const QDateTime &beat)
{
    return AgentHeartbeat{host, pid, started, beat};
}

} // namespace

/// AgentHeartbeatRepository: which agent counts as running, what a clean stop and a crash leave
/// behind, and that two connections (as two processes: the agent and the GUI) see the same rows.
class TestAgentHeartbeatRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString path = m_dir->filePath(QStringLiteral("catalog.sqlite"));
        Result<std::unique_ptr<Catalog>> agentSide = Catalog::open(path);
        QVERIFY_RESULT(agentSide);
        m_agentSide = std::move(agentSide).value();
        Result<std::unique_ptr<Catalog>> guiSide = Catalog::open(path);
        QVERIFY_RESULT(guiSide);
        m_guiSide = std::move(guiSide).value();
    }

    void cleanup()
    {
        m_agentSide.reset();
        m_guiSide.reset();
        m_dir.reset();
    }

    void emptyCatalogHasNoAgent()
    {
        const AgentHeartbeatRepository gui(m_guiSide->database());
        const auto running = gui.running(Now);
        QVERIFY_RESULT(running);
        QVERIFY(!running->has_value());
        const auto latest = gui.latest();
        QVERIFY_RESULT(latest);
        QVERIFY(!latest->has_value());
    }

    void freshnessDecidesRunning_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<bool>("running");
        QTest::newRow("just beat -> running") << qint64(0) << true;
        QTest::newRow("missed three beats -> still running") << qint64(90 * 1000) << true;
        QTest::newRow("exactly the limit -> running") << AgentHeartbeatRepository::StaleAfterMs << true;
        QTest::newRow("a second past the limit -> not running")
            << AgentHeartbeatRepository::StaleAfterMs + 1000 << false;
        QTest::newRow("an hour old -> not running") << qint64(3600 * 1000) << false;
    }

    void freshnessDecidesRunning()
    {
        QFETCH(qint64, ageMs);
        QFETCH(bool, running);
        const AgentHeartbeat beat = agent(QStringLiteral("db-admin"), 4242, Now.addDays(-1), Now.addMSecs(-ageMs));
        QVERIFY_RESULT(AgentHeartbeatRepository(m_agentSide->database()).beat(beat));

        const AgentHeartbeatRepository gui(m_guiSide->database());
        const auto found = gui.running(Now);
        QVERIFY_RESULT(found);
        QCOMPARE(found->has_value(), running);
        if (running)
            QCOMPARE(found->value(), beat);
        // Stale or not, the latest heartbeat says when an agent was last seen.
        const auto latest = gui.latest();
        QVERIFY_RESULT(latest);
        QVERIFY(latest->has_value());
        QCOMPARE(latest->value(), beat);
    }

    void beatRefreshesTheSameRow()
    {
        AgentHeartbeatRepository agentSide(m_agentSide->database());
        const QDateTime started = Now.addSecs(-3600);
        QVERIFY_RESULT(agentSide.beat(agent(QStringLiteral("db-admin"), 7, started, started)));
        QVERIFY_RESULT(agentSide.beat(agent(QStringLiteral("db-admin"), 7, started, Now.addSecs(-30))));

        const AgentHeartbeatRepository gui(m_guiSide->database());
        const auto found = gui.running(Now);
        QVERIFY_RESULT(found);
        QVERIFY(found->has_value());
        QCOMPARE(found->value().started, started);
        QCOMPARE(found->value().beat, Now.addSecs(-30));
        QCOMPARE(rowCount(), 1);
    }

    void cleanStopRemovesTheRow()
    {
        AgentHeartbeatRepository agentSide(m_agentSide->database());
        QVERIFY_RESULT(agentSide.beat(agent(QStringLiteral("db-admin"), 7, Now, Now)));
        QVERIFY_RESULT(agentSide.remove(QStringLiteral("db-admin"), 7));
        const AgentHeartbeatRepository gui(m_guiSide->database());
        QVERIFY(!runningAgent(gui).has_value());
        QVERIFY(!latestAgent(gui).has_value());
    }

    void longestRunningFreshAgentIsReported()
    {
        AgentHeartbeatRepository agentSide(m_agentSide->database());
        const AgentHeartbeat older = agent(QStringLiteral("laptop"), 10, Now.addDays(-2), Now.addSecs(-20));
        const AgentHeartbeat newer = agent(QStringLiteral("server"), 20, Now.addSecs(-600), Now.addSecs(-5));
        const AgentHeartbeat dead = agent(QStringLiteral("old-box"), 30, Now.addDays(-30), Now.addDays(-3));
        for (const AgentHeartbeat &beat : {older, newer, dead})
            QVERIFY_RESULT(agentSide.beat(beat));
        const AgentHeartbeatRepository gui(m_guiSide->database());
        QCOMPARE(runningAgent(gui), std::optional<AgentHeartbeat>(older));
        QCOMPARE(latestAgent(gui), std::optional<AgentHeartbeat>(newer));
    }

    void newAgentDropsStaleRowsOfItsHostOnly()
    {
        // A killed agent here and one elsewhere (last beats an hour ago), and one here that still beats.
        for (const AgentHeartbeat &row : {agent(QStringLiteral("here"), 1, Now.addDays(-1), Now.addSecs(-3600)),
                 agent(QStringLiteral("there"), 2, Now.addDays(-1), Now.addSecs(-3600)),
                 agent(QStringLiteral("here"), 3, Now.addDays(-1), Now.addSecs(-10))})
            QVERIFY(insert(row));
        QCOMPARE(rowCount(), 3);
        QVERIFY_RESULT(
            AgentHeartbeatRepository(m_agentSide->database()).beat(agent(QStringLiteral("here"), 4, Now, Now)));
        QCOMPARE(hostsAndPids(),
            (QStringList{QStringLiteral("here:3"), QStringLiteral("here:4"), QStringLiteral("there:2")}));
    }

private:
    /// The repository's answer, with a failed query failing the test through the message.
    static std::optional<AgentHeartbeat> runningAgent(const AgentHeartbeatRepository &repository)
    {
        const Result<std::optional<AgentHeartbeat>> found = repository.running(Now);
        if (!found)
            qWarning("%s", qPrintable(found.error().text()));
        return found ? found.value()
                     : std::optional<AgentHeartbeat>(AgentHeartbeat{QStringLiteral("error"), -1, {}, {}});
    }
    static std::optional<AgentHeartbeat> latestAgent(const AgentHeartbeatRepository &repository)
    {
        const Result<std::optional<AgentHeartbeat>> found = repository.latest();
        if (!found)
            qWarning("%s", qPrintable(found.error().text()));
        return found ? found.value()
                     : std::optional<AgentHeartbeat>(AgentHeartbeat{QStringLiteral("error"), -1, {}, {}});
    }

    int rowCount() const { return int(hostsAndPids().size()); }

    /// A row as any agent process may have left it, without beat()'s clean-up.
    bool insert(const AgentHeartbeat &row) const
    {
        QSqlQuery query(m_agentSide->database());
        query.prepare(
            QStringLiteral("INSERT INTO agent_heartbeats (host, pid, started_ms, beat_ms) VALUES (?, ?, ?, ?)"));
        query.addBindValue(row.host);
        query.addBindValue(row.pid);
        query.addBindValue(row.started.toMSecsSinceEpoch());
        query.addBindValue(row.beat.toMSecsSinceEpoch());
        return query.exec();
    }

    QStringList hostsAndPids() const
    {
        QSqlQuery query(m_guiSide->database());
        QStringList rows;
        if (!query.exec(QStringLiteral("SELECT host, pid FROM agent_heartbeats ORDER BY host, pid")))
            return {QStringLiteral("query failed")};
        while (query.next())
            rows << QStringLiteral("%1:%2").arg(query.value(0).toString()).arg(query.value(1).toLongLong());
        return rows;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_agentSide;
    std::unique_ptr<Catalog> m_guiSide;
};

QTEST_GUILESS_MAIN(TestAgentHeartbeatRepository)
#include "TestAgentHeartbeatRepository.moc"
