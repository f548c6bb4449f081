#pragma once

#include "models/policies/BackupPolicy.h"
#include "models/policies/PolicyJsonBackupRuleReader.h"
#include "models/policies/PolicyJsonFieldReader.h"
#include "models/policies/RetentionRule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace PgVault {

/// Reads one Azure BackupPolicy document into a BackupPolicy, stopping at the first problem; every
/// problem is addressed by JSON path. Internal to PolicyJson, which is its only user.
class PolicyJsonReader : public PolicyJsonFieldReader
{
public:
    /// The policy, or std::nullopt with error() saying why.
    std::optional<BackupPolicy> read(const QJsonObject &root);

private:
    bool readDatasourceTypes(const QJsonObject &policy, const QString &path);
    bool readRetentionRule(const QJsonObject &rule, const QString &path);
    bool crossCheck(const QString &rulesPath);
    bool reportValidation(const BackupPolicy &policy, const QString &rulesPath);

    PolicyJsonBackupRuleReader m_backupRule;
    std::map<Kind, QString> m_rulePaths;
    QList<RetentionRule> m_rules;
};

} // namespace PgVault
