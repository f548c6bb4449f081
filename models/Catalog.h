#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace PgVault {

class PolicyRepository;

/// The catalog: PgVault's index of policies (and, with later features, instances, recovery
/// points and jobs) in SQLite through Qt Sql, with versioned migrations, WAL and foreign keys.
/// The vault's manifests stay the truth; the catalog can be rebuilt from them.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::Catalog)

public:
    /// How long a statement waits for another process's write lock before failing.
    static constexpr int BusyTimeoutMs = 10000;

    /// Opens (creating if needed) the catalog file and migrates it to the current schema.
    /// Each Catalog has its own named Qt Sql connection, so several may be open in one process.
    /// The folder must exist (Home::ensureExists()).
    static Result<std::unique_ptr<Catalog>> open(const QString &path);
    /// Closes and removes the connection; repositories taken from it must be gone by then.
    ~Catalog();

    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    /// PRAGMA user_version of the open file; -1 if it cannot be read.
    int schemaVersion() const;
    static int currentSchemaVersion();

    PolicyRepository policies() const;

private:
    Catalog(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate();
    Result<void> applyMigration(int version);
    Error sqlError(const QString &code, const QString &what, const QString &driverText) const;

    QString m_path;
    QString m_connectionName;
};

} // namespace PgVault
