#include "models/policies/PolicyJson.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace PgVault;
using Kind = RetentionRule::Kind;

namespace PgVault {

// Readable QCOMPARE failures for whole policies.
char *toString(const BackupPolicy &policy)
{
    QStringList days;
    for (Qt::DayOfWeek day : policy.schedule().days())
        days << QString::number(day);
    QStringList rules;
    for (const RetentionRule &rule : policy.rules())
        rules << rule.tagName() + QLatin1Char(' ') + rule.duration().toIso();
    const QString text = QStringLiteral("name=%1 days=%2 time=%3 zone=%4 rules=%5")
                             .arg(policy.name(),
                                 days.join(QLatin1Char(',')),
                                 policy.schedule().time().toString(QStringLiteral("HH:mm:ss")),
                                 QString::fromLatin1(policy.schedule().timeZone().id()),
                                 rules.join(QStringLiteral(", ")));
    return qstrdup(text.toUtf8().constData());
}

} // namespace PgVault

Q_DECLARE_METATYPE(PgVault::BackupPolicy)

namespace {

const QString CliTemplateFile = QStringLiteral(
    "azure-examples/cli_get-default-policy-template_AzureDatabaseForPostgreSQLFlexibleServer.output.json");
const QString OssDbExampleFile
    = QStringLiteral("azure-examples/rest-2025-07-01_PolicyCRUD_CreateOrUpdateBackupPolicy.json");

BackupPolicy makePolicy(const QString &name,
    const QList<Qt::DayOfWeek> &days,
    QTime time,
    const QTimeZone &zone,
    const QList<RetentionRule> &rules)
{
    BackupPolicy policy;
    policy.setName(name);
    policy.setSchedule(WeeklySchedule(days, time, zone));
    policy.setRules(rules);
    return policy;
}

/// Sun+Wed 22:00 Europe/Berlin with every rule; exported as policyRules [backup, Default, Weekly,
/// Monthly, Yearly] and taggingCriteria [Default, Weekly, Monthly, Yearly].
BackupPolicy allRulesPolicy()
{
    return makePolicy(QStringLiteral("pg-all-rules"),
        {Qt::Sunday, Qt::Wednesday},
        QTime(22, 0),
        QTimeZone("Europe/Berlin"),
        {RetentionRule(Kind::Default, Duration::months(3)),
            RetentionRule(Kind::Weekly, Duration::weeks(12)),
            RetentionRule(Kind::Monthly, Duration::years(5)),
            RetentionRule(Kind::Yearly, Duration::years(10))});
}

BackupPolicy utcPolicy()
{
    return makePolicy(QStringLiteral("pg-utc"),
        {Qt::Sunday},
        QTime(6, 30),
        QTimeZone::utc(),
        {RetentionRule(Kind::Default, Duration::days(30)), RetentionRule(Kind::Weekly, Duration::weeks(8))});
}

QStringList pathTokens(const QString &path)
{
    static const QRegularExpression token(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QStringList tokens;
    for (const QRegularExpressionMatch &match : token.globalMatch(path))
        tokens << match.captured(0);
    return tokens;
}

/// Sets the value at a path such as "policyRules[1].lifecycles[0].deleteAfter.duration"; an
/// undefined value removes the key or array element.
QJsonValue setAt(const QJsonValue &node, QStringList tokens, const QJsonValue &value)
{
    if (tokens.isEmpty())
        return value;
    const QString head = tokens.takeFirst();
    if (head.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const qsizetype index = head.mid(1, head.size() - 2).toLongLong();
        if (tokens.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(setAt(QJsonValue::Undefined, tokens, value));
        else
            array[index] = setAt(array.at(index), tokens, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (tokens.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = setAt(object.value(head), tokens, value);
    return object;
}

QJsonObject edited(QJsonObject document, const QList<QPair<QString, QJsonValue>> &edits)
{
    for (const auto &[path, value] : edits)
        document = setAt(document, pathTokens(path), value).toObject();
    return document;
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject readObject(const QString &relative)
{
    return QJsonDocument::fromJson(Test::readFile(Test::testDataPath(relative))).object();
}

const QJsonValue Removed = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestPolicyJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceExamplesImport_data();
    void referenceExamplesImport();
    void cliTemplateImportsAsDocumented();
    void exportThenImportGivesSamePolicy_data();
    void exportThenImportGivesSamePolicy();
    void exportedStructure();
    void exportWithoutNameOmitsName();
    void acceptsWhatAzureEmits_data();
    void acceptsWhatAzureEmits();
    void rejectsMalformedDocuments_data();
    void rejectsMalformedDocuments();
    void ossDbExampleIsRefusedByName();
};

void TestPolicyJson::referenceExamplesImport_data()
{
    QTest::addColumn<QJsonObject>("document");
    // Every PostgreSQL flexible server policy kept in the reference folder: bare policies, ARM
    // resources, and the request and response bodies of REST examples.
    const QDir dir(Test::testDataPath(QStringLiteral("azure-examples")));
    int rows = 0;
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject root = QJsonDocument::fromJson(Test::readFile(dir.filePath(file))).object();
        QList<QPair<QString, QJsonObject>> candidates{{file, root}};
        candidates << qMakePair(file + QStringLiteral(" request"),
            root.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("parameters")).toObject());
        const QJsonObject responses = root.value(QStringLiteral("responses")).toObject();
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            candidates << qMakePair(file + QStringLiteral(" response ") + it.key(),
                it.value().toObject().value(QStringLiteral("body")).toObject());
        }
        for (const auto &[name, candidate] : std::as_const(candidates)) {
            const QJsonObject policy = candidate.contains(QStringLiteral("properties"))
                ? candidate.value(QStringLiteral("properties")).toObject()
                : candidate;
            if (!policy.contains(QStringLiteral("policyRules")))
                continue;
            const QJsonArray types = policy.value(QStringLiteral("datasourceTypes")).toArray();
            if (!types.contains(QJsonValue(QLatin1String(BackupPolicy::DatasourceType))))
                continue;
            QTest::newRow(qPrintable(name)) << candidate;
            ++rows;
        }
    }
    QVERIFY2(rows >= 1, "the CLI template at least must be found");
}

void TestPolicyJson::referenceExamplesImport()
{
    QFETCH(QJsonObject, document);
    const Result<BackupPolicy> imported = PolicyJson::fromJsonObject(document);
    QVERIFY_RESULT(imported);
    QVERIFY(imported->isValid());
    const Result<BackupPolicy> again = PolicyJson::fromJson(PolicyJson::toJson(*imported));
    QVERIFY_RESULT(again);
    QCOMPARE(*again, *imported);
}

void TestPolicyJson::cliTemplateImportsAsDocumented()
{
    const Result<BackupPolicy> imported = PolicyJson::fromJson(Test::readFile(Test::testDataPath(CliTemplateFile)));
    QVERIFY_RESULT(imported);
    QCOMPARE(imported->name(), QStringLiteral("OssFlexiblePolicy1"));
    QCOMPARE(imported->schedule().days(), QList<Qt::DayOfWeek>{Qt::Sunday});
    QCOMPARE(imported->schedule().time(), QTime(6, 30));
    QCOMPARE(imported->schedule().timeZone(), QTimeZone::utc());
    QCOMPARE(imported->rules(), QList<RetentionRule>{RetentionRule(Kind::Default, Duration::months(3))});
    // And it exports back to the same intervals and zone.
    const QJsonObject schedule = PolicyJson::toJsonObject(
        *imported)[QStringLiteral("policyRules")][0][QStringLiteral("trigger")][QStringLiteral("schedule")]
                                     .toObject();
    QCOMPARE(schedule.value(QStringLiteral("repeatingTimeIntervals")).toArray(),
        QJsonArray{QStringLiteral("R/2021-08-15T06:30:00+00:00/P1W")});
    QCOMPARE(schedule.value(QStringLiteral("timeZone")).toString(), QStringLiteral("UTC"));
}

void TestPolicyJson::exportThenImportGivesSamePolicy_data()
{
    QTest::addColumn<BackupPolicy>("policy");
    QTest::newRow("Sun+Wed 22:00 Europe/Berlin, Default P3M, Monthly P5Y, Yearly P10Y")
        << makePolicy(QStringLiteral("pg-berlin"),
               {Qt::Sunday, Qt::Wednesday},
               QTime(22, 0),
               QTimeZone("Europe/Berlin"),
               {RetentionRule(Kind::Default, Duration::months(3)),
                   RetentionRule(Kind::Monthly, Duration::years(5)),
                   RetentionRule(Kind::Yearly, Duration::years(10))});
    QTest::newRow("all four rules") << allRulesPolicy();
    QTest::newRow("Mon-Fri 01:15 America/New_York, Default P7D, Weekly P520W")
        << makePolicy(QStringLiteral("pg-new-york"),
               {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
               QTime(1, 15),
               QTimeZone("America/New_York"),
               {RetentionRule(Kind::Default, Duration::days(7)), RetentionRule(Kind::Weekly, Duration::weeks(520))});
    QTest::newRow("Sunday 06:30 UTC, Default P30D, Weekly P8W") << utcPolicy();
    QTest::newRow("every day 23:59 Asia/Kolkata, Default P120M") << makePolicy(QStringLiteral("pg-kolkata"),
        {Qt::Sunday, Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday},
        QTime(23, 59),
        QTimeZone("Asia/Kolkata"),
        {RetentionRule(Kind::Default, Duration::months(120))});
}

void TestPolicyJson::exportThenImportGivesSamePolicy()
{
    QFETCH(BackupPolicy, policy);
    QVERIFY(policy.isValid());
    const Result<BackupPolicy> imported = PolicyJson::fromJson(PolicyJson::toJson(policy));
    QVERIFY_RESULT(imported);
    QCOMPARE(*imported, policy);
}

void TestPolicyJson::exportedStructure()
{
    const QJsonObject policy = PolicyJson::toJsonObject(allRulesPolicy());
    QCOMPARE(policy.value(QStringLiteral("name")).toString(), QStringLiteral("pg-all-rules"));
    QCOMPARE(policy.value(QStringLiteral("objectType")).toString(), QStringLiteral("BackupPolicy"));
    QCOMPARE(policy.value(QStringLiteral("datasourceTypes")).toArray(),
        QJsonArray{QStringLiteral("Microsoft.DBforPostgreSQL/flexibleServers")});
    const QJsonArray rules = policy.value(QStringLiteral("policyRules")).toArray();
    QCOMPARE(rules.size(), 5);

    const QJsonObject backup = rules.at(0).toObject();
    QCOMPARE(backup.value(QStringLiteral("name")).toString(), QStringLiteral("BackupWeekly"));
    QCOMPARE(backup.value(QStringLiteral("objectType")).toString(), QStringLiteral("AzureBackupRule"));
    QCOMPARE(backup.value(QStringLiteral("backupParameters")).toObject(),
        (QJsonObject{{QStringLiteral("objectType"), QStringLiteral("AzureBackupParams")},
            {QStringLiteral("backupType"), QStringLiteral("Full")}}));
    const QJsonObject vaultStore{{QStringLiteral("dataStoreType"), QStringLiteral("VaultStore")},
        {QStringLiteral("objectType"), QStringLiteral("DataStoreInfoBase")}};
    QCOMPARE(backup.value(QStringLiteral("dataStore")).toObject(), vaultStore);
    const QJsonObject trigger = backup.value(QStringLiteral("trigger")).toObject();
    QCOMPARE(trigger.value(QStringLiteral("objectType")).toString(), QStringLiteral("ScheduleBasedTriggerContext"));
    const QJsonObject schedule = trigger.value(QStringLiteral("schedule")).toObject();
    QCOMPARE(schedule.value(QStringLiteral("repeatingTimeIntervals")).toArray(),
        (QJsonArray{
            QStringLiteral("R/2021-08-15T22:00:00+02:00/P1W"), QStringLiteral("R/2021-08-18T22:00:00+02:00/P1W")}));
    QCOMPARE(schedule.value(QStringLiteral("timeZone")).toString(), QStringLiteral("W. Europe Standard Time"));

    const QJsonArray tags = trigger.value(QStringLiteral("taggingCriteria")).toArray();
    QCOMPARE(tags.size(), 4);
    QCOMPARE(tags.at(0).toObject(),
        (QJsonObject{{QStringLiteral("isDefault"), true},
            {QStringLiteral("taggingPriority"), 99},
            {QStringLiteral("tagInfo"),
                QJsonObject{{QStringLiteral("tagName"), QStringLiteral("Default")},
                    {QStringLiteral("id"), QStringLiteral("Default_")}}}}));
    const struct
    {
        const char *tag;
        int priority;
        const char *criterion;
    } expectedTags[] = {{"Weekly", 20, "FirstOfWeek"}, {"Monthly", 15, "FirstOfMonth"}, {"Yearly", 10, "FirstOfYear"}};
    for (int i = 0; i < 3; ++i) {
        const QString tag = QLatin1String(expectedTags[i].tag);
        QCOMPARE(tags.at(i + 1).toObject(),
            (QJsonObject{
                {QStringLiteral("isDefault"), false},
                {QStringLiteral("taggingPriority"), expectedTags[i].priority},
                {QStringLiteral("tagInfo"),
                    QJsonObject{
                        {QStringLiteral("tagName"), tag}, {QStringLiteral("id"), QString(tag + QLatin1Char('_'))}}},
                {QStringLiteral("criteria"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("objectType"), QStringLiteral("ScheduleBasedBackupCriteria")},
                        {QStringLiteral("absoluteCriteria"), QJsonArray{QLatin1String(expectedTags[i].criterion)}}}}},
            }));
    }

    const struct
    {
        const char *name;
        const char *duration;
    } expectedRules[] = {{"Default", "P3M"}, {"Weekly", "P12W"}, {"Monthly", "P5Y"}, {"Yearly", "P10Y"}};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject lifecycle{
            {QStringLiteral("deleteAfter"),
                QJsonObject{{QStringLiteral("objectType"), QStringLiteral("AbsoluteDeleteOption")},
                    {QStringLiteral("duration"), QLatin1String(expectedRules[i].duration)}}},
            {QStringLiteral("sourceDataStore"), vaultStore},
            {QStringLiteral("targetDataStoreCopySettings"), QJsonArray()}};
        QCOMPARE(rules.at(i + 1).toObject(),
            (QJsonObject{{QStringLiteral("name"), QLatin1String(expectedRules[i].name)},
                {QStringLiteral("isDefault"), i == 0},
                {QStringLiteral("objectType"), QStringLiteral("AzureRetentionRule")},
                {QStringLiteral("lifecycles"), QJsonArray{lifecycle}}}));
    }
}

void TestPolicyJson::exportWithoutNameOmitsName()
{
    BackupPolicy policy = utcPolicy();
    policy.setName({});
    const QJsonObject object = PolicyJson::toJsonObject(policy);
    QVERIFY(!object.contains(QStringLiteral("name")));
    const Result<BackupPolicy> imported = PolicyJson::fromJsonObject(object);
    QVERIFY_RESULT(imported);
    QCOMPARE(*imported, policy);
}

void TestPolicyJson::acceptsWhatAzureEmits_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<BackupPolicy>("expected");

    const BackupPolicy all = allRulesPolicy();
    const QJsonObject allJson = PolicyJson::toJsonObject(all);
    const BackupPolicy utc = utcPolicy();
    const QJsonObject utcJson = PolicyJson::toJsonObject(utc);

    QJsonObject properties = allJson;
    properties.remove(QStringLiteral("name"));
    QTest::newRow("ARM resource: name beside properties") << QJsonObject{
        {QStringLiteral("id"),
            QStringLiteral("/subscriptions/x/resourceGroups/rg/providers/Microsoft.DataProtection/"
                           "backupVaults/vault/backupPolicies/pg-all-rules")},
        {QStringLiteral("name"), QStringLiteral("pg-all-rules")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.DataProtection/backupVaults/backupPolicies")},
        {QStringLiteral("systemData"), QJsonValue::Null},
        {QStringLiteral("properties"), properties}} << all;

    QTest::newRow("nulls where optional") << edited(utcJson,
        {{QStringLiteral("policyRules[0].trigger.schedule.timeZone"), QJsonValue::Null},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[0].tagInfo.id"), QJsonValue::Null},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[0].tagInfo.eTag"), QJsonValue::Null},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[0].criteria"), QJsonValue::Null},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[1].criteria"), QJsonValue::Null},
            {QStringLiteral("policyRules[1].isDefault"), QJsonValue::Null},
            {QStringLiteral("policyRules[2].lifecycles[0].targetDataStoreCopySettings"), QJsonValue::Null}})
                                          << utc;

    QTest::newRow("lowercase \"full\" backupType (PowerShell template)")
        << edited(allJson, {{QStringLiteral("policyRules[0].backupParameters.backupType"), QStringLiteral("full")}})
        << all;

    QTest::newRow("tag and rule names in any case") << edited(allJson,
        {{QStringLiteral("policyRules[0].trigger.taggingCriteria[0].tagInfo.tagName"), QStringLiteral("default")},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[2].tagInfo.tagName"), QStringLiteral("monthly")},
            {QStringLiteral("policyRules[1].name"), QStringLiteral("DEFAULT")},
            {QStringLiteral("policyRules[3].name"), QStringLiteral("monthly")}})
                                                    << all;

    QTest::newRow("missing tag ids") << edited(allJson,
        {{QStringLiteral("policyRules[0].trigger.taggingCriteria[0].tagInfo.id"), Removed},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[1].tagInfo.id"), Removed},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[2].tagInfo.id"), Removed},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[3].tagInfo.id"), Removed}})
                                     << all;

    QTest::newRow("absent criteria mean the tag's standard criterion") << edited(allJson,
        {{QStringLiteral("policyRules[0].trigger.taggingCriteria[1].criteria"), Removed},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[2].criteria"), QJsonArray()}})
                                                                       << all;

    QTest::newRow("non-standard tagging priorities are accepted") << edited(allJson,
        {{QStringLiteral("policyRules[0].trigger.taggingCriteria[1].taggingPriority"), 5},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[3].taggingPriority"), 50}})
                                                                  << all;

    QTest::newRow("isDefault left out") << edited(utcJson,
        {{QStringLiteral("policyRules[0].trigger.taggingCriteria[0].isDefault"), Removed},
            {QStringLiteral("policyRules[0].trigger.taggingCriteria[1].isDefault"), Removed},
            {QStringLiteral("policyRules[1].isDefault"), Removed},
            {QStringLiteral("policyRules[2].isDefault"), Removed}})
                                        << utc;

    QTest::newRow("backup rule named BackupIntervals (Terraform)")
        << edited(utcJson, {{QStringLiteral("policyRules[0].name"), QStringLiteral("BackupIntervals")}}) << utc;

    QTest::newRow("IANA time-zone id") << edited(
        allJson, {{QStringLiteral("policyRules[0].trigger.schedule.timeZone"), QStringLiteral("Europe/Berlin")}})
                                       << all;

    QTest::newRow("no timeZone and +00:00 intervals -> UTC")
        << edited(utcJson, {{QStringLiteral("policyRules[0].trigger.schedule.timeZone"), Removed}}) << utc;

    BackupPolicy nameless = utc;
    nameless.setName({});
    QTest::newRow("no name: left empty for policy import --name")
        << edited(utcJson, {{QStringLiteral("name"), Removed}}) << nameless;

    BackupPolicy badName = utc;
    badName.setName(QStringLiteral("my policy!"));
    QTest::newRow("name is not validated on import")
        << edited(utcJson, {{QStringLiteral("name"), QStringLiteral("my policy!")}}) << badName;

    // The PowerShell template: retention rule first, "full", P10Y, Sunday 23:00 UTC.
    QJsonObject powerShell = edited(PolicyJson::toJsonObject(makePolicy(QStringLiteral("PGFlexPolicy1"),
                                        {Qt::Sunday},
                                        QTime(23, 0),
                                        QTimeZone::utc(),
                                        {RetentionRule(Kind::Default, Duration::years(10))})),
        {{QStringLiteral("policyRules[0].backupParameters.backupType"), QStringLiteral("full")},
            {QStringLiteral("policyRules[0].trigger.schedule.repeatingTimeIntervals[0]"),
                QStringLiteral("R/2024-01-07T23:00:00+00:00/P1W")}});
    QJsonArray reordered = powerShell.value(QStringLiteral("policyRules")).toArray();
    reordered.append(reordered.takeAt(0));
    powerShell.insert(QStringLiteral("policyRules"), reordered);
    QTest::newRow("PowerShell template: rules in another order")
        << powerShell
        << makePolicy(QStringLiteral("PGFlexPolicy1"),
               {Qt::Sunday},
               QTime(23, 0),
               QTimeZone::utc(),
               {RetentionRule(Kind::Default, Duration::years(10))});
}

void TestPolicyJson::acceptsWhatAzureEmits()
{
    QFETCH(QJsonObject, document);
    QFETCH(BackupPolicy, expected);
    const Result<BackupPolicy> imported = PolicyJson::fromJson(bytes(document));
    QVERIFY_RESULT(imported);
    QCOMPARE(*imported, expected);
}

void TestPolicyJson::rejectsMalformedDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QJsonObject base = PolicyJson::toJsonObject(allRulesPolicy());
    const QString schedule = QStringLiteral("policyRules[0].trigger.schedule");
    const QString tags = QStringLiteral("policyRules[0].trigger.taggingCriteria");
    auto row
        = [](const char *name, const QByteArray &json, const char *code, const QString &field, const QString &message) {
              QTest::newRow(name) << json << QString::fromLatin1(code) << field << message;
          };
    auto edit = [&base](const QString &path, const QJsonValue &value) {
        return bytes(edited(base, {{path, value}}));
    };

    row("not JSON at all",
        "backup every sunday",
        "PolicyJson.NotJson",
        {},
        QStringLiteral("The file is not valid JSON: illegal value at offset 1."));
    row("JSON cut short",
        bytes(base).left(40),
        "PolicyJson.NotJson",
        {},
        QStringLiteral("The file is not valid JSON: unterminated string at offset 41."));
    row("an array, not an object",
        "[{}]",
        "PolicyJson.NotObject",
        {},
        QStringLiteral("The file holds a JSON array, not a backup policy object."));
    row("missing policyRules",
        edit(QStringLiteral("policyRules"), Removed),
        "PolicyJson.Missing",
        QStringLiteral("policyRules"),
        QStringLiteral("policyRules: is missing."));
    row("policyRules is a string",
        edit(QStringLiteral("policyRules"), QStringLiteral("BackupWeekly")),
        "PolicyJson.WrongType",
        QStringLiteral("policyRules"),
        QStringLiteral("policyRules: is a string, but it must be an array."));
    row("another datasource type refused by name",
        edit(QStringLiteral("datasourceTypes[0]"), QStringLiteral("Microsoft.DBforMySQL/flexibleServers")),
        "PolicyJson.WrongDatasource",
        QStringLiteral("datasourceTypes[0]"),
        QStringLiteral("datasourceTypes[0]: \"Microsoft.DBforMySQL/flexibleServers\" is not "
                       "\"Microsoft.DBforPostgreSQL/flexibleServers\"; PgVault imports only PostgreSQL flexible "
                       "server policies."));
    row("not a BackupPolicy",
        edit(QStringLiteral("objectType"), QStringLiteral("BackupInstance")),
        "PolicyJson.UnknownObjectType",
        QStringLiteral("objectType"),
        QStringLiteral("objectType: \"BackupInstance\" is not \"BackupPolicy\"; the file holds something other than "
                       "a backup policy."));
    row("no AzureBackupRule",
        edit(QStringLiteral("policyRules[0]"), Removed),
        "PolicyJson.NoBackupRule",
        QStringLiteral("policyRules"),
        QStringLiteral("policyRules: has no \"AzureBackupRule\", so the policy does not say when backups run."));
    row("two backup rules",
        edit(QStringLiteral("policyRules[5]"), base[QStringLiteral("policyRules")][0]),
        "PolicyJson.SeveralBackupRules",
        QStringLiteral("policyRules[5]"),
        QStringLiteral("policyRules[5]: is a second \"AzureBackupRule\"; a PostgreSQL flexible server policy has "
                       "exactly one."));
    row("unknown rule objectType",
        edit(QStringLiteral("policyRules[2].objectType"), QStringLiteral("AzureCopyRule")),
        "PolicyJson.UnknownObjectType",
        QStringLiteral("policyRules[2].objectType"),
        QStringLiteral("policyRules[2].objectType: \"AzureCopyRule\" is not a rule type PgVault knows; a policy rule "
                       "is \"AzureBackupRule\" or \"AzureRetentionRule\"."));
    row("ad-hoc trigger instead of a schedule",
        edit(QStringLiteral("policyRules[0].trigger.objectType"), QStringLiteral("AdhocBasedTriggerContext")),
        "PolicyJson.UnknownObjectType",
        QStringLiteral("policyRules[0].trigger.objectType"),
        QStringLiteral("policyRules[0].trigger.objectType: \"AdhocBasedTriggerContext\" is not "
                       "\"ScheduleBasedTriggerContext\", the only type PgVault accepts here."));
    row("backups to the archive store",
        edit(QStringLiteral("policyRules[0].dataStore.dataStoreType"), QStringLiteral("ArchiveStore")),
        "PolicyJson.NotVaultStore",
        QStringLiteral("policyRules[0].dataStore.dataStoreType"),
        QStringLiteral("policyRules[0].dataStore.dataStoreType: \"ArchiveStore\" is not \"VaultStore\"; PostgreSQL "
                       "flexible server backups are kept in the vault store only."));
    row("retention read from the operational store",
        edit(QStringLiteral("policyRules[2].lifecycles[0].sourceDataStore.dataStoreType"),
            QStringLiteral("OperationalStore")),
        "PolicyJson.NotVaultStore",
        QStringLiteral("policyRules[2].lifecycles[0].sourceDataStore.dataStoreType"),
        QStringLiteral("policyRules[2].lifecycles[0].sourceDataStore.dataStoreType: \"OperationalStore\" is not "
                       "\"VaultStore\"; PostgreSQL flexible server backups are kept in the vault store only."));
    row("copy to the archive tier",
        edit(QStringLiteral("policyRules[4].lifecycles[0].targetDataStoreCopySettings[0]"),
            QJsonObject{{QStringLiteral("objectType"), QStringLiteral("TargetCopySetting")}}),
        "PolicyJson.CopySettings",
        QStringLiteral("policyRules[4].lifecycles[0].targetDataStoreCopySettings"),
        QStringLiteral("policyRules[4].lifecycles[0].targetDataStoreCopySettings: copies backups to another data "
                       "store; PostgreSQL flexible server backups stay in the VaultStore only."));
    row("incremental backupType",
        edit(QStringLiteral("policyRules[0].backupParameters.backupType"), QStringLiteral("Incremental")),
        "PolicyJson.NotFull",
        QStringLiteral("policyRules[0].backupParameters.backupType"),
        QStringLiteral("policyRules[0].backupParameters.backupType: \"Incremental\" is not \"Full\"; PostgreSQL "
                       "flexible server backups are full backups."));
    row("daily period instead of P1W",
        edit(
            schedule + QStringLiteral(".repeatingTimeIntervals[1]"), QStringLiteral("R/2021-08-18T22:00:00+02:00/P1D")),
        "PolicyJson.NotWeekly",
        schedule + QStringLiteral(".repeatingTimeIntervals[1]"),
        schedule
            + QStringLiteral(".repeatingTimeIntervals[1]: repeats every \"P1D\", but PostgreSQL flexible server "
                             "backups are weekly."));
    row("no intervals",
        edit(schedule + QStringLiteral(".repeatingTimeIntervals"), QJsonArray()),
        "PolicyJson.NoIntervals",
        schedule + QStringLiteral(".repeatingTimeIntervals"),
        schedule + QStringLiteral(".repeatingTimeIntervals: is empty, so the policy never runs a backup."));
    row("weekdays at different times",
        edit(
            schedule + QStringLiteral(".repeatingTimeIntervals[1]"), QStringLiteral("R/2021-08-18T23:00:00+02:00/P1W")),
        "PolicyJson.MixedTimes",
        schedule + QStringLiteral(".repeatingTimeIntervals[1]"),
        schedule
            + QStringLiteral(".repeatingTimeIntervals[1]: starts at 23:00 but repeatingTimeIntervals[0] starts at "
                             "22:00."));
    row("unknown time zone",
        edit(schedule + QStringLiteral(".timeZone"), QStringLiteral("Mars Standard Time")),
        "PolicyJson.UnknownTimeZone",
        schedule + QStringLiteral(".timeZone"),
        schedule + QStringLiteral(".timeZone: \"Mars Standard Time\" is not a known time zone."));
    row("Daily tag",
        edit(tags + QStringLiteral("[1].tagInfo.tagName"), QStringLiteral("Daily")),
        "PolicyJson.UnknownTag",
        tags + QStringLiteral("[1].tagInfo.tagName"),
        tags
            + QStringLiteral("[1].tagInfo.tagName: \"Daily\" is not a retention tag PgVault supports; PostgreSQL "
                             "flexible server policies use Default, Weekly, Monthly and Yearly."));
    row("Hourly retention rule",
        edit(QStringLiteral("policyRules[2].name"), QStringLiteral("Hourly")),
        "PolicyJson.UnknownTag",
        QStringLiteral("policyRules[2].name"),
        QStringLiteral("policyRules[2].name: \"Hourly\" is not a retention tag PgVault supports; PostgreSQL flexible "
                       "server policies use Default, Weekly, Monthly and Yearly."));
    row("Weekly tag twice",
        edit(tags + QStringLiteral("[2].tagInfo.tagName"), QStringLiteral("Weekly")),
        "PolicyJson.DuplicateTag",
        tags + QStringLiteral("[2]"),
        tags + QStringLiteral("[2]: tags backups \"Weekly\" a second time; each tag may appear once."));
    row("Weekly tag marked default",
        edit(tags + QStringLiteral("[1].isDefault"), true),
        "PolicyJson.IsDefaultMismatch",
        tags + QStringLiteral("[1].isDefault"),
        tags + QStringLiteral("[1].isDefault: is true for \"Weekly\"; only the Default rule is the default."));
    row("Weekly tag by days of the week (OssDB REST example)",
        edit(tags + QStringLiteral("[1].criteria[0]"),
            QJsonObject{{QStringLiteral("objectType"), QStringLiteral("ScheduleBasedBackupCriteria")},
                {QStringLiteral("daysOfTheWeek"), QJsonArray{QStringLiteral("Sunday")}},
                {QStringLiteral("scheduleTimes"), QJsonArray{QStringLiteral("2019-03-01T13:00:00Z")}}}),
        "PolicyJson.UnsupportedCriteria",
        tags + QStringLiteral("[1].criteria[0].daysOfTheWeek"),
        tags
            + QStringLiteral("[1].criteria[0].daysOfTheWeek: is not supported; PgVault's Weekly tag keeps the first "
                             "successful backup taken every week, written absoluteCriteria [\"FirstOfWeek\"]."));
    row("Monthly tag with FirstOfWeek",
        edit(tags + QStringLiteral("[2].criteria[0].absoluteCriteria[0]"), QStringLiteral("FirstOfWeek")),
        "PolicyJson.UnsupportedCriteria",
        tags + QStringLiteral("[2].criteria[0].absoluteCriteria"),
        tags
            + QStringLiteral("[2].criteria[0].absoluteCriteria: [\"FirstOfWeek\"] does not fit the Monthly tag, which "
                             "keeps the first successful backup taken every month ([\"FirstOfMonth\"])."));
    row("criteria on the Default tag",
        edit(tags + QStringLiteral("[0].criteria"),
            base[QStringLiteral("policyRules")][0][QStringLiteral("trigger")][QStringLiteral("taggingCriteria")][1]
                [QStringLiteral("criteria")]),
        "PolicyJson.UnsupportedCriteria",
        tags + QStringLiteral("[0].criteria"),
        tags
            + QStringLiteral("[0].criteria: is given for the Default tag, which takes every backup no other tag "
                             "takes."));
    row("Default retention below 7 days",
        edit(QStringLiteral("policyRules[1].lifecycles[0].deleteAfter.duration"), QStringLiteral("P3D")),
        "PolicyJson.DurationOutOfRange",
        QStringLiteral("policyRules[1].lifecycles[0].deleteAfter.duration"),
        QStringLiteral("policyRules[1].lifecycles[0].deleteAfter.duration: \"P3D\" is below 7 days."));
    row("Yearly retention above 10 years",
        edit(QStringLiteral("policyRules[4].lifecycles[0].deleteAfter.duration"), QStringLiteral("P11Y")),
        "PolicyJson.DurationOutOfRange",
        QStringLiteral("policyRules[4].lifecycles[0].deleteAfter.duration"),
        QStringLiteral("policyRules[4].lifecycles[0].deleteAfter.duration: \"P11Y\" is above 10 years."));
    row("combined duration units",
        edit(QStringLiteral("policyRules[3].lifecycles[0].deleteAfter.duration"), QStringLiteral("P1Y6M")),
        "PolicyJson.BadDuration",
        QStringLiteral("policyRules[3].lifecycles[0].deleteAfter.duration"),
        QStringLiteral("policyRules[3].lifecycles[0].deleteAfter.duration: \"P1Y6M\" is not a duration PgVault "
                       "understands."));
    row("duration missing",
        edit(QStringLiteral("policyRules[3].lifecycles[0].deleteAfter.duration"), Removed),
        "PolicyJson.Missing",
        QStringLiteral("policyRules[3].lifecycles[0].deleteAfter.duration"),
        QStringLiteral("policyRules[3].lifecycles[0].deleteAfter.duration: is missing."));
    row("two lifecycles",
        edit(QStringLiteral("policyRules[2].lifecycles[1]"),
            base[QStringLiteral("policyRules")][2][QStringLiteral("lifecycles")][0]),
        "PolicyJson.Lifecycles",
        QStringLiteral("policyRules[2].lifecycles"),
        QStringLiteral("policyRules[2].lifecycles: has 2 lifecycles; PostgreSQL flexible server backups stay in the "
                       "vault store, so a rule has exactly one."));
    row("duplicate retention rules",
        edit(QStringLiteral("policyRules[4].name"), QStringLiteral("weekly")),
        "PolicyJson.DuplicateRule",
        QStringLiteral("policyRules[4]"),
        QStringLiteral("policyRules[4]: is a second retention rule named \"Weekly\"; each rule may appear once."));
    row("missing Default retention rule",
        edit(QStringLiteral("policyRules[1]"), Removed),
        "PolicyJson.NoDefaultRule",
        QStringLiteral("policyRules"),
        QStringLiteral("policyRules: has no \"Default\" AzureRetentionRule; every policy needs one for the backups "
                       "no other rule keeps."));
    row("missing Default tag",
        edit(tags + QStringLiteral("[0]"), Removed),
        "PolicyJson.NoDefaultTag",
        tags,
        tags + QStringLiteral(": has no \"Default\" tag; every policy needs one for the backups no other tag takes."));
    row("Monthly tag without a retention rule",
        edit(QStringLiteral("policyRules[3]"), Removed),
        "PolicyJson.TagWithoutRule",
        tags + QStringLiteral("[2]"),
        tags
            + QStringLiteral("[2]: tags backups \"Monthly\", but no AzureRetentionRule named \"Monthly\" says how "
                             "long to keep them."));
    row("Yearly retention rule without a tag",
        edit(tags + QStringLiteral("[3]"), Removed),
        "PolicyJson.RuleWithoutTag",
        QStringLiteral("policyRules[4]"),
        QStringLiteral("policyRules[4]: keeps \"Yearly\" backups, but no tagging criterion in the AzureBackupRule "
                       "tags any backup \"Yearly\"."));
    QJsonObject arm{{QStringLiteral("name"), QStringLiteral("pg-all-rules")}, {QStringLiteral("properties"), base}};
    row("ARM resource: paths start at properties",
        bytes(edited(arm,
            {{QStringLiteral("properties.policyRules[1].lifecycles[0].deleteAfter.duration"), QStringLiteral("P3D")}})),
        "PolicyJson.DurationOutOfRange",
        QStringLiteral("properties.policyRules[1].lifecycles[0].deleteAfter.duration"),
        QStringLiteral("properties.policyRules[1].lifecycles[0].deleteAfter.duration: \"P3D\" is below 7 days."));
}

void TestPolicyJson::rejectsMalformedDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Result<BackupPolicy> imported = PolicyJson::fromJson(json);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().message, message);
    QCOMPARE(imported.error().field, field);
    QCOMPARE(imported.error().code, code);
    QVERIFY2(!imported.error().remedy.isEmpty(), "every error tells the user what to do");
}

void TestPolicyJson::ossDbExampleIsRefusedByName()
{
    const QJsonObject example = readObject(OssDbExampleFile);
    const QJsonObject response
        = example[QStringLiteral("responses")][QStringLiteral("200")][QStringLiteral("body")].toObject();
    QVERIFY(!response.isEmpty());
    const Result<BackupPolicy> imported = PolicyJson::fromJsonObject(response);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, QStringLiteral("PolicyJson.WrongDatasource"));
    QCOMPARE(imported.error().field, QStringLiteral("properties.datasourceTypes[0]"));
    QCOMPARE(imported.error().message,
        QStringLiteral("properties.datasourceTypes[0]: \"OssDB\" is not "
                       "\"Microsoft.DBforPostgreSQL/flexibleServers\"; PgVault imports only PostgreSQL flexible "
                       "server policies."));

    // Were it a PostgreSQL flexible server policy, its day-of-week Weekly criteria would still be refused.
    const QJsonObject retargeted = edited(
        response, {{QStringLiteral("properties.datasourceTypes[0]"), QLatin1String(BackupPolicy::DatasourceType)}});
    const Result<BackupPolicy> second = PolicyJson::fromJsonObject(retargeted);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().field,
        QStringLiteral("properties.policyRules[0].trigger.taggingCriteria[1].criteria[0].daysOfTheWeek"));
}

QTEST_GUILESS_MAIN(TestPolicyJson)
#include "TestPolicyJson.moc"
