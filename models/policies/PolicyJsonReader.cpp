#include "models/policies/PolicyJsonReader.h"

#include "models/policies/PolicyJson.h"

namespace PgVault {

std::optional<BackupPolicy> PolicyJsonReader::read(const QJsonObject &root)
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
    if (!m_backupRule.read(rules.at(backupRules.first()).toObject(), item(rulesPath, backupRules.first()))) {
        fail(m_backupRule.error());
        return std::nullopt;
    }
    for (qsizetype i : std::as_const(retentionRules)) {
        if (!readRetentionRule(rules.at(i).toObject(), item(rulesPath, i)))
            return std::nullopt;
    }
    if (!crossCheck(rulesPath))
        return std::nullopt;

    BackupPolicy result;
    result.setName(name);
    result.setSchedule(m_backupRule.schedule());
    result.setRules(m_rules);
    if (!reportValidation(result, rulesPath))
        return std::nullopt;
    return result;
}

bool PolicyJsonReader::readDatasourceTypes(const QJsonObject &policy, const QString &path)
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

bool PolicyJsonReader::readRetentionRule(const QJsonObject &rule, const QString &path)
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

bool PolicyJsonReader::crossCheck(const QString &rulesPath)
{
    const QString criteriaPath = child(m_backupRule.triggerPath(), QStringLiteral("taggingCriteria"));
    if (m_rulePaths.count(Kind::Default) == 0) {
        return fail(QStringLiteral("PolicyJson.NoDefaultRule"),
            rulesPath,
            PolicyJson::tr("%1: has no \"Default\" AzureRetentionRule; every policy needs one for the backups "
                           "no other rule keeps.")
                .arg(rulesPath),
            PolicyJson::tr("Add an AzureRetentionRule named \"Default\" with isDefault true."));
    }
    if (m_backupRule.tagPaths().count(Kind::Default) == 0) {
        return fail(QStringLiteral("PolicyJson.NoDefaultTag"),
            criteriaPath,
            PolicyJson::tr("%1: has no \"Default\" tag; every policy needs one for the backups no other tag "
                           "takes.")
                .arg(criteriaPath),
            PolicyJson::tr("Add {\"isDefault\": true, \"taggingPriority\": 99, \"tagInfo\": {\"tagName\": "
                           "\"Default\"}}."));
    }
    for (const auto &[kind, path] : m_backupRule.tagPaths()) {
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
        if (m_backupRule.tagPaths().count(kind) == 0) {
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

bool PolicyJsonReader::reportValidation(const BackupPolicy &policy, const QString &rulesPath)
{
    // The name is not checked here: a nameless document is valid and "policy import FILE --name N"
    // supplies the name; whoever stores the policy validates it.
    for (const Error &e : policy.validate()) {
        if (e.field == QLatin1String("name"))
            continue;
        QString path = rulesPath;
        if (e.field == QLatin1String("schedule.timeZone")) {
            path = child(m_backupRule.schedulePath(), QStringLiteral("timeZone"));
        } else if (e.field.startsWith(QLatin1String("schedule."))) {
            path = child(m_backupRule.schedulePath(), QStringLiteral("repeatingTimeIntervals"));
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

} // namespace PgVault
