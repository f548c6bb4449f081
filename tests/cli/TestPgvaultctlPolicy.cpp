#include "models/Catalog.h"
#include "models/PolicyRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace PgVault;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString ReferenceTemplate = QStringLiteral(
    "azure-examples/cli_get-default-policy-template_AzureDatabaseForPostgreSQLFlexibleServer.output.json");

QJsonObject ruleNamed(const QJsonObject &policy, const QString &name)
{
    for (const QJsonValue &rule : policy.value(QLatin1String("policyRules")).toArray()) {
        if (rule.toObject().value(QLatin1String("name")).toString() == name)
            return rule.toObject();
    }
    return {};
}

QString retentionDuration(const QJsonObject &policy, const QString &rule)
{
    return ruleNamed(policy, rule)
        .value(QLatin1String("lifecycles"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("deleteAfter"))
        .toObject()
        .value(QLatin1String("duration"))
        .toString();
}

} // namespace

/// Drives the real pgvaultctl binary: every policy command, its output and its error contract
/// (exit 1 for failed operations, 2 for bad usage or input, "pgvaultctl: <message> <remedy>").
class TestPgvaultctlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createWithAllOptionsThenExport();
    void createDefaultsAndWindowsZone();
    void exportToFileRefusesToOverwrite();
    void importReferenceTemplate();
    void listAndShow();
    void deleteRemovesThePolicy();
    void deleteInUseFailsNamingInstances();
    void previewJson();
    void previewTableCountsAlivePoints();
    void helpAndVersion_data();
    void helpAndVersion();
    void badInput_data();
    void badInput();

private:
    Run ctl(const QStringList &arguments) const;
    void createWeekly();

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPgvaultctlPolicy::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestPgvaultctlPolicy::cleanup()
{
    m_home.reset();
}

Run TestPgvaultctlPolicy::ctl(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGVAULT_HOME"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PGVAULTCTL_PATH), QStringList{QStringLiteral("--home"), m_home->path()} + arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("pgvaultctl did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestPgvaultctlPolicy::createWeekly()
{
    const Run run = ctl({QStringLiteral("policy"),
        QStringLiteral("create"),
        QStringLiteral("--name"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--days"),
        QStringLiteral("Sun,wednesday"),
        QStringLiteral("--time"),
        QStringLiteral("22:00"),
        QStringLiteral("--time-zone"),
        QStringLiteral("Europe/Berlin"),
        QStringLiteral("--default"),
        QStringLiteral("P3M"),
        QStringLiteral("--weekly"),
        QStringLiteral("P12W"),
        QStringLiteral("--monthly"),
        QStringLiteral("P5Y"),
        QStringLiteral("--yearly"),
        QStringLiteral("P10Y")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Created policy \"weekly-pg\".\n"));
    QCOMPARE(run.err, QString());
}

void TestPgvaultctlPolicy::createWithAllOptionsThenExport()
{
    createWeekly();
    const Run run = ctl({QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("WEEKLY-PG")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError parseError;
    const QJsonObject policy = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    QCOMPARE(policy.value(QLatin1String("name")).toString(), QStringLiteral("weekly-pg"));
    QCOMPARE(policy.value(QLatin1String("objectType")).toString(), QStringLiteral("BackupPolicy"));
    QCOMPARE(policy.value(QLatin1String("datasourceTypes")).toArray(),
        QJsonArray{QStringLiteral("Microsoft.DBforPostgreSQL/flexibleServers")});
    const QJsonObject schedule = ruleNamed(policy, QStringLiteral("BackupWeekly"))
                                     .value(QLatin1String("trigger"))
                                     .toObject()
                                     .value(QLatin1String("schedule"))
                                     .toObject();
    QCOMPARE(schedule.value(QLatin1String("timeZone")).toString(), QStringLiteral("W. Europe Standard Time"));
    const QJsonArray intervals = schedule.value(QLatin1String("repeatingTimeIntervals")).toArray();
    QCOMPARE(intervals.size(), 2);
    QList<int> weekdays;
    for (const QJsonValue &interval : intervals) {
        const QStringList parts = interval.toString().split(QLatin1Char('/'));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), QStringLiteral("R"));
        QCOMPARE(parts.at(2), QStringLiteral("P1W"));
        const QDateTime start = QDateTime::fromString(parts.at(1), Qt::ISODate);
        QVERIFY2(start.isValid(), qPrintable(parts.at(1)));
        QCOMPARE(parts.at(1).mid(10, 9), QStringLiteral("T22:00:00"));
        weekdays << QDate::fromString(parts.at(1).left(10), Qt::ISODate).dayOfWeek();
    }
    QCOMPARE(weekdays, QList<int>({Qt::Sunday, Qt::Wednesday}));
    QCOMPARE(retentionDuration(policy, QStringLiteral("Default")), QStringLiteral("P3M"));
    QCOMPARE(retentionDuration(policy, QStringLiteral("Weekly")), QStringLiteral("P12W"));
    QCOMPARE(retentionDuration(policy, QStringLiteral("Monthly")), QStringLiteral("P5Y"));
    QCOMPARE(retentionDuration(policy, QStringLiteral("Yearly")), QStringLiteral("P10Y"));
}

void TestPgvaultctlPolicy::createDefaultsAndWindowsZone()
{
    const Run created = ctl({QStringLiteral("policy"),
        QStringLiteral("create"),
        QStringLiteral("--name"),
        QStringLiteral("plain-pg"),
        QStringLiteral("--days"),
        QStringLiteral("SAT"),
        QStringLiteral("--time"),
        QStringLiteral("6:30"),
        QStringLiteral("--time-zone"),
        QStringLiteral("W. Europe Standard Time")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Run exported = ctl({QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("plain-pg")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject policy = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QCOMPARE(retentionDuration(policy, QStringLiteral("Default")), QStringLiteral("P10Y"));
    QVERIFY(ruleNamed(policy, QStringLiteral("Weekly")).isEmpty());
    const Run shown = ctl({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("plain-pg")});
    QVERIFY2(shown.out.contains(QLatin1String("Time zone:   Europe/Berlin (Azure: W. Europe Standard Time)")),
        qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QLatin1String("at 06:30 Europe/Berlin")), qPrintable(shown.out));
}

void TestPgvaultctlPolicy::exportToFileRefusesToOverwrite()
{
    createWeekly();
    const QString file = m_home->filePath(QStringLiteral("weekly.json"));
    const Run first = ctl({QStringLiteral("policy"),
        QStringLiteral("export"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--output"),
        file});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QByteArray written = Test::readFile(file);
    QCOMPARE(
        QJsonDocument::fromJson(written).object().value(QLatin1String("name")).toString(), QStringLiteral("weekly-pg"));

    const Run second = ctl({QStringLiteral("policy"),
        QStringLiteral("export"),
        QStringLiteral("weekly-pg"),
        QStringLiteral("--output"),
        file});
    QCOMPARE(second.exitCode, 2);
    QCOMPARE(second.err,
        QStringLiteral("pgvaultctl: --output: %1 already exists. Choose another file name, or remove the file "
                       "first.\n")
            .arg(file));
    QCOMPARE(Test::readFile(file), written);

    // What was exported imports again under another name.
    const Run imported = ctl({QStringLiteral("policy"),
        QStringLiteral("import"),
        file,
        QStringLiteral("--name"),
        QStringLiteral("weekly-copy")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run copy = ctl({QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("weekly-copy")});
    QJsonObject copied = QJsonDocument::fromJson(copy.out.toUtf8()).object();
    copied.insert(QStringLiteral("name"), QStringLiteral("weekly-pg"));
    QCOMPARE(copied, QJsonDocument::fromJson(written).object());
}

void TestPgvaultctlPolicy::importReferenceTemplate()
{
    const QString file = Test::referencePath(ReferenceTemplate);
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    const Run plain = ctl({QStringLiteral("policy"), QStringLiteral("import"), file});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(plain.out, QStringLiteral("Created policy \"OssFlexiblePolicy1\".\n"));

    const Run again = ctl({QStringLiteral("policy"), QStringLiteral("import"), file});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.startsWith(QLatin1String("pgvaultctl: --name: A policy named \"OssFlexiblePolicy1\" already "
                                                "exists. ")),
        qPrintable(again.err));

    const Run named = ctl({QStringLiteral("policy"),
        QStringLiteral("import"),
        file,
        QStringLiteral("--name"),
        QStringLiteral("template-copy")});
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));

    const Run exported = ctl({QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("template-copy")});
    const QJsonObject policy = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QCOMPARE(policy.value(QLatin1String("name")).toString(), QStringLiteral("template-copy"));
    QCOMPARE(retentionDuration(policy, QStringLiteral("Default")), QStringLiteral("P3M"));
    const QJsonObject schedule = ruleNamed(policy, QStringLiteral("BackupWeekly"))
                                     .value(QLatin1String("trigger"))
                                     .toObject()
                                     .value(QLatin1String("schedule"))
                                     .toObject();
    QCOMPARE(schedule.value(QLatin1String("repeatingTimeIntervals")).toArray(),
        QJsonArray{QStringLiteral("R/2021-08-15T06:30:00+00:00/P1W")});
    QCOMPARE(schedule.value(QLatin1String("timeZone")).toString(), QStringLiteral("UTC"));
}

void TestPgvaultctlPolicy::listAndShow()
{
    const Run empty = ctl({QStringLiteral("policy"), QStringLiteral("list")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.out.startsWith(QLatin1String("No policies yet.")), qPrintable(empty.out));

    createWeekly();
    QCOMPARE(
        ctl({QStringLiteral("policy"), QStringLiteral("import"), Test::referencePath(ReferenceTemplate)}).exitCode, 0);
    // --home may also follow the command.
    QProcess process;
    process.start(QStringLiteral(PGVAULTCTL_PATH),
        {QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--home"), m_home->path()});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("NAME")) && lines.at(0).contains(QLatin1String("SCHEDULE"))
            && lines.at(0).contains(QLatin1String("RETENTION")) && lines.at(0).endsWith(QLatin1String("INSTANCES")),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("OssFlexiblePolicy1 ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QLatin1String("Weekly on Sun at 06:30 UTC")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("weekly-pg ")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QLatin1String("Weekly on Sun, Wed at 22:00 Europe/Berlin")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).endsWith(QLatin1String(" 0")), qPrintable(lines.at(2)));
    // Columns line up.
    QCOMPARE(lines.at(1).indexOf(QLatin1String("Weekly on")), lines.at(0).indexOf(QLatin1String("SCHEDULE")));

    const Run shown = ctl({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("Weekly-PG")});
    QCOMPARE(shown.exitCode, 0);
    for (const QString &expected : {QStringLiteral("Name:        weekly-pg\n"),
             QStringLiteral("Datasource:  Microsoft.DBforPostgreSQL/flexibleServers\n"),
             QStringLiteral("Schedule:    Weekly on Sun, Wed at 22:00 Europe/Berlin\n"),
             QStringLiteral("(P12W)"),
             QStringLiteral("(P5Y)"),
             QStringLiteral("(P3M)"),
             QStringLiteral("Instances:   none\n")}) {
        QVERIFY2(shown.out.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + shown.out));
    }
}

void TestPgvaultctlPolicy::deleteRemovesThePolicy()
{
    createWeekly();
    const Run removed = ctl({QStringLiteral("policy"), QStringLiteral("delete"), QStringLiteral("weekly-pg")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QStringLiteral("Deleted policy \"weekly-pg\".\n"));
    const Run shown = ctl({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("weekly-pg")});
    QCOMPARE(shown.exitCode, 2);
    QCOMPARE(shown.err,
        QStringLiteral("pgvaultctl: There is no policy named \"weekly-pg\". Run \"pgvaultctl policy list\" to see "
                       "the policies.\n"));
}

void TestPgvaultctlPolicy::deleteInUseFailsNamingInstances()
{
    createWeekly();
    {
        auto catalog = Catalog::open(m_home->filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY_RESULT(catalog);
        QSqlQuery query((*catalog)->database());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO instances (id, name, policy_id) "
                                      "SELECT 'i-' || n, n, p.id FROM policies p, "
                                      "(SELECT 'server-b' AS n UNION SELECT 'server-a') WHERE p.name = 'weekly-pg'")));
    }
    const Run removed = ctl({QStringLiteral("policy"), QStringLiteral("delete"), QStringLiteral("weekly-pg")});
    QCOMPARE(removed.exitCode, 1);
    QCOMPARE(removed.out, QString());
    QVERIFY2(removed.err.startsWith(
                 QLatin1String("pgvaultctl: Policy \"weekly-pg\" is used by backup instances server-a, server-b; ")),
        qPrintable(removed.err));
    const Run list = ctl({QStringLiteral("policy"), QStringLiteral("list")});
    QVERIFY2(list.out.split(u'\n').value(1).endsWith(QLatin1String(" 2")), qPrintable(list.out));
    const Run shown = ctl({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("weekly-pg")});
    QVERIFY2(shown.out.contains(QLatin1String("Instances:   server-a, server-b\n")), qPrintable(shown.out));
}

void TestPgvaultctlPolicy::previewJson()
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

void TestPgvaultctlPolicy::previewTableCountsAlivePoints()
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

void TestPgvaultctlPolicy::helpAndVersion_data()
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

void TestPgvaultctlPolicy::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestPgvaultctlPolicy::badInput_data()
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
    QTest::newRow("show unknown policy") << QStringList{policy, QStringLiteral("show"), QStringLiteral("none-pg")} << 2
                                         << "There is no policy named \"none-pg\". Run \"pgvaultctl policy list\"";
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

void TestPgvaultctlPolicy::badInput()
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

QTEST_GUILESS_MAIN(TestPgvaultctlPolicy)
#include "TestPgvaultctlPolicy.moc"
