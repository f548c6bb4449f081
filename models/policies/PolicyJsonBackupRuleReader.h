#pragma once

#include "models/policies/PolicyJsonFieldReader.h"
#include "models/policies/WeeklySchedule.h"

#include <QJsonObject>
#include <QString>

#include <map>

namespace PgVault {

/// Reads the one AzureBackupRule of a policy document: its weekly schedule and tagging criteria.
/// Internal to PolicyJson; PolicyJsonReader cross-checks the tags it found against the retention
/// rules, so the JSON paths are kept for its messages.
class PolicyJsonBackupRuleReader : public PolicyJsonFieldReader
{
public:
    /// Reads the rule at `path`; on false, error() holds the first problem.
    bool read(const QJsonObject &rule, const QString &path);

    const WeeklySchedule &schedule() const { return m_schedule; }
    const QString &triggerPath() const { return m_triggerPath; }
    const QString &schedulePath() const { return m_schedulePath; }
    /// The JSON path of each tagging criterion, by the tag it gives.
    const std::map<Kind, QString> &tagPaths() const { return m_tagPaths; }

private:
    bool readTaggingCriterion(const QJsonObject &criterion, const QString &path);
    bool readCriteria(const QJsonObject &criterion, const QString &path, Kind kind);

    WeeklySchedule m_schedule;
    QString m_triggerPath;
    QString m_schedulePath;
    std::map<Kind, QString> m_tagPaths;
};

} // namespace PgVault
