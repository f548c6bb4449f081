#pragma once

#include "models/jobs/Job.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PgVault {

/// Jobs as Azure's AzureBackupJobResource JSON (`pgvaultctl jobs --output json`, `job show`):
/// the property names and value formats of the Data Protection API, so scripts written against
/// `az dataprotection job list` read ours too.
class JobJson
{
public:
    static QJsonObject toJson(const Job &job);
    static QJsonArray toJson(const QList<Job> &jobs);

    /// "2024-04-10T10:19:22.2460000Z": UTC, seven fractional digits, as Azure writes them.
    static QString time(const QDateTime &utc);
    /// ISO 8601 duration: "PT0S", "PT12M15.822S", "PT1H2M3S".
    static QString isoDuration(qint64 ms);
    /// Parses "PT1H", "P7D", "PT30M", "P1DT2H" to milliseconds; -1 when malformed.
    static qint64 parseIsoDuration(const QString &text);
    /// ARM-style ids under the local vault.
    static QString jobResourceId(const Job &job);
};

} // namespace PgVault
