#pragma once

#include "engine/ServerProbe.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace PgVault {

/// The private environment of every libpq child (psql, pg_dump, pg_dumpall, pg_restore) that
/// serves one connection: the connection settings as PG* variables (so database names are never
/// parsed as conninfo), the password in a 0600 passfile, nothing inherited from the caller's PG*
/// variables. The password never reaches argv or a log. Used by ServerProbe and BackupRunner;
/// the passfile lives as long as this object, so keep it until the children have finished.
class ChildEnvironment
{
public:
    explicit ChildEnvironment(const ServerConnection &connection);
    ~ChildEnvironment();
    ChildEnvironment(const ChildEnvironment &) = delete;
    ChildEnvironment &operator=(const ChildEnvironment &) = delete;

    /// The environment for a child connecting to `database` (PGDATABASE); without a database the
    /// tool's own default applies (pg_dumpall picks postgres or template1).
    QProcessEnvironment forDatabase(const QString &database = {}) const;

    /// The passfile's path; empty when the password travels in PGPASSWORD instead (a password
    /// with a line break, which a passfile line cannot hold).
    QString passfilePath() const;

    /// libpq mentions the passfile it used ("password retrieved from file …"); that temporary
    /// path means nothing to a user, so messages shown to them drop it.
    static QString withoutPassfileNote(const QString &text);

private:
    QProcessEnvironment m_env;
    std::unique_ptr<QTemporaryFile> m_passfile;
};

} // namespace PgVault
