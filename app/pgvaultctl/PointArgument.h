#pragma once

#include "models/Result.h"
#include "models/instances/BackupInstance.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PgVault {
class Catalog;
}

namespace PgVault::Ctl {

/// The POINT argument of restore and verify: a recovery point id of the instance, "latest", or
/// a unique beginning of an id (as `pgvaultctl points` shows them); and of `point undelete`: a
/// deleted point of any instance, by id or a unique beginning of one.
class PointArgument
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Ctl::PointArgument)

public:
    /// A live point; "latest" is the newest live one. A deleted point is refused (Point.Deleted)
    /// with the command that undeletes it.
    static Result<QString> resolve(const Catalog &catalog, const BackupInstance &instance, const QString &given);
    /// A deleted point of any instance.
    static Result<QString> resolveDeleted(const Catalog &catalog, const QString &given);
    /// " Run \"pgvaultctl point undelete ID\" first.": the command-line hint after a Point.Deleted remedy.
    static QString undeleteHint(const QString &pointId);

private:
    /// The one id in `ids` equal to `given` or, from 4 characters on, starting with it.
    static Result<QString> match(const QStringList &ids, const QString &given, const Error &none);
};

} // namespace PgVault::Ctl
