#pragma once

#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionRule.h"

#include <QAbstractTableModel>

#include <optional>

namespace PgVault {

/// The retention rules grid of the policy wizard, and the editing API for a policy's rules: it
/// keeps them through BackupPolicy so ordering and the undeletable Default stay model rules.
class RetentionRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RuleColumn, WhenColumn, DataStoreColumn, RetainForColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< RetentionRule::Kind as int
        SortRole, ///< priority for the rule, approximate days for the duration
        IsoDurationRole, ///< "P10Y"
    };

    explicit RetentionRuleModel(QObject *parent = nullptr);

    QList<RetentionRule> rules() const { return m_policy.rules(); }
    void setRules(const QList<RetentionRule> &rules);
    /// Adds the rule, or replaces the rule of the same kind.
    void putRule(const RetentionRule &rule);
    /// Removes a non-Default rule; false for Default or a kind not present.
    bool removeRule(RetentionRule::Kind kind);
    std::optional<RetentionRule> rule(RetentionRule::Kind kind) const { return m_policy.rule(kind); }
    RetentionRule ruleAt(int row) const;
    /// The row of the kind, or -1.
    int rowOf(RetentionRule::Kind kind) const;
    /// Kinds the policy may still add (Weekly, Monthly, Yearly not yet present).
    QList<RetentionRule::Kind> missingKinds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Any add, edit, removal or reset.
    void rulesChanged();

private:
    BackupPolicy m_policy;
};

} // namespace PgVault
