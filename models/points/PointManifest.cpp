#include "models/points/PointManifest.h"

#include "models/points/PointManifestJson.h"

#include <QRegularExpression>
#include <QSet>

namespace PgVault {

namespace {

constexpr auto DatabaseFilePrefix = "db-";
constexpr auto DatabaseFileSuffix = ".dump.zst";
// zstd's range (negative levels are the fast modes); models/ does not include zstd.h.
constexpr int MinCompressionLevel = -131072;
constexpr int MaxCompressionLevel = 22;

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QString PointFile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Database:
        return QStringLiteral("database");
    case Kind::Roles:
        return QStringLiteral("roles");
    case Kind::Tablespaces:
        return QStringLiteral("tablespaces");
    case Kind::Schema:
        return QStringLiteral("schema");
    }
    return {};
}

std::optional<PointFile::Kind> PointFile::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Database, Kind::Roles, Kind::Tablespaces, Kind::Schema}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString PointManifest::stateName(State state)
{
    switch (state) {
    case State::Completed:
        return QStringLiteral("completed");
    case State::CompletedWithWarnings:
        return QStringLiteral("completedWithWarnings");
    }
    return {};
}

std::optional<PointManifest::State> PointManifest::stateFromName(const QString &name)
{
    for (State state : {State::Completed, State::CompletedWithWarnings}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

std::optional<PointFile> PointManifest::file(const QString &name) const
{
    for (const PointFile &f : m_files) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}

QString PointManifest::databaseFileName(const QString &database)
{
    // toPercentEncoding leaves [A-Za-z0-9-._~] alone; '~' is added so only [A-Za-z0-9_.-] remain.
    return QString::fromLatin1(DatabaseFilePrefix)
        + QString::fromLatin1(database.toUtf8().toPercentEncoding(QByteArray(), QByteArrayLiteral("~")))
        + QString::fromLatin1(DatabaseFileSuffix);
}

std::optional<QString> PointManifest::databaseFromFileName(const QString &fileName)
{
    const QString prefix = QString::fromLatin1(DatabaseFilePrefix);
    const QString suffix = QString::fromLatin1(DatabaseFileSuffix);
    if (!fileName.startsWith(prefix) || !fileName.endsWith(suffix) || fileName.size() <= prefix.size() + suffix.size())
        return std::nullopt;
    const QString encoded = fileName.mid(prefix.size(), fileName.size() - prefix.size() - suffix.size());
    const QString database = QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toLatin1()));
    // Only the canonical spelling counts, so one database has exactly one file name.
    if (databaseFileName(database) != fileName)
        return std::nullopt;
    return database;
}

QString PointManifest::fileName(PointFile::Kind kind)
{
    switch (kind) {
    case PointFile::Kind::Roles:
        return QStringLiteral("roles.sql.zst");
    case PointFile::Kind::Tablespaces:
        return QStringLiteral("tablespace.sql.zst");
    case PointFile::Kind::Schema:
        return QStringLiteral("schema.sql.zst");
    case PointFile::Kind::Database:
        break;
    }
    return {};
}

QList<Error> PointManifest::validate() const
{
    QList<Error> errors;
    const auto require = [&errors](bool ok, const char *path, const QString &problem) {
        if (!ok)
            errors.append(PointManifestJson::invalid(QString::fromLatin1(path), problem));
    };
    require(!m_pointId.isEmpty(), "pointId", tr("is empty"));
    require(!m_instanceId.isEmpty(), "instanceId", tr("is empty"));
    require(m_time.isValid(), "time", tr("is not a valid time"));
    require(!m_tag.isEmpty(), "tag", tr("is empty"));
    require(m_compressionLevel >= MinCompressionLevel && m_compressionLevel <= MaxCompressionLevel,
        "compression.level",
        tr("%1 is not a zstd level").arg(m_compressionLevel));

    QSet<QString> databases;
    for (qsizetype i = 0; i < m_databases.size(); ++i) {
        const QString path = QStringLiteral("databases[%1]").arg(i);
        if (m_databases[i].isEmpty())
            errors.append(PointManifestJson::invalid(path, tr("is empty")));
        else if (databases.contains(m_databases[i]))
            errors.append(PointManifestJson::invalid(path, tr("\"%1\" is listed twice").arg(m_databases[i])));
        databases.insert(m_databases[i]);
    }

    QSet<QString> names;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const PointFile &f = m_files[i];
        const QString path = QStringLiteral("files[%1]").arg(i);
        if (names.contains(f.name))
            errors.append(
                PointManifestJson::invalid(path + QStringLiteral(".name"), tr("\"%1\" is listed twice").arg(f.name)));
        names.insert(f.name);
        if (f.kind == PointFile::Kind::Database) {
            if (!databases.contains(f.database))
                errors.append(PointManifestJson::invalid(path + QStringLiteral(".database"),
                    tr("\"%1\" is not one of the point's databases").arg(f.database)));
            if (f.name != databaseFileName(f.database))
                errors.append(PointManifestJson::invalid(path + QStringLiteral(".name"),
                    tr("\"%1\" is not the file name of database \"%2\"").arg(f.name, f.database)));
        } else {
            if (!f.database.isEmpty())
                errors.append(
                    PointManifestJson::invalid(path + QStringLiteral(".database"), tr("must be empty for this kind")));
            if (f.name != fileName(f.kind))
                errors.append(PointManifestJson::invalid(path + QStringLiteral(".name"),
                    tr("must be \"%1\" for kind %2").arg(fileName(f.kind), PointFile::kindName(f.kind))));
        }
        if (f.rawSize < 0)
            errors.append(PointManifestJson::invalid(path + QStringLiteral(".rawSize"), tr("is negative")));
        if (f.storedSize < 0)
            errors.append(PointManifestJson::invalid(path + QStringLiteral(".storedSize"), tr("is negative")));
        if (!isSha256Hex(f.sha256))
            errors.append(
                PointManifestJson::invalid(path + QStringLiteral(".sha256"), tr("is not 64 lowercase hex digits")));
    }

    for (auto it = m_tableRowCounts.cbegin(); it != m_tableRowCounts.cend(); ++it) {
        const QString path = QStringLiteral("tableRowCounts.") + it.key();
        if (!databases.contains(it.key()))
            errors.append(
                PointManifestJson::invalid(path, tr("\"%1\" is not one of the point's databases").arg(it.key())));
        for (auto row = it.value().cbegin(); row != it.value().cend(); ++row) {
            if (row.value() < 0)
                errors.append(PointManifestJson::invalid(path + QLatin1Char('.') + row.key(), tr("is negative")));
        }
    }
    return errors;
}

QJsonObject PointManifest::toJsonObject() const
{
    return PointManifestJson::toJsonObject(*this);
}

QByteArray PointManifest::toJson() const
{
    return PointManifestJson::toJson(*this);
}

Result<PointManifest> PointManifest::fromJson(const QByteArray &json)
{
    return PointManifestJson::fromJson(json);
}

Result<PointManifest> PointManifest::fromJsonObject(const QJsonObject &object)
{
    return PointManifestJson::fromJsonObject(object);
}

} // namespace PgVault
