#include "models/Catalog.h"
#include "models/Translations.h"
#include "models/jobs/AgentHeartbeatRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/jobs/AgentStatusLabel.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace PgVault;

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
const QString NotRunning = QStringLiteral("Scheduled backups need \"pgvaultctl agent\" running (systemd user unit "
                                          "pgvault-agent.service); ");

QString since(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

/// The status bar's agent label over a temporary catalog: what it says with a fresh heartbeat,
/// a stale one and none, and that it re-reads the catalog by itself.
class TestAgentStatusLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does: English carries the plural forms ("5 minutes").
        Translations::install(QLocale(QLocale::English));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        auto catalog = Catalog::open(m_home->filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY_RESULT(catalog);
        m_catalog = std::move(catalog).value();
    }

    void cleanup()
    {
        m_catalog.reset();
        m_home.reset();
    }

    void saysWhatTheHeartbeatsShow_data()
    {
        QTest::addColumn<qint64>("beatAgeSeconds"); // -1: no heartbeat at all
        QTest::addColumn<QString>("expected");
        const QDateTime started = Now.addDays(-3);
        QTest::newRow("no agent ever") << qint64(-1) << NotRunning + QStringLiteral("none is running.");
        QTest::newRow("beat 20 s ago -> running") << qint64(
            20) << QStringLiteral("Scheduled backups: agent running on backup-host since %1.").arg(since(started));
        QTest::newRow("beat 2 min ago -> still running") << qint64(
            120) << QStringLiteral("Scheduled backups: agent running on backup-host since %1.").arg(since(started));
        QTest::newRow("beat 5 min ago -> not running")
            << qint64(300) << NotRunning + QStringLiteral("none has been seen for 5 minutes.");
        QTest::newRow("beat 1 h ago") << qint64(3600) << NotRunning + QStringLiteral("none has been seen for 1 hour.");
        QTest::newRow("beat 30 h ago") << qint64(30 * 3600)
                                       << NotRunning + QStringLiteral("none has been seen for 30 hours.");
        QTest::newRow("beat 3 days ago") << qint64(3 * 86400)
                                         << NotRunning + QStringLiteral("none has been seen for 3 days.");
    }

    void saysWhatTheHeartbeatsShow()
    {
        QFETCH(qint64, beatAgeSeconds);
        QFETCH(QString, expected);
        if (beatAgeSeconds >= 0) {
            QVERIFY_RESULT(
                AgentHeartbeatRepository(m_catalog->database())
                    .beat({QStringLiteral("backup-host"), 4242, Now.addDays(-3), Now.addSecs(-beatAgeSeconds)}));
        }
        AgentStatusLabel label(m_catalog->database());
        label.setClock([] { return Now; });
        QCOMPARE(label.text(), expected);
        QCOMPARE(label.objectName(), QStringLiteral("agentStatusLabel"));
    }

    void refreshesByItself()
    {
        AgentStatusLabel label(m_catalog->database());
        label.setClock([] { return Now; });
        label.setRefreshInterval(20);
        QCOMPARE(label.text(), NotRunning + QStringLiteral("none is running."));
        AgentHeartbeatRepository agent(m_catalog->database());
        QVERIFY_RESULT(agent.beat({QStringLiteral("backup-host"), 7, Now, Now}));
        QTRY_VERIFY2(label.text().startsWith(QStringLiteral("Scheduled backups: agent running on backup-host")),
            qPrintable(label.text()));
        QVERIFY_RESULT(agent.remove(QStringLiteral("backup-host"), 7));
        QTRY_COMPARE(label.text(), NotRunning + QStringLiteral("none is running."));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Catalog> m_catalog;
};

QTEST_MAIN(TestAgentStatusLabel)
#include "TestAgentStatusLabel.moc"
