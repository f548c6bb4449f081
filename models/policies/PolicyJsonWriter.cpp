#include "models/policies/PolicyJsonWriter.h"

#include <QJsonArray>

#include <optional>

namespace PgVault {

namespace {

using Kind = RetentionRule::Kind;

// Export order of tags and retention rules: Default first, then as Azure's docs list them.
const QList<Kind> ExportOrder = {Kind::Default, Kind::Weekly, Kind::Monthly, Kind::Yearly};

QJsonObject vaultStore()
{
    return {{QStringLiteral("dataStoreType"), QStringLiteral("VaultStore")},
        {QStringLiteral("objectType"), QStringLiteral("DataStoreInfoBase")}};
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

QJsonObject PolicyJsonWriter::toJsonObject(const BackupPolicy &policy)
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

} // namespace PgVault
