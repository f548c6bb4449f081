#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace PgVault {

/// One data file of a recovery point as the manifest records it: what it holds and the size and
/// SHA-256 of the stored (compressed) bytes that restore and verify check before trusting it.
struct PointFile
{
    enum class Kind { Database, Roles, Tablespaces, Schema };

    QString name; ///< file name inside the point folder, e.g. "db-sales%20eu.dump.zst"
    QString database; ///< the real database name for Kind::Database, empty otherwise
    Kind kind = Kind::Database;
    qint64 rawSize = 0; ///< bytes before compression (what pg_dump wrote)
    qint64 storedSize = 0; ///< bytes in the vault
    QString sha256; ///< lowercase hex SHA-256 of the stored bytes

    bool operator==(const PointFile &) const = default;

    /// "database", "roles", "tablespaces", "schema": the manifest's spelling.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

/// The manifest of one recovery point (manifest.json in its folder): the vault's record of what
/// the point holds. Written last by BackupRunner through VaultStore::commit, read by listPoints,
/// restore, verify and the catalog rebuild. Value type, QtCore only.
class PointManifest
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::PointManifest)

public:
    static constexpr int FormatVersion = 1;
    static constexpr auto FileName = "manifest.json";
    static constexpr auto Compression = "zstd";

    /// Completed: every database was dumped. CompletedWithWarnings: some were skipped or failed
    /// and the point holds the rest (the job details say which); Azure's job states.
    enum class State { Completed, CompletedWithWarnings };

    QString pointId() const { return m_pointId; }
    void setPointId(const QString &id) { m_pointId = id; }
    QString instanceId() const { return m_instanceId; }
    void setInstanceId(const QString &id) { m_instanceId = id; }
    QString instanceName() const { return m_instanceName; }
    void setInstanceName(const QString &name) { m_instanceName = name; }

    /// When the backup started, UTC.
    QDateTime time() const { return m_time; }
    void setTime(const QDateTime &time) { m_time = time.toUTC(); }
    /// Retention tag as Azure names it ("Default", "Weekly", "Monthly", "Yearly").
    QString tag() const { return m_tag; }
    void setTag(const QString &tag) { m_tag = tag; }
    /// When the point expires, UTC; invalid when it never does.
    QDateTime expiry() const { return m_expiry; }
    void setExpiry(const QDateTime &expiry) { m_expiry = expiry.isValid() ? expiry.toUTC() : QDateTime(); }

    QString serverVersion() const { return m_serverVersion; }
    void setServerVersion(const QString &version) { m_serverVersion = version; }
    QString pgDumpVersion() const { return m_pgDumpVersion; }
    void setPgDumpVersion(const QString &version) { m_pgDumpVersion = version; }

    /// The zstd level the data files were written with (the algorithm is always zstd).
    int compressionLevel() const { return m_compressionLevel; }
    void setCompressionLevel(int level) { m_compressionLevel = level; }

    /// Real database names (any characters), in dump order.
    QStringList databases() const { return m_databases; }
    void setDatabases(const QStringList &databases) { m_databases = databases; }

    QList<PointFile> files() const { return m_files; }
    void setFiles(const QList<PointFile> &files) { m_files = files; }
    void addFile(const PointFile &file) { m_files.append(file); }
    std::optional<PointFile> file(const QString &name) const;

    /// Optional: database → table ("schema.table") → row count at dump time, so a later restore
    /// drill can compare.
    QMap<QString, QMap<QString, qint64>> tableRowCounts() const { return m_tableRowCounts; }
    void setTableRowCounts(const QMap<QString, QMap<QString, qint64>> &counts) { m_tableRowCounts = counts; }

    State state() const { return m_state; }
    void setState(State state) { m_state = state; }

    /// Everything wrong with the manifest, each Error addressed by JSON path ("files[2].sha256").
    /// fromJson() runs it; VaultStore::commit runs it before writing.
    QList<Error> validate() const;

    /// Strict parse: unknown format version, wrong types, missing or invalid fields, a checksum
    /// that does not match the content are errors whose message starts with the JSON path.
    static Result<PointManifest> fromJson(const QByteArray &json);
    static Result<PointManifest> fromJsonObject(const QJsonObject &object);
    /// Includes "checksum", a SHA-256 over the rest of the document, so an edited manifest is
    /// detected (not an authenticity guarantee: anyone can recompute it).
    QJsonObject toJsonObject() const;
    QByteArray toJson() const;

    /// The data file name for a database: "db-" + the name's UTF-8 bytes with everything outside
    /// [A-Za-z0-9_.-] percent-encoded + ".dump.zst". Reversible, safe on every file system and as
    /// a blob name, at most 3 × 63 + 12 characters for PostgreSQL's 63-byte names.
    static QString databaseFileName(const QString &database);
    /// The database a databaseFileName() names, or nullopt if it is not one.
    static std::optional<QString> databaseFromFileName(const QString &fileName);
    /// "roles.sql.zst", "tablespace.sql.zst", "schema.sql.zst"; for Database use databaseFileName().
    static QString fileName(PointFile::Kind kind);

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

    bool operator==(const PointManifest &) const = default;

private:
    QString m_pointId;
    QString m_instanceId;
    QString m_instanceName;
    QDateTime m_time;
    QString m_tag;
    QDateTime m_expiry;
    QString m_serverVersion;
    QString m_pgDumpVersion;
    int m_compressionLevel = 3;
    QStringList m_databases;
    QList<PointFile> m_files;
    QMap<QString, QMap<QString, qint64>> m_tableRowCounts;
    State m_state = State::Completed;
};

} // namespace PgVault
