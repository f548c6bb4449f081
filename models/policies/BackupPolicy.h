#pragma once

#include "models/Result.h"
#include "models/policies/RetentionRule.h"
#include "models/policies/WeeklySchedule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PgVault {

/// A backup policy: a name, a weekly schedule and retention rules (exactly one Default, at most
/// one each of Weekly, Monthly, Yearly). The single source of policy rules for UI, CLI and engine.
class BackupPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::BackupPolicy)

public:
    /// Azure's datasource type for PostgreSQL flexible servers.
    static constexpr auto DatasourceType = "Microsoft.DBforPostgreSQL/flexibleServers";
    static constexpr int NameMinLength = 3;
    static constexpr int NameMaxLength = 150;

    BackupPolicy();

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    WeeklySchedule schedule() const { return m_schedule; }
    void setSchedule(const WeeklySchedule &schedule) { m_schedule = schedule; }

    /// Rules in priority order (Yearly, Monthly, Weekly, Default).
    QList<RetentionRule> rules() const { return m_rules; }
    /// Replaces the rules as given, duplicates included, so validate() can report them.
    void setRules(const QList<RetentionRule> &rules);
    std::optional<RetentionRule> rule(RetentionRule::Kind kind) const;
    bool hasRule(RetentionRule::Kind kind) const { return rule(kind).has_value(); }
    /// Adds the rule or replaces the rule of the same kind.
    void putRule(const RetentionRule &rule);
    /// Removes a non-Default rule; the Default rule cannot be removed (returns false).
    bool removeRule(RetentionRule::Kind kind);

    /// Every problem with the policy, each addressed to a field: "name", "schedule.days",
    /// "schedule.time", "schedule.timeZone", "rules", "rules.<Tag>.duration".
    QList<Error> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /// The name rule alone (3–150 letters, digits, hyphens), translated; empty when fine.
    static QString nameProblem(const QString &name);

    /// "Default 10 years, Monthly 5 years", translated.
    QString retentionSummary() const;

    bool operator==(const BackupPolicy &) const = default;

private:
    QString m_name;
    WeeklySchedule m_schedule;
    QList<RetentionRule> m_rules;
};

} // namespace PgVault
