#include "models/policies/PolicyJsonBackupRuleReader.h"

#include "models/policies/PolicyJson.h"

namespace PgVault {

bool PolicyJsonBackupRuleReader::read(const QJsonObject &rule, const QString &path)
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

bool PolicyJsonBackupRuleReader::readTaggingCriterion(const QJsonObject &criterion, const QString &path)
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

bool PolicyJsonBackupRuleReader::readCriteria(const QJsonObject &criterion, const QString &path, Kind kind)
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

} // namespace PgVault
