#pragma once

#include "models/Result.h"
#include "models/policies/BackupPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace PgVault {

/// Reads and writes a BackupPolicy as Azure Data Protection BackupPolicy JSON. Strict about
/// meaning, tolerant of what Azure itself emits (ARM resource or bare policy, nulls, missing tag
/// ids, lowercase "full", tags in any case). Errors name the JSON path.
class PolicyJson
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PolicyJson)

public:
    /// Parses a document. Error::field is the JSON path, e.g.
    /// "policyRules[1].lifecycles[0].deleteAfter.duration" ("properties.policyRules[1]…" in an ARM
    /// resource), and Error::message starts with it; for a file that is not a JSON object the field
    /// is empty. The first problem found is reported. The name is taken as given, even empty or
    /// invalid: the caller (e.g. "policy import FILE --name N") supplies and validates it.
    static Result<BackupPolicy> fromJson(const QByteArray &json);
    static Result<BackupPolicy> fromJsonObject(const QJsonObject &object);

    /// A bare BackupPolicy object with "name", as `az dataprotection backup-policy create
    /// --policy FILE` accepts it.
    static QJsonObject toJsonObject(const BackupPolicy &policy);
    static QByteArray toJson(const BackupPolicy &policy);
};

} // namespace PgVault
