#include "models/policies/RetentionRule.h"

#include <QCoreApplication>

namespace PgVault {

RetentionRule::RetentionRule(Kind kind, Duration duration)
    : m_kind(kind)
    , m_duration(duration)
{
}

QString RetentionRule::tagName(Kind kind)
{
    switch (kind) {
    case Kind::Yearly:
        return QStringLiteral("Yearly");
    case Kind::Monthly:
        return QStringLiteral("Monthly");
    case Kind::Weekly:
        return QStringLiteral("Weekly");
    case Kind::Default:
        return QStringLiteral("Default");
    }
    return {};
}

std::optional<RetentionRule::Kind> RetentionRule::kindFromTagName(const QString &name)
{
    for (Kind kind : allKinds()) {
        if (name.compare(tagName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

int RetentionRule::taggingPriority(Kind kind)
{
    switch (kind) {
    case Kind::Yearly:
        return 10;
    case Kind::Monthly:
        return 15;
    case Kind::Weekly:
        return 20;
    case Kind::Default:
        return 99;
    }
    return 99;
}

QString RetentionRule::absoluteCriterion(Kind kind)
{
    switch (kind) {
    case Kind::Yearly:
        return QStringLiteral("FirstOfYear");
    case Kind::Monthly:
        return QStringLiteral("FirstOfMonth");
    case Kind::Weekly:
        return QStringLiteral("FirstOfWeek");
    case Kind::Default:
        return {};
    }
    return {};
}

QString RetentionRule::whenToRetainText(Kind kind)
{
    switch (kind) {
    case Kind::Yearly:
        return tr("First successful backup taken every year");
    case Kind::Monthly:
        return tr("First successful backup taken every month");
    case Kind::Weekly:
        return tr("First successful backup taken every week");
    case Kind::Default:
        return tr("Every backup no other rule keeps");
    }
    return {};
}

QString RetentionRule::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Yearly:
        return tr("Yearly");
    case Kind::Monthly:
        return tr("Monthly");
    case Kind::Weekly:
        return tr("Weekly");
    case Kind::Default:
        return tr("Default");
    }
    return {};
}

QList<RetentionRule::Kind> RetentionRule::allKinds()
{
    return {Kind::Yearly, Kind::Monthly, Kind::Weekly, Kind::Default};
}

} // namespace PgVault
