#include "models/Catalog.h"

#include "models/Logging.h"
#include "models/policies/PolicyRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace PgVault {

namespace {

/// Makes the catalog file private to its owner (0600) whatever the umask: it names servers,
/// users and vault folders. A new one is created empty (SQLite takes an empty file for a new
/// database) so that it never exists with a wider mode; SQLite gives its -wal and -shm files the
/// catalog's own mode. An existing catalog made readable to others (an older PgVault, a copy)
/// is tightened, with its -wal and -shm.
void makePrivate(const QString &path)
{
    constexpr QFile::Permissions Private = QFile::ReadOwner | QFile::WriteOwner;
    constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    const QFileInfo catalog(path);
    if (!catalog.exists() && !catalog.isSymLink()) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, Private))
            file.setPermissions(Private); // the umask may have taken bits away
    }
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const QFileInfo file(name);
        if (file.isFile() && (file.permissions() & Others) != 0 && !QFile::setPermissions(name, Private))
            qCWarning(lcModelsCatalog).noquote() << name << "is readable by other users and its mode cannot be changed";
    }
}

/// Schema migrations in order: migration N (1-based) takes user_version from N-1 to N. Append
/// only; a released step is never edited, because catalogs in the field already ran it.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: policies, and the minimal instances table later features extend, so that deleting a
        // policy in use can be refused from the start.
        {
            QStringLiteral("CREATE TABLE policies ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " json TEXT NOT NULL,"
                           " created_utc TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE instances ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " policy_id TEXT REFERENCES policies(id))"),
            QStringLiteral("CREATE INDEX instances_policy_id ON instances(policy_id)"),
        },
        // 2: the backup engine's tables: vaults, the instances' connection details, recovery
        // points, jobs with sub-tasks, and the per-instance leases that keep one operation at a time.
        // Times are integer milliseconds since the epoch, UTC, so they index and compare cheaply.
        {
            QStringLiteral("CREATE TABLE vaults ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " kind TEXT NOT NULL,"
                           " location TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE instances ADD COLUMN host TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE instances ADD COLUMN port INTEGER NOT NULL DEFAULT 5432"),
            QStringLiteral("ALTER TABLE instances ADD COLUMN user_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE instances ADD COLUMN ssl_mode TEXT NOT NULL DEFAULT 'prefer'"),
            QStringLiteral("ALTER TABLE instances ADD COLUMN vault_id TEXT REFERENCES vaults(id)"),
            QStringLiteral("ALTER TABLE instances ADD COLUMN created_ms INTEGER"),
            QStringLiteral("CREATE TABLE points ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                           " time_ms INTEGER NOT NULL,"
                           " tag TEXT NOT NULL,"
                           " expiry_ms INTEGER NOT NULL,"
                           " matched TEXT NOT NULL DEFAULT '',"
                           " user_chosen INTEGER NOT NULL DEFAULT 0,"
                           " size_bytes INTEGER NOT NULL DEFAULT 0,"
                           " databases TEXT NOT NULL DEFAULT '[]',"
                           " verified_ms INTEGER,"
                           " verify_state TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX points_instance_time ON points(instance_id, time_ms)"),
            QStringLiteral("CREATE INDEX points_expiry ON points(expiry_ms)"),
            QStringLiteral("CREATE TABLE jobs ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " activity_id TEXT NOT NULL,"
                           " operation TEXT NOT NULL,"
                           " user_triggered INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " start_ms INTEGER NOT NULL,"
                           " end_ms INTEGER,"
                           " instance_id TEXT REFERENCES instances(id) ON DELETE SET NULL,"
                           " instance_name TEXT NOT NULL DEFAULT '',"
                           " datasource_name TEXT NOT NULL DEFAULT '',"
                           " datasource_type TEXT NOT NULL DEFAULT '',"
                           " vault_name TEXT NOT NULL DEFAULT '',"
                           " policy_name TEXT NOT NULL DEFAULT '',"
                           " retention_tag TEXT NOT NULL DEFAULT '',"
                           " bytes_transferred INTEGER NOT NULL DEFAULT 0,"
                           " point_id TEXT NOT NULL DEFAULT '',"
                           " error_code TEXT,"
                           " error_message TEXT,"
                           " error_remedy TEXT,"
                           " additional_details TEXT NOT NULL DEFAULT '{}',"
                           " output TEXT NOT NULL DEFAULT '',"
                           " progress REAL NOT NULL DEFAULT 0,"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " heartbeat_ms INTEGER,"
                           " cancel_requested INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX jobs_start ON jobs(start_ms)"),
            QStringLiteral("CREATE INDEX jobs_status_start ON jobs(status, start_ms)"),
            QStringLiteral("CREATE INDEX jobs_operation_start ON jobs(operation, user_triggered, start_ms)"),
            QStringLiteral("CREATE INDEX jobs_instance_start ON jobs(instance_name, start_ms)"),
            QStringLiteral("CREATE TABLE job_subtasks ("
                           " job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
                           " task_id INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " progress REAL NOT NULL DEFAULT 0,"
                           " details TEXT NOT NULL DEFAULT '{}',"
                           " PRIMARY KEY (job_id, task_id))"),
            QStringLiteral("CREATE TABLE instance_leases ("
                           " instance_id TEXT PRIMARY KEY NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                           " job_id TEXT NOT NULL,"
                           " owner TEXT NOT NULL,"
                           " expires_ms INTEGER NOT NULL)"),
        },
        // 3: one row per running scheduler agent (`pgvaultctl agent`), refreshed by its heartbeat
        // and deleted when it stops, so the GUI can tell whether scheduled backups will run.
        {
            QStringLiteral("CREATE TABLE agent_heartbeats ("
                           " host TEXT NOT NULL,"
                           " pid INTEGER NOT NULL,"
                           " started_ms INTEGER NOT NULL,"
                           " beat_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (host, pid))"),
        },
        // 4: a failed job's error kind (Environment, BadInput, Internal), so a foreground job's exit
        // code and the Jobs view can tell a refused request from a failure while running.
        {
            QStringLiteral("ALTER TABLE jobs ADD COLUMN error_kind TEXT"),
        },
        // 5: the process holding each instance lease (ProcessIdentity), so the lease of a process
        // killed on this machine is free at once, not after its time to live. Empty for leases
        // taken before: those still expire as they did.
        {
            QStringLiteral("ALTER TABLE instance_leases ADD COLUMN holder_host TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE instance_leases ADD COLUMN holder_system TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE instance_leases ADD COLUMN holder_pid INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE instance_leases ADD COLUMN holder_start INTEGER NOT NULL DEFAULT 0"),
        },
        // 6: the last wall-clock time PgVault trusts, and since when it doubts the clock (ClockCheck),
        // so expiry never deletes by a clock that jumped ahead. One row.
        {
            QStringLiteral("CREATE TABLE clock_trust ("
                           " id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),"
                           " trusted_ms INTEGER,"
                           " doubted_since_ms INTEGER)"),
        },
        // 7 (alerts): the alerts the agent has
        // delivered, so each is sent once however often the agent passes or restarts (a row is
        // dropped once its alert resolved), and the alerts' settings (the user's alert command).
        {
            QStringLiteral("CREATE TABLE alert_deliveries ("
                           " alert_key TEXT PRIMARY KEY NOT NULL,"
                           " delivered_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE alert_settings ("
                           " name TEXT PRIMARY KEY NOT NULL,"
                           " value TEXT NOT NULL)"),
        },
        // 8 (stop protection): stopping protection keeps the
        // instance, so its retained recovery points stay listed and restorable; "protection" says
        // whether it is still backed up and, once stopped, whether its points expire as its policy
        // says or are retained forever. Every instance so far is protected.
        {
            QStringLiteral("ALTER TABLE instances ADD COLUMN protection TEXT NOT NULL DEFAULT 'Protected'"),
            QStringLiteral("ALTER TABLE instances ADD COLUMN stopped_ms INTEGER"),
        },
        // 9: soft delete. Expiry moves a point to deleted (deleted_ms) and purges it once purge_ms
        // has passed; each vault keeps deleted points soft_delete_days (0: delete at once).
        {
            QStringLiteral("ALTER TABLE vaults ADD COLUMN soft_delete_days INTEGER NOT NULL DEFAULT 14"),
            QStringLiteral("ALTER TABLE points ADD COLUMN deleted_ms INTEGER"),
            QStringLiteral("ALTER TABLE points ADD COLUMN purge_ms INTEGER"),
            QStringLiteral("CREATE INDEX points_purge ON points(purge_ms)"),
        },
    };
    return steps;
}

} // namespace

Catalog::Catalog(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
}

Catalog::~Catalog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir()) {
        return Error{QStringLiteral("Catalog.FolderMissing"),
            tr("The catalog folder %1 does not exist or is not a folder.")
                .arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
            tr("Create the folder, or choose another PgVault home (the PGVAULT_HOME environment variable)."),
            path};
    }
    // SQLite needs to create its -wal and -shm files beside the catalog, so the folder must be
    // writable as well as the file.
    if (!folder.isWritable() || (file.exists() && !file.isWritable())) {
        return Error{QStringLiteral("Catalog.NotWritable"),
            tr("The catalog %1 is not writable.").arg(QDir::toNativeSeparators(file.absoluteFilePath())),
            tr("Give your user write permission on the file and its folder, or choose another PgVault "
               "home with --home or PGVAULT_HOME."),
            path};
    }

    makePrivate(file.absoluteFilePath());
    const QString name = QStringLiteral("pgvault-catalog-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::unique_ptr<Catalog> catalog(new Catalog(file.absoluteFilePath(), name));
    QSqlDatabase db = catalog->database();
    if (!db.isValid()) {
        return Error{QStringLiteral("Catalog.NoDriver"),
            tr("The Qt SQLite driver (QSQLITE) is not available."),
            tr("Install the Qt 6 SQL SQLite plugin (Debian: libqt6sql6-sqlite)."),
            path};
    }
    if (!db.open())
        return catalog->sqlError(QStringLiteral("Catalog.OpenFailed"), tr("open"), db.lastError().text());
    if (Result<void> configured = catalog->configure(); !configured)
        return configured.error();
    if (Result<void> migrated = catalog->migrate(); !migrated)
        return migrated.error();
    return catalog;
}

QSqlDatabase Catalog::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Catalog::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Catalog::currentSchemaVersion()
{
    return int(migrations().size());
}

PolicyRepository Catalog::policies() const
{
    return PolicyRepository(database());
}

Result<void> Catalog::configure()
{
    QSqlQuery query(database());
    // Several processes (GUI, agent, CLI) share the file: wait for each other's locks, keep
    // readers unblocked by the writer (WAL), and let SQLite enforce the references.
    for (const QString &pragma :
        {QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma))
            return sqlError(
                QStringLiteral("Catalog.ConfigureFailed"), tr("run \"%1\"").arg(pragma), query.lastError().text());
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        return sqlError(QStringLiteral("Catalog.ConfigureFailed"), tr("switch to WAL mode"), query.lastError().text());
    }
    const QString mode = query.value(0).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return sqlError(QStringLiteral("Catalog.ConfigureFailed"),
            tr("switch to WAL mode"),
            tr("the journal mode stayed \"%1\"").arg(mode));
    }
    return {};
}

Result<void> Catalog::migrate()
{
    const int found = schemaVersion();
    if (found < 0) {
        return sqlError(
            QStringLiteral("Catalog.NotACatalog"), tr("read the schema version"), database().lastError().text());
    }
    if (found > currentSchemaVersion()) {
        return Error{QStringLiteral("Catalog.TooNew"),
            tr("The catalog %1 has schema version %2; this PgVault knows only up to %3.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(found)
                .arg(currentSchemaVersion()),
            tr("Use the newer PgVault that last opened this catalog."),
            m_path};
    }
    for (int version = found + 1; version <= currentSchemaVersion(); ++version) {
        if (Result<void> applied = applyMigration(version); !applied)
            return applied;
    }
    return {};
}

Result<void> Catalog::applyMigration(int version)
{
    QSqlQuery query(database());
    // IMMEDIATE takes the write lock before reading the version, so two processes opening a new
    // catalog at once migrate it once: the second waits, then sees the step already applied.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("Catalog.MigrationFailed"), tr("start a migration"), query.lastError().text());
    auto rollBack = [this](const QString &what, const QString &driverText) {
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        return sqlError(QStringLiteral("Catalog.MigrationFailed"), what, driverText);
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return rollBack(tr("read the schema version"), query.lastError().text());
    if (query.value(0).toInt() >= version) {
        query.finish();
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    query.finish();
    for (const QString &statement : migrations().at(version - 1)) {
        if (!query.exec(statement))
            return rollBack(tr("apply schema migration %1").arg(version), query.lastError().text());
    }
    // PRAGMA takes no bound values; the version is an int we control.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return rollBack(tr("record schema version %1").arg(version), query.lastError().text());
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollBack(tr("commit schema migration %1").arg(version), query.lastError().text());
    qCDebug(lcModelsCatalog) << "migrated" << m_path << "to schema version" << version;
    return {};
}

Error Catalog::sqlError(const QString &code, const QString &what, const QString &driverText) const
{
    return Error{code,
        tr("Could not %1 in the catalog %2: %3.").arg(what, QDir::toNativeSeparators(m_path), driverText),
        tr("Check that the file is a PgVault catalog, that your user may write it and its folder, and "
           "that the disk is not full."),
        m_path};
}

} // namespace PgVault
