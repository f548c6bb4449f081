#pragma once

#include "engine/instances/ServerProbe.h"

#include <QList>
#include <QString>

namespace PgVault {

/// The outcome of a readiness validation: one row per check with its status, message and remedy,
/// plus the databases a backup would dump. Filled by InstanceReadiness for the Configure Backup
/// wizard and `pgvaultctl instance validate` alike.
struct ReadinessReport
{
    /// Password: the instance's password in the keychain (only when validating a saved instance;
    /// the wizard has the password typed in).
    enum class CheckKind { Password, Connection, Version, Privileges, Vault, Space };
    enum class Status { Passed, Warning, Failed, NotRun };

    struct Check
    {
        CheckKind kind = CheckKind::Connection;
        Status status = Status::NotRun;
        QString message; ///< translated: what was found
        QString remedy; ///< translated: what to do; empty when passed
        QString field; ///< the connection field to fix ("host", "password", …), when there is one

        bool operator==(const Check &) const = default;
    };

    QList<Check> checks;
    QList<DatabaseInfo> databases;
    ServerConnection connection; ///< what was checked (the wizard compares it with the current input)
    QString vaultName;

    /// Every check ran and none failed (warnings do not block).
    bool passed() const
    {
        if (checks.isEmpty())
            return false;
        for (const Check &check : checks) {
            if (check.status == Status::Failed || check.status == Status::NotRun)
                return false;
        }
        return true;
    }
    /// The check of that kind, or a NotRun placeholder.
    Check check(CheckKind kind) const
    {
        for (const Check &c : checks) {
            if (c.kind == kind)
                return c;
        }
        return Check{kind, Status::NotRun, {}, {}, {}};
    }
};

} // namespace PgVault
