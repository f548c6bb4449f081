#include "tests/support/CtlProcess.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <memory>

using namespace PgVault;

using Run = Test::CtlProcess::Run;

/// Drives the real pgvaultctl binary through help, version and every refused input: the error
/// contract (exit 1 for failed operations, 2 for bad usage or input, "pgvaultctl: <message> <remedy>").
class TestPgvaultctlUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helpAndVersion_data();
    void helpAndVersion();
    void badInput_data();
    void badInput();

private:
    Run ctl(const QStringList &arguments) const { return Test::CtlProcess(m_home->path()).run(arguments); }
    void createWeekly() const { Test::CtlProcess(m_home->path()).createWeeklyPolicy(); }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPgvaultctlUsage::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestPgvaultctlUsage::cleanup()
{
    m_home.reset();
}

void TestPgvaultctlUsage::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("global help lists commands and exit codes")
        << QStringList{QStringLiteral("--help")} << "  2  bad usage or input";
    QTest::newRow("policy help lists verbs")
        << QStringList{QStringLiteral("policy"), QStringLiteral("--help")} << "  policy preview";
    QTest::newRow("create help shows options")
        << QStringList{QStringLiteral("policy"), QStringLiteral("create"), QStringLiteral("--help")}
        << "Usage: pgvaultctl policy create [options]";
    QTest::newRow("preview help shows options")
        << QStringList{QStringLiteral("policy"), QStringLiteral("preview"), QStringLiteral("-h")} << "--failed <DATES>";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << "pgvaultctl " PGVAULT_VERSION;
}

void TestPgvaultctlUsage::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestPgvaultctlUsage::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString policy = QStringLiteral("policy");
    auto create = [&](const QStringList &overrides) {
        QStringList arguments{policy, QStringLiteral("create")};
        QMap<QString, QString> options{{QStringLiteral("--name"), QStringLiteral("new-pg")},
            {QStringLiteral("--days"), QStringLiteral("Sun")},
            {QStringLiteral("--time"), QStringLiteral("22:00")},
            {QStringLiteral("--time-zone"), QStringLiteral("UTC")}};
        for (qsizetype i = 0; i + 1 < overrides.size(); i += 2) {
            if (overrides.at(i + 1).isNull())
                options.remove(overrides.at(i));
            else
                options.insert(overrides.at(i), overrides.at(i + 1));
        }
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            arguments << it.key() << it.value();
        return arguments;
    };
    auto preview = [&](const QStringList &extra) {
        return QStringList{policy,
                   QStringLiteral("preview"),
                   QStringLiteral("weekly-pg"),
                   QStringLiteral("--from"),
                   QStringLiteral("2024-01-01"),
                   QStringLiteral("--until"),
                   QStringLiteral("2024-02-01")}
        + extra;
    };

    QTest::newRow("no command") << QStringList{} << 2 << "No command given. Run \"pgvaultctl --help\"";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << "\"frobnicate\" is not a pgvaultctl command.";
    QTest::newRow("unknown policy command") << QStringList{policy, QStringLiteral("rename")} << 2
                                            << "\"rename\" is not a policy command. Run \"pgvaultctl policy --help\"";
    QTest::newRow("unknown option") << QStringList{policy, QStringLiteral("list"), QStringLiteral("--bogus")} << 2
                                    << "Unknown option 'bogus'. Run \"pgvaultctl policy list --help\"";
    QTest::newRow("option without value") << QStringList{policy, QStringLiteral("create"), QStringLiteral("--name")}
                                          << 2 << "Missing value after '--name'.";
    QTest::newRow("missing --days") << create({QStringLiteral("--days"), QString()}) << 2 << "Missing --days.";
    QTest::newRow("unknown weekday") << create({QStringLiteral("--days"), QStringLiteral("Sun,Funday")}) << 2
                                     << "--days: \"Funday\" is not a weekday. Use Sun, Mon";
    QTest::newRow("bad time") << create({QStringLiteral("--time"), QStringLiteral("25:00")}) << 2
                              << "--time: \"25:00\" is not a time of day. Use the 24-hour clock";
    QTest::newRow("unknown time zone") << create({QStringLiteral("--time-zone"), QStringLiteral("Mars/Base")}) << 2
                                       << "--time-zone: \"Mars/Base\" is not a known time zone. Use an IANA id";
    QTest::newRow("malformed duration") << create({QStringLiteral("--weekly"), QStringLiteral("12W")}) << 2
                                        << "--weekly: \"12W\" is not a retention duration.";
    QTest::newRow("duration above 10 years")
        << create({QStringLiteral("--monthly"), QStringLiteral("P11Y")}) << 2 << "--monthly: Monthly retention of P11Y";
    QTest::newRow("default below 7 days")
        << create({QStringLiteral("--default"), QStringLiteral("P6D")}) << 2 << "--default: Default retention of P6D";
    QTest::newRow("bad name") << create({QStringLiteral("--name"), QStringLiteral("new pg")}) << 2
                              << "--name: The policy name can contain only letters, digits and hyphens";
    QTest::newRow("duplicate name, other case") << create({QStringLiteral("--name"), QStringLiteral("WEEKLY-PG")}) << 2
                                                << "--name: A policy named \"WEEKLY-PG\" already exists. Choose";
    QTest::newRow("stray argument") << create({}) + QStringList{QStringLiteral("extra")} << 2
                                    << "Unexpected argument \"extra\".";
    QTest::newRow("show unknown policy") << QStringList{policy,
        QStringLiteral("show"),
        QStringLiteral(
            "none-pg")} << 2 << "There is no policy named \"none-pg\". Choose one of the backup policies listed";
    QTest::newRow("export unknown policy") << QStringList{policy, QStringLiteral("export"), QStringLiteral("none-pg")}
                                           << 2 << "There is no policy named \"none-pg\".";
    QTest::newRow("delete unknown policy") << QStringList{policy, QStringLiteral("delete"), QStringLiteral("none-pg")}
                                           << 2 << "There is no policy named \"none-pg\".";
    QTest::newRow("export without name") << QStringList{policy, QStringLiteral("export")} << 2
                                         << "Missing the NAME argument.";
    QTest::newRow("import missing file") << QStringList{policy,
        QStringLiteral("import"),
        QStringLiteral("@HOME@/none.json")}
                                         << 2 << "Cannot read";
    QTest::newRow("import malformed JSON")
        << QStringList{policy, QStringLiteral("import"), QStringLiteral("@HOME@/broken.json")} << 2 << "broken.json: ";
    QTest::newRow("preview unknown policy") << QStringList{policy,
        QStringLiteral("preview"),
        QStringLiteral("none-pg"),
        QStringLiteral("--from"),
        QStringLiteral("2024-01-01"),
        QStringLiteral("--until"),
        QStringLiteral("2024-01-02")} << 2 << "There is no policy named \"none-pg\".";
    QTest::newRow("preview missing --until") << QStringList{policy,
        QStringLiteral("preview"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--from"),
        QStringLiteral("2024-01-01")} << 2 << "Missing --until.";
    QTest::newRow("preview bad date") << QStringList{policy,
        QStringLiteral("preview"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--from"),
        QStringLiteral("2024-13-01"),
        QStringLiteral("--until"),
        QStringLiteral("2024-12-01")} << 2
                                      << "--from: \"2024-13-01\" is not a date. Use YYYY-MM-DD";
    QTest::newRow("preview until before from") << QStringList{policy,
        QStringLiteral("preview"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--from"),
        QStringLiteral("2024-02-01"),
        QStringLiteral("--until"),
        QStringLiteral("2024-01-01")} << 2 << "--until: 2024-01-01 is before --from 2024-02-01.";
    QTest::newRow("preview bad failed date") << preview({QStringLiteral("--failed"), QStringLiteral("2024-01-07,soon")})
                                             << 2 << "--failed: \"soon\" is not a date.";
    QTest::newRow("preview bad output") << preview({QStringLiteral("--output"), QStringLiteral("xml")}) << 2
                                        << "--output: \"xml\" is not an output format. Use table or json.";
    QTest::newRow("home is a file") << QStringList{QStringLiteral("--home"),
        QStringLiteral("@HOME@/broken.json"),
        policy,
        QStringLiteral("list")} << 1 << "Cannot create the PgVault home folder";
}

void TestPgvaultctlUsage::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    createWeekly();
    QFile broken(m_home->filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"name\": \"broken-pg\", \"policyRules\": [");
    broken.close();
    for (QString &argument : arguments)
        argument.replace(QLatin1String("@HOME@"), m_home->path());

    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QLatin1String("pgvaultctl: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.endsWith(u'\n') && run.err.count(u'\n') == 1, qPrintable(run.err));
    // Nothing was created by a refused command.
    const Run list = ctl({QStringLiteral("policy"), QStringLiteral("list")});
    QCOMPARE(list.out.count(u'\n'), 2);
}

QTEST_GUILESS_MAIN(TestPgvaultctlUsage)
#include "TestPgvaultctlUsage.moc"
