#pragma once

#include <QList>
#include <QString>

namespace PgVault {

/// The outcome of the restore wizard's Validate step: one row per check (folder writable, free
/// space, names free; or server reachable, target databases free) with what was found and what to
/// do. Filled by RestorePlan::validate for the wizard (RestoreValidatePage) and `pgvaultctl restore
/// --validate-only`.
struct RestoreValidation
{
    enum class Status { Passed, Warning, Failed };

    struct Check
    {
        QString title; ///< translated: what was checked
        Status status = Status::Failed;
        QString message; ///< translated: what was found
        QString remedy; ///< translated: what to do; empty when passed

        bool operator==(const Check &) const = default;
    };

    QList<Check> checks;

    /// At least one check ran and none failed (warnings do not block).
    bool passed() const
    {
        if (checks.isEmpty())
            return false;
        for (const Check &check : checks) {
            if (check.status == Status::Failed)
                return false;
        }
        return true;
    }
};

} // namespace PgVault
