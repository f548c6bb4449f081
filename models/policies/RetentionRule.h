#pragma once

#include "models/policies/Duration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PgVault {

/// One retention rule of a policy: Default, or "first successful backup taken every
/// week / month / year", with how long such a recovery point is kept in the vault.
class RetentionRule
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RetentionRule)

public:
    /// Ordered by evaluation priority: Yearly beats Monthly beats Weekly; Default is the fallback.
    enum class Kind { Yearly, Monthly, Weekly, Default };

    RetentionRule() = default;
    RetentionRule(Kind kind, Duration duration);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind) { m_kind = kind; }
    Duration duration() const { return m_duration; }
    void setDuration(Duration duration) { m_duration = duration; }

    bool isDefault() const { return m_kind == Kind::Default; }

    /// Azure's tag and rule name: "Default", "Weekly", "Monthly", "Yearly".
    static QString tagName(Kind kind);
    /// Case-insensitive, as Azure compares tags ("default" in job documents).
    static std::optional<Kind> kindFromTagName(const QString &name);
    /// Azure's taggingPriority: Yearly 10, Monthly 15, Weekly 20, Default 99.
    static int taggingPriority(Kind kind);
    /// Azure's absoluteCriteria marker: FirstOfWeek, FirstOfMonth, FirstOfYear; empty for Default.
    static QString absoluteCriterion(Kind kind);
    /// "First successful backup taken every month", translated; "Default" for Default.
    static QString whenToRetainText(Kind kind);
    /// Translated display name of the kind.
    static QString displayName(Kind kind);
    /// Every kind in priority order.
    static QList<Kind> allKinds();

    QString tagName() const { return tagName(m_kind); }

    bool operator==(const RetentionRule &) const = default;

private:
    Kind m_kind = Kind::Default;
    Duration m_duration = Duration::years(10);
};

} // namespace PgVault
