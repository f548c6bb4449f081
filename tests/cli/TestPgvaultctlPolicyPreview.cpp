#include "tests/support/CtlProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

using namespace PgVault;

using Run = Test::CtlProcess::Run;

/// Drives "pgvaultctl policy preview" on the real binary: which backups a policy would take and
/// keep over a date range, as JSON and as a table, with failed runs left out.
class TestPgvaultctlPolicyPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void previewJson();
    void previewTableCountsAlivePoints();

private:
    Run ctl(const QStringList &arguments) const { return Test::CtlProcess(m_home->path()).run(arguments); }
    void createWeekly() const { Test::CtlProcess(m_home->path()).createWeeklyPolicy(); }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPgvaultctlPolicyPreview::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestPgvaultctlPolicyPreview::cleanup()
{
    m_home.reset();
}

void TestPgvaultctlPolicyPreview::previewJson()
{
    createWeekly();
    // Sun and Wed at 22:00 Berlin (21:00Z in winter), no history before --from; Sunday 31 Dec fails.
    const Run run = ctl({QStringLiteral("policy"),
        QStringLiteral("preview"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--from"),
        QStringLiteral("2023-12-27"),
        QStringLiteral("--until"),
        QStringLiteral("2024-01-14"),
        QStringLiteral("--failed"),
        QStringLiteral("2023-12-31"),
        QStringLiteral("--output"),
        QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError parseError;
    const QJsonArray points = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    auto point = [](const char *time, const char *tag, const char *expiry) {
        return QJsonObject{{QStringLiteral("time"), QLatin1String(time)},
            {QStringLiteral("tag"), QLatin1String(tag)},
            {QStringLiteral("expiry"), QLatin1String(expiry)}};
    };
    const QJsonArray expected = {
        // First of its week, month and year: Yearly wins.
        point("2023-12-27T21:00:00Z", "Yearly", "2033-12-27T21:00:00Z"),
        // Sunday failed, so Wednesday is the first of the week, of January and of 2024.
        point("2024-01-03T21:00:00Z", "Yearly", "2034-01-03T21:00:00Z"),
        // First of a new week; 12 weeks later is after the spring change, 22:00 CEST.
        point("2024-01-07T21:00:00Z", "Weekly", "2024-03-31T20:00:00Z"),
        point("2024-01-10T21:00:00Z", "Default", "2024-04-10T20:00:00Z"),
        point("2024-01-14T21:00:00Z", "Weekly", "2024-04-07T20:00:00Z"),
    };
    QCOMPARE(points, expected);
}

void TestPgvaultctlPolicyPreview::previewTableCountsAlivePoints()
{
    createWeekly();
    const Run run = ctl({QStringLiteral("policy"),
        QStringLiteral("preview"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--from"),
        QStringLiteral("2024-01-01"),
        QStringLiteral("--until"),
        QStringLiteral("2024-04-09")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("TIME (UTC)            TAG      EXPIRY (UTC)"));
    QCOMPARE(lines.at(1), QStringLiteral("2024-01-03T21:00:00Z  Yearly   2034-01-03T21:00:00Z"));
    QCOMPARE(lines.at(2), QStringLiteral("2024-01-07T21:00:00Z  Weekly   2024-03-31T20:00:00Z"));
    QCOMPARE(lines.at(lines.size() - 2), QStringLiteral("2024-04-07T20:00:00Z  Weekly   2024-06-30T20:00:00Z"));
    // 28 runs (Sun and Wed, Jan 3 .. Apr 7): Yearly Jan 3; Monthly Feb 4, Mar 3, Apr 3; Weekly the other
    // 12 Sundays, of which Jan 7 and 14 (12 weeks) have expired by the end of Apr 9; Default the 12 other
    // Wednesdays, all kept 3 months (Jan 10's until Apr 10).
    QCOMPARE(lines.constLast(),
        QStringLiteral("Backups taken: 28. Kept at the end of 2024-04-09 (Europe/Berlin): 26 (Yearly 1, "
                       "Monthly 3, Weekly 10, Default 12)."));
}

QTEST_GUILESS_MAIN(TestPgvaultctlPolicyPreview)
#include "TestPgvaultctlPolicyPreview.moc"
