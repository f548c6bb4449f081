#include "models/PolicyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <map>
#include <optional>

namespace PgVault {

namespace {

using Kind = RetentionRule::Kind;

// Export order of tags and retention rules: Default first, then as Azure's docs list them.
const QList<Kind> ExportOrder = {Kind::Default, Kind::Weekly, Kind::Monthly, Kind::Yearly};

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool sameWord(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return PolicyJson::tr("null");
    case QJsonValue::Bool:
        return PolicyJson::tr("true or false");
    case QJsonValue::Double:
        return PolicyJson::tr("a number");
    case QJsonValue::String:
        return PolicyJson::tr("a string");
    case QJsonValue::Array:
        return PolicyJson::tr("an array");
    case QJsonValue::Object:
        return PolicyJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return PolicyJson::tr("missing");
}

/// The value as it appears in the file, for messages: "\"Daily\"", ["FirstOfMonth"].
QString shown(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

QString genericRemedy()
{
    return PolicyJson::tr("Correct the file to Azure's BackupPolicy format, or export the policy again with "
                          "\"az dataprotection backup-policy show\" or PgVault.");
}

QJsonObject vaultStore()
{
    return {{QStringLiteral("dataStoreType"), QStringLiteral("VaultStore")},
        {QStringLiteral("objectType"), QStringLiteral("DataStoreInfoBase")}};
}

/// Reads one document, stopping at the first problem; every problem is addressed by JSON path.
class PolicyReader
{
public:
    std::optional<BackupPolicy> read(const QJsonObject &root);
    const Error &error() const { return m_error; }

private:
    bool fail(const QString &code, const QString &path, const QString &message, const QString &remedy)
    {
        m_error = Error{code, message, remedy, path};
        return false;
    }
    bool failType(const QString &path, const QJsonValue &value, const QString &expected)
    {
        if (value.isUndefined()) {
            return fail(QStringLiteral("PolicyJson.Missing"),
                path,
                PolicyJson::tr("%1: is missing.").arg(path),
                genericRemedy());
        }
        return fail(QStringLiteral("PolicyJson.WrongType"),
            path,
            PolicyJson::tr("%1: is %2, but it must be %3.").arg(path, describe(value), expected),
            genericRemedy());
    }

    bool requireObject(const QJsonObject &parent, const QString &path, const QString &key, QJsonObject &out);
    bool requireArray(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out);
    bool requireString(const QJsonObject &parent, const QString &path, const QString &key, QString &out);
    bool optionalArray(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out);
    bool optionalString(const QJsonObject &parent, const QString &path, const QString &key, QString &out);
    bool optionalBool(const QJsonObject &parent, const QString &path, const QString &key, std::optional<bool> &out);
    bool expectObjectType(const QJsonObject &object, const QString &path, const char *expected);
    bool checkVaultStore(const QJsonObject &parent, const QString &path, const QString &key);
    bool checkIsDefault(const QJsonObject &object, const QString &path, Kind kind);
    bool kindFromName(const QString &name, const QString &path, Kind &out);

    bool readDatasourceTypes(const QJsonObject &policy, const QString &path);
    bool readBackupRule(const QJsonObject &rule, const QString &path);
    bool readTaggingCriterion(const QJsonObject &criterion, const QString &path);
    bool readCriteria(const QJsonObject &criterion, const QString &path, Kind kind);
    bool readRetentionRule(const QJsonObject &rule, const QString &path);
    bool crossCheck(const QString &rulesPath);
    bool reportValidation(const BackupPolicy &policy, const QString &rulesPath);

    Error m_error;
    WeeklySchedule m_schedule;
    QString m_triggerPath;
    QString m_schedulePath;
    std::map<Kind, QString> m_tagPaths;
    std::map<Kind, QString> m_rulePaths;
    QList<RetentionRule> m_rules;
};

bool PolicyReader::requireObject(const QJsonObject &parent, const QString &path, const QString &key, QJsonObject &out)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject())
        return failType(child(path, key), value.isNull() ? QJsonValue::Undefined : value, PolicyJson::tr("an object"));
    out = value.toObject();
    return true;
}

bool PolicyReader::requireArray(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out)
{
    const QJsonValue value = parent.value(key);
    if (!value.isArray())
        return failType(child(path, key), value.isNull() ? QJsonValue::Undefined : value, PolicyJson::tr("an array"));
    out = value.toArray();
    return true;
}

bool PolicyReader::requireString(const QJsonObject &parent, const QString &path, const QString &key, QString &out)
{
    const QJsonValue value = parent.value(key);
    if (!value.isString())
        return failType(child(path, key), value.isNull() ? QJsonValue::Undefined : value, PolicyJson::tr("a string"));
    out = value.toString();
    return true;
}

bool PolicyReader::optionalArray(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out)
{
    const QJsonValue value = parent.value(key);
    out = {};
    if (isAbsent(value))
        return true;
    if (!value.isArray())
        return failType(child(path, key), value, PolicyJson::tr("an array"));
    out = value.toArray();
    return true;
}

bool PolicyReader::optionalString(const QJsonObject &parent, const QString &path, const QString &key, QString &out)
{
    const QJsonValue value = parent.value(key);
    out.clear();
    if (isAbsent(value))
        return true;
    if (!value.isString())
        return failType(child(path, key), value, PolicyJson::tr("a string"));
    out = value.toString();
    return true;
}

bool PolicyReader::optionalBool(
    const QJsonObject &parent, const QString &path, const QString &key, std::optional<bool> &out)
{
    const QJsonValue value = parent.value(key);
    out.reset();
    if (isAbsent(value))
        return true;
    if (!value.isBool())
        return failType(child(path, key), value, PolicyJson::tr("true or false"));
    out = value.toBool();
    return true;
}

bool PolicyReader::expectObjectType(const QJsonObject &object, const QString &path, const char *expected)
{
    QString type;
    if (!requireString(object, path, QStringLiteral("objectType"), type))
        return false;
    if (!sameWord(type, expected)) {
        const QString field = child(path, QStringLiteral("objectType"));
        return fail(QStringLiteral("PolicyJson.UnknownObjectType"),
            field,
            PolicyJson::tr("%1: \"%2\" is not \"%3\", the only type PgVault accepts here.")
                .arg(field, type, QLatin1String(expected)),
            PolicyJson::tr("Set objectType to \"%1\".").arg(QLatin1String(expected)));
    }
    return true;
}

bool PolicyReader::checkVaultStore(const QJsonObject &parent, const QString &path, const QString &key)
{
    QJsonObject store;
    if (!requireObject(parent, path, key, store))
        return false;
    const QString storePath = child(path, key);
    QString type;
    if (!requireString(store, storePath, QStringLiteral("dataStoreType"), type))
        return false;
    if (!sameWord(type, "VaultStore")) {
        const QString field = child(storePath, QStringLiteral("dataStoreType"));
        return fail(QStringLiteral("PolicyJson.NotVaultStore"),
            field,
            PolicyJson::tr("%1: \"%2\" is not \"VaultStore\"; PostgreSQL flexible server backups are kept in "
                           "the vault store only.")
                .arg(field, type),
            PolicyJson::tr("Set dataStoreType to \"VaultStore\"; archive and operational stores are not "
                           "available for PostgreSQL flexible servers."));
    }
    return expectObjectType(store, storePath, "DataStoreInfoBase");
}

bool PolicyReader::checkIsDefault(const QJsonObject &object, const QString &path, Kind kind)
{
    std::optional<bool> isDefault;
    if (!optionalBool(object, path, QStringLiteral("isDefault"), isDefault))
        return false;
    // Absent is fine: the tag name alone says which rule is the default.
    if (!isDefault || *isDefault == (kind == Kind::Default))
        return true;
    const QString field = child(path, QStringLiteral("isDefault"));
    const QString message = *isDefault
        ? PolicyJson::tr("%1: is true for \"%2\"; only the Default rule is the default.")
              .arg(field, RetentionRule::tagName(kind))
        : PolicyJson::tr("%1: is false for \"Default\"; the Default rule is always the default.").arg(field);
    return fail(QStringLiteral("PolicyJson.IsDefaultMismatch"),
        field,
        message,
        PolicyJson::tr("Set isDefault to true for Default and to false for Weekly, Monthly and Yearly."));
}

bool PolicyReader::kindFromName(const QString &name, const QString &path, Kind &out)
{
    const std::optional<Kind> kind = RetentionRule::kindFromTagName(name);
    if (!kind) {
        return fail(QStringLiteral("PolicyJson.UnknownTag"),
            path,
            PolicyJson::tr("%1: \"%2\" is not a retention tag PgVault supports; PostgreSQL flexible server "
                           "policies use Default, Weekly, Monthly and Yearly.")
                .arg(path, name),
            PolicyJson::tr("Remove the \"%1\" tag and its retention rule, or rename them to Weekly, Monthly "
                           "or Yearly.")
                .arg(name));
    }
    out = *kind;
    return true;
}

std::optional<BackupPolicy> PolicyReader::read(const QJsonObject &root)
{
    // An ARM resource (what "az dataprotection backup-policy show" and the REST API return) wraps the
    // policy in "properties" and carries the name beside it; a bare policy carries its own name.
    QJsonObject policy = root;
    QString base;
    QString name;
    if (root.contains(QStringLiteral("properties")) && !root.contains(QStringLiteral("policyRules"))) {
        if (!requireObject(root, {}, QStringLiteral("properties"), policy))
            return std::nullopt;
        base = QStringLiteral("properties");
        if (!optionalString(root, {}, QStringLiteral("name"), name))
            return std::nullopt;
    }
    if (name.isEmpty() && !optionalString(policy, base, QStringLiteral("name"), name))
        return std::nullopt;

    if (!readDatasourceTypes(policy, base))
        return std::nullopt;
    QString type;
    if (!requireString(policy, base, QStringLiteral("objectType"), type))
        return std::nullopt;
    if (!sameWord(type, "BackupPolicy")) {
        const QString field = child(base, QStringLiteral("objectType"));
        fail(QStringLiteral("PolicyJson.UnknownObjectType"),
            field,
            PolicyJson::tr("%1: \"%2\" is not \"BackupPolicy\"; the file holds something other than a backup policy.")
                .arg(field, type),
            PolicyJson::tr("Choose a file that holds a backup policy, such as one exported with "
                           "\"az dataprotection backup-policy show\" or PgVault."));
        return std::nullopt;
    }

    const QString rulesPath = child(base, QStringLiteral("policyRules"));
    QJsonArray rules;
    if (!requireArray(policy, base, QStringLiteral("policyRules"), rules))
        return std::nullopt;
    QList<qsizetype> backupRules;
    QList<qsizetype> retentionRules;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString path = item(rulesPath, i);
        if (!rules.at(i).isObject()) {
            failType(path, rules.at(i), PolicyJson::tr("an object"));
            return std::nullopt;
        }
        QString ruleType;
        if (!requireString(rules.at(i).toObject(), path, QStringLiteral("objectType"), ruleType))
            return std::nullopt;
        if (sameWord(ruleType, "AzureBackupRule")) {
            backupRules << i;
        } else if (sameWord(ruleType, "AzureRetentionRule")) {
            retentionRules << i;
        } else {
            const QString field = child(path, QStringLiteral("objectType"));
            fail(QStringLiteral("PolicyJson.UnknownObjectType"),
                field,
                PolicyJson::tr("%1: \"%2\" is not a rule type PgVault knows; a policy rule is \"AzureBackupRule\" "
                               "or \"AzureRetentionRule\".")
                    .arg(field, ruleType),
                PolicyJson::tr("Remove the rule or correct its objectType."));
            return std::nullopt;
        }
    }
    if (backupRules.isEmpty()) {
        fail(QStringLiteral("PolicyJson.NoBackupRule"),
            rulesPath,
            PolicyJson::tr("%1: has no \"AzureBackupRule\", so the policy does not say when backups run.")
                .arg(rulesPath),
            PolicyJson::tr("Add an AzureBackupRule named \"BackupWeekly\" with the weekly schedule."));
        return std::nullopt;
    }
    if (backupRules.size() > 1) {
        const QString path = item(rulesPath, backupRules.at(1));
        fail(QStringLiteral("PolicyJson.SeveralBackupRules"),
            path,
            PolicyJson::tr("%1: is a second \"AzureBackupRule\"; a PostgreSQL flexible server policy has exactly "
                           "one.")
                .arg(path),
            PolicyJson::tr("Merge the schedules into one AzureBackupRule with one interval per weekday."));
        return std::nullopt;
    }
    if (!readBackupRule(rules.at(backupRules.first()).toObject(), item(rulesPath, backupRules.first())))
        return std::nullopt;
    for (qsizetype i : std::as_const(retentionRules)) {
        if (!readRetentionRule(rules.at(i).toObject(), item(rulesPath, i)))
            return std::nullopt;
    }
    if (!crossCheck(rulesPath))
        return std::nullopt;

    BackupPolicy result;
    result.setName(name);
    result.setSchedule(m_schedule);
    result.setRules(m_rules);
    if (!reportValidation(result, rulesPath))
        return std::nullopt;
    return result;
}

bool PolicyReader::readDatasourceTypes(const QJsonObject &policy, const QString &path)
{
    QJsonArray types;
    if (!requireArray(policy, path, QStringLiteral("datasourceTypes"), types))
        return false;
    const QString typesPath = child(path, QStringLiteral("datasourceTypes"));
    const QString expected = QLatin1String(BackupPolicy::DatasourceType);
    if (types.isEmpty()) {
        return fail(QStringLiteral("PolicyJson.WrongDatasource"),
            typesPath,
            PolicyJson::tr("%1: is empty; PgVault imports only PostgreSQL flexible server policies.").arg(typesPath),
            PolicyJson::tr("Set datasourceTypes to [\"%1\"].").arg(expected));
    }
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString field = item(typesPath, i);
        if (!types.at(i).isString())
            return failType(field, types.at(i), PolicyJson::tr("a string"));
        if (types.at(i).toString().compare(expected, Qt::CaseInsensitive) != 0) {
            return fail(QStringLiteral("PolicyJson.WrongDatasource"),
                field,
                PolicyJson::tr("%1: \"%2\" is not \"%3\"; PgVault imports only PostgreSQL flexible server "
                               "policies.")
                    .arg(field, types.at(i).toString(), expected),
                PolicyJson::tr("Import a policy created for Azure Database for PostgreSQL flexible servers."));
        }
    }
    return true;
}

bool PolicyReader::readBackupRule(const QJsonObject &rule, const QString &path)
{
    // The rule's name carries no meaning for PgVault (Azure's CLI writes "BackupWeekly", Terraform
    // "BackupIntervals"), so any name is accepted; export always writes "BackupWeekly".
    QJsonObject parameters;
    if (!requireObject(rule, path, QStringLiteral("backupParameters"), parameters))
        return false;
    const QString parametersPath = child(path, QStringLiteral("backupParameters"));
    if (!expectObjectType(parameters, parametersPath, "AzureBackupParams"))
        return false;
    QString backupType;
    if (!requireString(parameters, parametersPath, QStringLiteral("backupType"), backupType))
        return false;
    // PowerShell's template writes "full"; Azure compares it case-insensitively.
    if (!sameWord(backupType, "Full")) {
        const QString field = child(parametersPath, QStringLiteral("backupType"));
        return fail(QStringLiteral("PolicyJson.NotFull"),
            field,
            PolicyJson::tr("%1: \"%2\" is not \"Full\"; PostgreSQL flexible server backups are full backups.")
                .arg(field, backupType),
            PolicyJson::tr("Set backupType to \"Full\"."));
    }
    if (!checkVaultStore(rule, path, QStringLiteral("dataStore")))
        return false;

    QJsonObject trigger;
    if (!requireObject(rule, path, QStringLiteral("trigger"), trigger))
        return false;
    const QString triggerPath = child(path, QStringLiteral("trigger"));
    m_triggerPath = triggerPath;
    if (!expectObjectType(trigger, triggerPath, "ScheduleBasedTriggerContext"))
        return false;
    QJsonObject schedule;
    if (!requireObject(trigger, triggerPath, QStringLiteral("schedule"), schedule))
        return false;
    m_schedulePath = child(triggerPath, QStringLiteral("schedule"));
    QJsonArray intervalValues;
    if (!requireArray(schedule, m_schedulePath, QStringLiteral("repeatingTimeIntervals"), intervalValues))
        return false;
    const QString intervalsPath = child(m_schedulePath, QStringLiteral("repeatingTimeIntervals"));
    if (intervalValues.isEmpty()) {
        return fail(QStringLiteral("PolicyJson.NoIntervals"),
            intervalsPath,
            PolicyJson::tr("%1: is empty, so the policy never runs a backup.").arg(intervalsPath),
            PolicyJson::tr("Add one \"R/<start>/P1W\" interval per weekday, e.g. "
                           "\"R/2021-08-15T22:00:00+00:00/P1W\" for Sundays at 22:00."));
    }
    QStringList intervals;
    for (qsizetype i = 0; i < intervalValues.size(); ++i) {
        if (!intervalValues.at(i).isString())
            return failType(item(intervalsPath, i), intervalValues.at(i), PolicyJson::tr("a string"));
        intervals << intervalValues.at(i).toString();
    }
    QString timeZone;
    if (!optionalString(schedule, m_schedulePath, QStringLiteral("timeZone"), timeZone))
        return false;
    const Result<WeeklySchedule> parsed = WeeklySchedule::fromAzure(intervals, timeZone);
    if (!parsed) {
        const Error &e = parsed.error();
        const QString field = child(m_schedulePath, e.field);
        return fail(QStringLiteral("PolicyJson.") + e.code.section(QLatin1Char('.'), 1),
            field,
            PolicyJson::tr("%1: %2.").arg(field, e.message),
            e.remedy);
    }
    m_schedule = parsed.value();

    QJsonArray criteria;
    if (!requireArray(trigger, triggerPath, QStringLiteral("taggingCriteria"), criteria))
        return false;
    const QString criteriaPath = child(triggerPath, QStringLiteral("taggingCriteria"));
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (!criteria.at(i).isObject())
            return failType(item(criteriaPath, i), criteria.at(i), PolicyJson::tr("an object"));
        if (!readTaggingCriterion(criteria.at(i).toObject(), item(criteriaPath, i)))
            return false;
    }
    return true;
}

bool PolicyReader::readTaggingCriterion(const QJsonObject &criterion, const QString &path)
{
    QJsonObject tagInfo;
    if (!requireObject(criterion, path, QStringLiteral("tagInfo"), tagInfo))
        return false;
    const QString tagInfoPath = child(path, QStringLiteral("tagInfo"));
    QString tagName;
    if (!requireString(tagInfo, tagInfoPath, QStringLiteral("tagName"), tagName))
        return false;
    Kind kind = Kind::Default;
    if (!kindFromName(tagName, child(tagInfoPath, QStringLiteral("tagName")), kind))
        return false;
    // tagInfo.id is read-only and set by the service ("Weekly_"); documents written by hand or by
    // the REST examples omit it, so only its type is checked.
    QString ignoredId;
    if (!optionalString(tagInfo, tagInfoPath, QStringLiteral("id"), ignoredId))
        return false;
    if (m_tagPaths.count(kind) != 0) {
        return fail(QStringLiteral("PolicyJson.DuplicateTag"),
            path,
            PolicyJson::tr("%1: tags backups \"%2\" a second time; each tag may appear once.")
                .arg(path, RetentionRule::tagName(kind)),
            PolicyJson::tr("Remove one of the two \"%1\" tagging criteria.").arg(RetentionRule::tagName(kind)));
    }
    if (!checkIsDefault(criterion, path, kind))
        return false;
    // Azure's priorities are fixed per tag (Yearly 10, Monthly 15, Weekly 20, Default 99) and
    // PgVault evaluates in that fixed order, so any priority a document gives is accepted as long
    // as it is a number, and export writes the standard ones.
    const QJsonValue priority = criterion.value(QStringLiteral("taggingPriority"));
    if (!isAbsent(priority) && !priority.isDouble())
        return failType(child(path, QStringLiteral("taggingPriority")), priority, PolicyJson::tr("a number"));
    if (!readCriteria(criterion, path, kind))
        return false;
    m_tagPaths[kind] = path;
    return true;
}

bool PolicyReader::readCriteria(const QJsonObject &criterion, const QString &path, Kind kind)
{
    QJsonArray criteria;
    if (!optionalArray(criterion, path, QStringLiteral("criteria"), criteria))
        return false;
    const QString criteriaPath = child(path, QStringLiteral("criteria"));
    if (kind == Kind::Default) {
        if (criteria.isEmpty())
            return true;
        return fail(QStringLiteral("PolicyJson.UnsupportedCriteria"),
            criteriaPath,
            PolicyJson::tr("%1: is given for the Default tag, which takes every backup no other tag takes.")
                .arg(criteriaPath),
            PolicyJson::tr("Remove the criteria from the Default tag."));
    }
    // Without criteria the tag means what its name says; PgVault's model has exactly that meaning.
    if (criteria.isEmpty())
        return true;

    const QString marker = RetentionRule::absoluteCriterion(kind);
    const QString meaning = RetentionRule::whenToRetainText(kind).toLower();
    const QString remedy = PolicyJson::tr("Use the criteria [{\"objectType\": \"ScheduleBasedBackupCriteria\", "
                                          "\"absoluteCriteria\": [\"%1\"]}], or remove the tag and its retention "
                                          "rule.")
                               .arg(marker);
    if (criteria.size() > 1) {
        return fail(QStringLiteral("PolicyJson.UnsupportedCriteria"),
            criteriaPath,
            PolicyJson::tr("%1: has %2 criteria; PgVault supports one, absoluteCriteria [\"%3\"] (%4).")
                .arg(criteriaPath)
                .arg(criteria.size())
                .arg(marker, meaning),
            remedy);
    }
    const QString firstPath = item(criteriaPath, 0);
    if (!criteria.at(0).isObject())
        return failType(firstPath, criteria.at(0), PolicyJson::tr("an object"));
    const QJsonObject first = criteria.at(0).toObject();
    if (!expectObjectType(first, firstPath, "ScheduleBasedBackupCriteria"))
        return false;
    for (const char *key : {"daysOfTheWeek", "scheduleTimes", "daysOfMonth", "weeksOfTheMonth", "monthsOfYear"}) {
        const QJsonValue value = first.value(QLatin1String(key));
        if (isAbsent(value) || (value.isArray() && value.toArray().isEmpty()))
            continue;
        const QString field = child(firstPath, QLatin1String(key));
        return fail(QStringLiteral("PolicyJson.UnsupportedCriteria"),
            field,
            PolicyJson::tr("%1: is not supported; PgVault's %2 tag keeps the %3, written absoluteCriteria "
                           "[\"%4\"].")
                .arg(field, RetentionRule::tagName(kind), meaning, marker),
            remedy);
    }
    QJsonArray absolute;
    if (!requireArray(first, firstPath, QStringLiteral("absoluteCriteria"), absolute))
        return false;
    if (absolute.size() != 1 || !absolute.at(0).isString()
        || absolute.at(0).toString().compare(marker, Qt::CaseInsensitive) != 0) {
        const QString field = child(firstPath, QStringLiteral("absoluteCriteria"));
        return fail(QStringLiteral("PolicyJson.UnsupportedCriteria"),
            field,
            PolicyJson::tr("%1: %2 does not fit the %3 tag, which keeps the %4 ([\"%5\"]).")
                .arg(field, shown(absolute), RetentionRule::tagName(kind), meaning, marker),
            remedy);
    }
    return true;
}

bool PolicyReader::readRetentionRule(const QJsonObject &rule, const QString &path)
{
    QString name;
    if (!requireString(rule, path, QStringLiteral("name"), name))
        return false;
    Kind kind = Kind::Default;
    if (!kindFromName(name, child(path, QStringLiteral("name")), kind))
        return false;
    if (m_rulePaths.count(kind) != 0) {
        return fail(QStringLiteral("PolicyJson.DuplicateRule"),
            path,
            PolicyJson::tr("%1: is a second retention rule named \"%2\"; each rule may appear once.")
                .arg(path, RetentionRule::tagName(kind)),
            PolicyJson::tr("Remove one of the two \"%1\" retention rules.").arg(RetentionRule::tagName(kind)));
    }
    if (!checkIsDefault(rule, path, kind))
        return false;

    QJsonArray lifecycles;
    if (!requireArray(rule, path, QStringLiteral("lifecycles"), lifecycles))
        return false;
    const QString lifecyclesPath = child(path, QStringLiteral("lifecycles"));
    if (lifecycles.size() != 1) {
        const QString message = lifecycles.isEmpty()
            ? PolicyJson::tr("%1: is empty, so the rule does not say how long to keep backups.").arg(lifecyclesPath)
            : PolicyJson::tr("%1: has %2 lifecycles; PostgreSQL flexible server backups stay in the vault store, so "
                             "a rule has exactly one.")
                  .arg(lifecyclesPath)
                  .arg(lifecycles.size());
        return fail(QStringLiteral("PolicyJson.Lifecycles"),
            lifecyclesPath,
            message,
            PolicyJson::tr("Give the rule one lifecycle with deleteAfter and sourceDataStore \"VaultStore\"."));
    }
    const QString lifecyclePath = item(lifecyclesPath, 0);
    if (!lifecycles.at(0).isObject())
        return failType(lifecyclePath, lifecycles.at(0), PolicyJson::tr("an object"));
    const QJsonObject lifecycle = lifecycles.at(0).toObject();

    QJsonObject deleteAfter;
    if (!requireObject(lifecycle, lifecyclePath, QStringLiteral("deleteAfter"), deleteAfter))
        return false;
    const QString deleteAfterPath = child(lifecyclePath, QStringLiteral("deleteAfter"));
    if (!expectObjectType(deleteAfter, deleteAfterPath, "AbsoluteDeleteOption"))
        return false;
    QString durationText;
    if (!requireString(deleteAfter, deleteAfterPath, QStringLiteral("duration"), durationText))
        return false;
    const QString durationPath = child(deleteAfterPath, QStringLiteral("duration"));
    const Result<Duration> duration = Duration::parse(durationText);
    if (!duration) {
        return fail(QStringLiteral("PolicyJson.BadDuration"),
            durationPath,
            PolicyJson::tr("%1: %2").arg(durationPath, duration.error().message),
            duration.error().remedy);
    }
    if (const QString problem = duration->retentionRangeProblem(); !problem.isEmpty()) {
        return fail(QStringLiteral("PolicyJson.DurationOutOfRange"),
            durationPath,
            PolicyJson::tr("%1: \"%2\" %3.").arg(durationPath, durationText, problem),
            PolicyJson::tr("Choose a duration from 7 days to 10 years, such as P7D, P12W, P6M or P10Y."));
    }
    if (!checkVaultStore(lifecycle, lifecyclePath, QStringLiteral("sourceDataStore")))
        return false;
    QJsonArray copySettings;
    if (!optionalArray(lifecycle, lifecyclePath, QStringLiteral("targetDataStoreCopySettings"), copySettings))
        return false;
    if (!copySettings.isEmpty()) {
        const QString field = child(lifecyclePath, QStringLiteral("targetDataStoreCopySettings"));
        return fail(QStringLiteral("PolicyJson.CopySettings"),
            field,
            PolicyJson::tr("%1: copies backups to another data store; PostgreSQL flexible server backups stay "
                           "in the VaultStore only.")
                .arg(field),
            PolicyJson::tr("Make targetDataStoreCopySettings an empty array."));
    }
    m_rulePaths[kind] = path;
    m_rules << RetentionRule(kind, duration.value());
    return true;
}

bool PolicyReader::crossCheck(const QString &rulesPath)
{
    const QString criteriaPath = child(m_triggerPath, QStringLiteral("taggingCriteria"));
    if (m_rulePaths.count(Kind::Default) == 0) {
        return fail(QStringLiteral("PolicyJson.NoDefaultRule"),
            rulesPath,
            PolicyJson::tr("%1: has no \"Default\" AzureRetentionRule; every policy needs one for the backups "
                           "no other rule keeps.")
                .arg(rulesPath),
            PolicyJson::tr("Add an AzureRetentionRule named \"Default\" with isDefault true."));
    }
    if (m_tagPaths.count(Kind::Default) == 0) {
        return fail(QStringLiteral("PolicyJson.NoDefaultTag"),
            criteriaPath,
            PolicyJson::tr("%1: has no \"Default\" tag; every policy needs one for the backups no other tag "
                           "takes.")
                .arg(criteriaPath),
            PolicyJson::tr("Add {\"isDefault\": true, \"taggingPriority\": 99, \"tagInfo\": {\"tagName\": "
                           "\"Default\"}}."));
    }
    for (const auto &[kind, path] : m_tagPaths) {
        if (m_rulePaths.count(kind) == 0) {
            return fail(QStringLiteral("PolicyJson.TagWithoutRule"),
                path,
                PolicyJson::tr("%1: tags backups \"%2\", but no AzureRetentionRule named \"%2\" says how long "
                               "to keep them.")
                    .arg(path, RetentionRule::tagName(kind)),
                PolicyJson::tr("Add an AzureRetentionRule named \"%1\", or remove the tag.")
                    .arg(RetentionRule::tagName(kind)));
        }
    }
    for (const auto &[kind, path] : m_rulePaths) {
        if (m_tagPaths.count(kind) == 0) {
            return fail(QStringLiteral("PolicyJson.RuleWithoutTag"),
                path,
                PolicyJson::tr("%1: keeps \"%2\" backups, but no tagging criterion in the AzureBackupRule tags "
                               "any backup \"%2\".")
                    .arg(path, RetentionRule::tagName(kind)),
                PolicyJson::tr("Add a \"%1\" tagging criterion to the AzureBackupRule, or remove the rule.")
                    .arg(RetentionRule::tagName(kind)));
        }
    }
    return true;
}

bool PolicyReader::reportValidation(const BackupPolicy &policy, const QString &rulesPath)
{
    // The name is not checked here: a nameless document is valid and "policy import FILE --name N"
    // supplies the name; whoever stores the policy validates it.
    for (const Error &e : policy.validate()) {
        if (e.field == QLatin1String("name"))
            continue;
        QString path = rulesPath;
        if (e.field == QLatin1String("schedule.timeZone")) {
            path = child(m_schedulePath, QStringLiteral("timeZone"));
        } else if (e.field.startsWith(QLatin1String("schedule."))) {
            path = child(m_schedulePath, QStringLiteral("repeatingTimeIntervals"));
        } else if (e.field.startsWith(QLatin1String("rules."))) {
            if (const std::optional<Kind> kind
                = RetentionRule::kindFromTagName(e.field.section(QLatin1Char('.'), 1, 1));
                kind && m_rulePaths.count(*kind) != 0) {
                path = child(m_rulePaths.at(*kind), QStringLiteral("lifecycles[0].deleteAfter.duration"));
            }
        }
        return fail(QStringLiteral("PolicyJson.") + e.code.section(QLatin1Char('.'), 1),
            path,
            PolicyJson::tr("%1: %2").arg(path, e.message),
            e.remedy);
    }
    return true;
}

QJsonObject taggingCriterion(Kind kind)
{
    const QString tag = RetentionRule::tagName(kind);
    QJsonObject criterion{
        {QStringLiteral("isDefault"), kind == Kind::Default},
        {QStringLiteral("taggingPriority"), RetentionRule::taggingPriority(kind)},
        {QStringLiteral("tagInfo"),
            QJsonObject{{QStringLiteral("tagName"), tag}, {QStringLiteral("id"), QString(tag + QLatin1Char('_'))}}},
    };
    if (kind != Kind::Default) {
        criterion.insert(QStringLiteral("criteria"),
            QJsonArray{QJsonObject{
                {QStringLiteral("objectType"), QStringLiteral("ScheduleBasedBackupCriteria")},
                {QStringLiteral("absoluteCriteria"), QJsonArray{RetentionRule::absoluteCriterion(kind)}},
            }});
    }
    return criterion;
}

QJsonObject retentionRule(const RetentionRule &rule)
{
    const QJsonObject lifecycle{
        {QStringLiteral("deleteAfter"),
            QJsonObject{{QStringLiteral("objectType"), QStringLiteral("AbsoluteDeleteOption")},
                {QStringLiteral("duration"), rule.duration().toIso()}}},
        {QStringLiteral("sourceDataStore"), vaultStore()},
        {QStringLiteral("targetDataStoreCopySettings"), QJsonArray()},
    };
    return {
        {QStringLiteral("name"), rule.tagName()},
        {QStringLiteral("isDefault"), rule.isDefault()},
        {QStringLiteral("objectType"), QStringLiteral("AzureRetentionRule")},
        {QStringLiteral("lifecycles"), QJsonArray{lifecycle}},
    };
}

} // namespace

Result<BackupPolicy> PolicyJson::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("PolicyJson.NotJson"),
            tr("The file is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset),
            tr("Choose a policy file exported with \"az dataprotection backup-policy show\" or PgVault, and "
               "check that it was not cut short or edited by hand."),
            {}};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("PolicyJson.NotObject"),
            tr("The file holds a JSON %1, not a backup policy object.")
                .arg(document.isArray() ? tr("array") : tr("value")),
            tr("Choose a file that holds one backup policy, as exported with "
               "\"az dataprotection backup-policy show\" or PgVault."),
            {}};
    }
    return fromJsonObject(document.object());
}

Result<BackupPolicy> PolicyJson::fromJsonObject(const QJsonObject &object)
{
    PolicyReader reader;
    std::optional<BackupPolicy> policy = reader.read(object);
    if (!policy)
        return reader.error();
    return std::move(*policy);
}

QJsonObject PolicyJson::toJsonObject(const BackupPolicy &policy)
{
    QJsonObject schedule{
        {QStringLiteral("repeatingTimeIntervals"), QJsonArray::fromStringList(policy.schedule().toAzureIntervals())}};
    // A fixed-offset zone has no Azure id; its offset travels in the intervals alone.
    if (const QString zone = policy.schedule().azureTimeZone(); !zone.isEmpty())
        schedule.insert(QStringLiteral("timeZone"), zone);

    QJsonArray criteria;
    QJsonArray rules;
    for (Kind kind : ExportOrder) {
        if (const std::optional<RetentionRule> rule = policy.rule(kind)) {
            criteria << taggingCriterion(kind);
            rules << retentionRule(*rule);
        }
    }
    const QJsonObject backupRule{
        {QStringLiteral("name"), QStringLiteral("BackupWeekly")},
        {QStringLiteral("objectType"), QStringLiteral("AzureBackupRule")},
        {QStringLiteral("backupParameters"),
            QJsonObject{{QStringLiteral("objectType"), QStringLiteral("AzureBackupParams")},
                {QStringLiteral("backupType"), QStringLiteral("Full")}}},
        {QStringLiteral("dataStore"), vaultStore()},
        {QStringLiteral("trigger"),
            QJsonObject{{QStringLiteral("objectType"), QStringLiteral("ScheduleBasedTriggerContext")},
                {QStringLiteral("schedule"), schedule},
                {QStringLiteral("taggingCriteria"), criteria}}},
    };
    rules.prepend(backupRule);

    QJsonObject object{
        {QStringLiteral("datasourceTypes"), QJsonArray{QLatin1String(BackupPolicy::DatasourceType)}},
        {QStringLiteral("objectType"), QStringLiteral("BackupPolicy")},
        {QStringLiteral("policyRules"), rules},
    };
    if (!policy.name().isEmpty())
        object.insert(QStringLiteral("name"), policy.name());
    return object;
}

QByteArray PolicyJson::toJson(const BackupPolicy &policy)
{
    return QJsonDocument(toJsonObject(policy)).toJson(QJsonDocument::Indented);
}

} // namespace PgVault
