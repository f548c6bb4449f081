#include "models/policies/RetentionRuleModel.h"

namespace PgVault {

namespace {

// Only for sorting: a month counts 30 days and a year 365.
int approximateDays(const Duration &duration)
{
    switch (duration.unit()) {
    case Duration::Unit::Days:
        return duration.count();
    case Duration::Unit::Weeks:
        return duration.count() * 7;
    case Duration::Unit::Months:
        return duration.count() * 30;
    case Duration::Unit::Years:
        return duration.count() * 365;
    }
    return duration.count();
}

} // namespace

RetentionRuleModel::RetentionRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RetentionRuleModel::setRules(const QList<RetentionRule> &rules)
{
    beginResetModel();
    m_policy.setRules(rules);
    endResetModel();
    Q_EMIT rulesChanged();
}

void RetentionRuleModel::putRule(const RetentionRule &rule)
{
    if (const int row = rowOf(rule.kind()); row >= 0) {
        m_policy.putRule(rule);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT rulesChanged();
        return;
    }
    BackupPolicy next = m_policy;
    next.putRule(rule);
    int row = 0;
    const QList<RetentionRule> nextRules = next.rules();
    while (row < nextRules.size() && nextRules.at(row).kind() != rule.kind())
        ++row;
    beginInsertRows({}, row, row);
    m_policy = next;
    endInsertRows();
    Q_EMIT rulesChanged();
}

bool RetentionRuleModel::removeRule(RetentionRule::Kind kind)
{
    const int row = rowOf(kind);
    if (row < 0 || kind == RetentionRule::Kind::Default)
        return false;
    beginRemoveRows({}, row, row);
    m_policy.removeRule(kind);
    endRemoveRows();
    Q_EMIT rulesChanged();
    return true;
}

RetentionRule RetentionRuleModel::ruleAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_policy.rules().at(row);
}

int RetentionRuleModel::rowOf(RetentionRule::Kind kind) const
{
    const QList<RetentionRule> rules = m_policy.rules();
    for (int row = 0; row < rules.size(); ++row) {
        if (rules.at(row).kind() == kind)
            return row;
    }
    return -1;
}

QList<RetentionRule::Kind> RetentionRuleModel::missingKinds() const
{
    QList<RetentionRule::Kind> kinds;
    for (RetentionRule::Kind kind : RetentionRule::allKinds()) {
        if (kind != RetentionRule::Kind::Default && !m_policy.hasRule(kind))
            kinds << kind;
    }
    return kinds;
}

int RetentionRuleModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_policy.rules().size());
}

int RetentionRuleModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionRuleModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RetentionRule rule = m_policy.rules().at(index.row());
    if (role == KindRole)
        return int(rule.kind());
    if (role == IsoDurationRole)
        return rule.duration().toIso();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};

    switch (Column(index.column())) {
    case RuleColumn:
        if (role == SortRole)
            return RetentionRule::taggingPriority(rule.kind());
        return RetentionRule::displayName(rule.kind());
    case WhenColumn:
        if (rule.isDefault() && role != Qt::ToolTipRole)
            return tr("When no other rule applies");
        return RetentionRule::whenToRetainText(rule.kind());
    case DataStoreColumn:
        return tr("Vault-standard");
    case RetainForColumn:
        if (role == SortRole)
            return approximateDays(rule.duration());
        return rule.duration().toDisplayString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RetentionRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RuleColumn:
        return tr("Rule");
    case WhenColumn:
        return tr("When");
    case DataStoreColumn:
        return tr("Data store");
    case RetainForColumn:
        return tr("Retain for");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PgVault
