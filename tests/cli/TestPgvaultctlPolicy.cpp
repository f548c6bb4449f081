#include "models/Catalog.h"
#include "tests/support/CtlProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace PgVault;

using Run = Test::CtlProcess::Run;

namespace {

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

/// Drives the real pgvaultctl binary through the policy lifecycle: create, import, export, list,
/// show and delete, and what each prints. Preview and the error contract have their own tests.
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

private:
    Run ctl(const QStringList &arguments) const { return Test::CtlProcess(m_home->path()).run(arguments); }
    void createWeekly() const { Test::CtlProcess(m_home->path()).createWeeklyPolicy(); }

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
    const QString file = Test::testDataPath(ReferenceTemplate);
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
        ctl({QStringLiteral("policy"), QStringLiteral("import"), Test::testDataPath(ReferenceTemplate)}).exitCode, 0);
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
        QStringLiteral("pgvaultctl: There is no policy named \"weekly-pg\". Choose one of the backup policies listed "
                       "(Backup policies, or \"pgvaultctl policy list\").\n"));
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

QTEST_GUILESS_MAIN(TestPgvaultctlPolicy)
#include "TestPgvaultctlPolicy.moc"
