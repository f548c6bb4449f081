#pragma once

#include "models/Result.h"

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
public:
    /// Opens (creating if needed) the catalog file and migrates it to the current schema.
    /// Each Catalog has its own named Qt Sql connection, so several may be open in one process.
    static Result<std::unique_ptr<Catalog>> open(const QString &path);
    ~Catalog();

    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int currentSchemaVersion();

    PolicyRepository policies() const;

private:
    Catalog(QString path, QString connectionName);
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
};

} // namespace PgVault
