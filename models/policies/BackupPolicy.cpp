#include "models/policies/BackupPolicy.h"

#include <QRegularExpression>

#include <algorithm>

namespace PgVault {

namespace {

bool higherPriority(const RetentionRule &a, const RetentionRule &b)
{
    return RetentionRule::taggingPriority(a.kind()) < RetentionRule::taggingPriority(b.kind());
}

} // namespace

BackupPolicy::BackupPolicy()
    : m_schedule({Qt::Sunday}, QTime(22, 0), QTimeZone::utc())
    , m_rules({RetentionRule(RetentionRule::Kind::Default, Duration::years(10))})
{
}

void BackupPolicy::setRules(const QList<RetentionRule> &rules)
{
    m_rules = rules;
    std::stable_sort(m_rules.begin(), m_rules.end(), higherPriority);
}

std::optional<RetentionRule> BackupPolicy::rule(RetentionRule::Kind kind) const
{
    for (const RetentionRule &r : m_rules) {
        if (r.kind() == kind)
            return r;
    }
    return std::nullopt;
}

void BackupPolicy::putRule(const RetentionRule &rule)
{
    for (RetentionRule &r : m_rules) {
        if (r.kind() == rule.kind()) {
            r = rule;
            return;
        }
    }
    m_rules << rule;
    std::stable_sort(m_rules.begin(), m_rules.end(), higherPriority);
}

bool BackupPolicy::removeRule(RetentionRule::Kind kind)
{
    if (kind == RetentionRule::Kind::Default)
        return false;
    return m_rules.removeIf([kind](const RetentionRule &r) { return r.kind() == kind; }) > 0;
}

QString BackupPolicy::nameProblem(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (name.isEmpty())
        return tr("Enter a policy name.");
    if (name.size() < NameMinLength)
        return tr("The policy name must be at least %1 characters long.").arg(NameMinLength);
    if (name.size() > NameMaxLength)
        return tr("The policy name must be at most %1 characters long.").arg(NameMaxLength);
    if (!allowed.match(name).hasMatch()) {
        static const QRegularExpression disallowed(QStringLiteral("[^A-Za-z0-9-]"));
        const QString bad = disallowed.match(name).captured(0);
        if (bad == QLatin1String(" "))
            return tr("The policy name can contain only letters, digits and hyphens; spaces are not allowed.");
        return tr("The policy name can contain only letters, digits and hyphens; \"%1\" is not allowed.").arg(bad);
    }
    return {};
}

QList<Error> BackupPolicy::validate() const
{
    QList<Error> errors;
    if (const QString problem = nameProblem(m_name); !problem.isEmpty())
        errors << Error{QStringLiteral("Policy.Name"), problem, {}, QStringLiteral("name"), ErrorKind::BadInput};
    if (m_schedule.days().isEmpty()) {
        errors << Error{QStringLiteral("Policy.NoWeekday"),
            tr("Select at least one weekday for the backup schedule."),
            {},
            QStringLiteral("schedule.days"),
            ErrorKind::BadInput};
    }
    if (!m_schedule.time().isValid()) {
        errors << Error{QStringLiteral("Policy.NoTime"),
            tr("Enter the time at which backups start."),
            {},
            QStringLiteral("schedule.time"),
            ErrorKind::BadInput};
    }
    if (!m_schedule.timeZone().isValid()) {
        errors << Error{QStringLiteral("Policy.NoTimeZone"),
            tr("Choose the time zone of the backup schedule."),
            {},
            QStringLiteral("schedule.timeZone"),
            ErrorKind::BadInput};
    }

    for (RetentionRule::Kind kind : RetentionRule::allKinds()) {
        const auto count = std::count_if(
            m_rules.cbegin(), m_rules.cend(), [kind](const RetentionRule &r) { return r.kind() == kind; });
        if (kind == RetentionRule::Kind::Default && count == 0) {
            errors << Error{QStringLiteral("Policy.NoDefaultRule"),
                tr("The policy has no Default retention rule."),
                tr("Add a Default rule: it keeps every backup no other rule keeps."),
                QStringLiteral("rules"),
                ErrorKind::BadInput};
        } else if (count > 1) {
            errors << Error{QStringLiteral("Policy.DuplicateRule"),
                tr("The policy has %1 %2 retention rules; it may have only one.")
                    .arg(count)
                    .arg(RetentionRule::tagName(kind)),
                tr("Remove the extra rules or edit the existing one."),
                QStringLiteral("rules"),
                ErrorKind::BadInput};
        }
    }
    for (const RetentionRule &r : m_rules) {
        if (const QString problem = r.duration().retentionRangeProblem(); !problem.isEmpty()) {
            errors << Error{QStringLiteral("Policy.DurationOutOfRange"),
                tr("%1 retention of %2 %3.").arg(r.tagName(), r.duration().toIso(), problem),
                tr("Choose a duration from 7 days to 10 years."),
                QStringLiteral("rules.%1.duration").arg(r.tagName()),
                ErrorKind::BadInput};
        }
    }
    return errors;
}

QString BackupPolicy::retentionSummary() const
{
    QStringList parts;
    for (const RetentionRule &r : m_rules)
        parts << tr("%1 %2").arg(RetentionRule::displayName(r.kind()), r.duration().toDisplayString());
    return parts.join(QStringLiteral(", "));
}

} // namespace PgVault
