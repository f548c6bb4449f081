#include "models/PointManifest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace PgVault {

namespace {

constexpr auto KeyFormatVersion = "formatVersion";
constexpr auto KeyPointId = "pointId";
constexpr auto KeyInstanceId = "instanceId";
constexpr auto KeyInstanceName = "instanceName";
constexpr auto KeyTime = "time";
constexpr auto KeyTag = "tag";
constexpr auto KeyExpiry = "expiry";
constexpr auto KeyServerVersion = "serverVersion";
constexpr auto KeyPgDumpVersion = "pgDumpVersion";
constexpr auto KeyCompression = "compression";
constexpr auto KeyAlgorithm = "algorithm";
constexpr auto KeyLevel = "level";
constexpr auto KeyDatabases = "databases";
constexpr auto KeyFiles = "files";
constexpr auto KeyName = "name";
constexpr auto KeyDatabase = "database";
constexpr auto KeyKind = "kind";
constexpr auto KeyRawSize = "rawSize";
constexpr auto KeyStoredSize = "storedSize";
constexpr auto KeySha256 = "sha256";
constexpr auto KeyTableRowCounts = "tableRowCounts";
constexpr auto KeyState = "state";
constexpr auto KeyChecksum = "checksum";

constexpr auto DatabaseFilePrefix = "db-";
constexpr auto DatabaseFileSuffix = ".dump.zst";
// Integers travel as JSON doubles; beyond 2^53 they would silently lose precision.
constexpr double MaxJsonInteger = 9007199254740992.0;
// zstd's range (negative levels are the fast modes); models/ does not include zstd.h.
constexpr int MinCompressionLevel = -131072;
constexpr int MaxCompressionLevel = 22;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

Error invalid(const QString &path, const QString &problem)
{
    return {QStringLiteral("PointManifest.Invalid"),
        path + QStringLiteral(": ") + problem,
        PointManifest::tr("The recovery point's manifest is damaged or was edited; use another recovery point "
                          "and check the vault's storage."),
        path};
}

QString checksumOf(QJsonObject object)
{
    object.remove(key(KeyChecksum));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// Reads typed fields out of one JSON object, remembering the first error with its path.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    QString pathOf(const char *name) const
    {
        return m_path.isEmpty() ? key(name) : m_path + QLatin1Char('.') + key(name);
    }

    QJsonValue value(const char *name, bool required = true)
    {
        const QJsonValue value = m_object.value(key(name));
        if (required && (value.isUndefined() || value.isNull()))
            fail(pathOf(name), PointManifest::tr("is missing"));
        return value;
    }

    QString string(const char *name, bool required = true)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(pathOf(name), PointManifest::tr("must be a string"));
        return v.toString();
    }

    qint64 integer(const char *name) { return toInteger(value(name), pathOf(name)); }

    qint64 toInteger(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > MaxJsonInteger) {
            fail(path, PointManifest::tr("must be a whole number"));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    QDateTime time(const char *name, bool required = true)
    {
        const QString text = string(name, required);
        if (text.isEmpty())
            return {};
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
            fail(pathOf(name), PointManifest::tr("\"%1\" is not an ISO 8601 time with a zone").arg(text));
        return time.toUTC();
    }

    void fail(const QString &path, const QString &problem)
    {
        if (!m_error)
            m_error = invalid(path, problem);
    }

    const std::optional<Error> &error() const { return m_error; }
    void adoptError(const std::optional<Error> &error)
    {
        if (!m_error && error)
            m_error = error;
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

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
            errors.append(invalid(key(path), problem));
    };
    require(!m_pointId.isEmpty(), KeyPointId, tr("is empty"));
    require(!m_instanceId.isEmpty(), KeyInstanceId, tr("is empty"));
    require(m_time.isValid(), KeyTime, tr("is not a valid time"));
    require(!m_tag.isEmpty(), KeyTag, tr("is empty"));
    require(m_compressionLevel >= MinCompressionLevel && m_compressionLevel <= MaxCompressionLevel,
        "compression.level",
        tr("%1 is not a zstd level").arg(m_compressionLevel));

    QSet<QString> databases;
    for (qsizetype i = 0; i < m_databases.size(); ++i) {
        const QString path = QStringLiteral("databases[%1]").arg(i);
        if (m_databases[i].isEmpty())
            errors.append(invalid(path, tr("is empty")));
        else if (databases.contains(m_databases[i]))
            errors.append(invalid(path, tr("\"%1\" is listed twice").arg(m_databases[i])));
        databases.insert(m_databases[i]);
    }

    QSet<QString> names;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const PointFile &f = m_files[i];
        const QString path = QStringLiteral("files[%1]").arg(i);
        if (names.contains(f.name))
            errors.append(invalid(path + QStringLiteral(".name"), tr("\"%1\" is listed twice").arg(f.name)));
        names.insert(f.name);
        if (f.kind == PointFile::Kind::Database) {
            if (!databases.contains(f.database))
                errors.append(invalid(path + QStringLiteral(".database"),
                    tr("\"%1\" is not one of the point's databases").arg(f.database)));
            if (f.name != databaseFileName(f.database))
                errors.append(invalid(path + QStringLiteral(".name"),
                    tr("\"%1\" is not the file name of database \"%2\"").arg(f.name, f.database)));
        } else {
            if (!f.database.isEmpty())
                errors.append(invalid(path + QStringLiteral(".database"), tr("must be empty for this kind")));
            if (f.name != fileName(f.kind))
                errors.append(invalid(path + QStringLiteral(".name"),
                    tr("must be \"%1\" for kind %2").arg(fileName(f.kind), PointFile::kindName(f.kind))));
        }
        if (f.rawSize < 0)
            errors.append(invalid(path + QStringLiteral(".rawSize"), tr("is negative")));
        if (f.storedSize < 0)
            errors.append(invalid(path + QStringLiteral(".storedSize"), tr("is negative")));
        if (!isSha256Hex(f.sha256))
            errors.append(invalid(path + QStringLiteral(".sha256"), tr("is not 64 lowercase hex digits")));
    }

    for (auto it = m_tableRowCounts.cbegin(); it != m_tableRowCounts.cend(); ++it) {
        const QString path = QStringLiteral("tableRowCounts.") + it.key();
        if (!databases.contains(it.key()))
            errors.append(invalid(path, tr("\"%1\" is not one of the point's databases").arg(it.key())));
        for (auto row = it.value().cbegin(); row != it.value().cend(); ++row) {
            if (row.value() < 0)
                errors.append(invalid(path + QLatin1Char('.') + row.key(), tr("is negative")));
        }
    }
    return errors;
}

QJsonObject PointManifest::toJsonObject() const
{
    QJsonObject object;
    object.insert(key(KeyFormatVersion), FormatVersion);
    object.insert(key(KeyPointId), m_pointId);
    object.insert(key(KeyInstanceId), m_instanceId);
    object.insert(key(KeyInstanceName), m_instanceName);
    object.insert(key(KeyTime), isoUtc(m_time));
    object.insert(key(KeyTag), m_tag);
    object.insert(key(KeyExpiry), m_expiry.isValid() ? QJsonValue(isoUtc(m_expiry)) : QJsonValue(QJsonValue::Null));
    object.insert(key(KeyServerVersion), m_serverVersion);
    object.insert(key(KeyPgDumpVersion), m_pgDumpVersion);
    object.insert(
        key(KeyCompression), QJsonObject{{key(KeyAlgorithm), key(Compression)}, {key(KeyLevel), m_compressionLevel}});
    object.insert(key(KeyDatabases), QJsonArray::fromStringList(m_databases));

    QJsonArray files;
    for (const PointFile &f : m_files) {
        QJsonObject file{{key(KeyName), f.name},
            {key(KeyKind), PointFile::kindName(f.kind)},
            {key(KeyRawSize), f.rawSize},
            {key(KeyStoredSize), f.storedSize},
            {key(KeySha256), f.sha256}};
        if (f.kind == PointFile::Kind::Database)
            file.insert(key(KeyDatabase), f.database);
        files.append(file);
    }
    object.insert(key(KeyFiles), files);

    if (!m_tableRowCounts.isEmpty()) {
        QJsonObject counts;
        for (auto it = m_tableRowCounts.cbegin(); it != m_tableRowCounts.cend(); ++it) {
            QJsonObject tables;
            for (auto row = it.value().cbegin(); row != it.value().cend(); ++row)
                tables.insert(row.key(), row.value());
            counts.insert(it.key(), tables);
        }
        object.insert(key(KeyTableRowCounts), counts);
    }
    object.insert(key(KeyState), stateName(m_state));
    object.insert(key(KeyChecksum), checksumOf(object));
    return object;
}

QByteArray PointManifest::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

Result<PointManifest> PointManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? tr("it is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
            : tr("it is not a JSON object");
        Error error = invalid(QString(), QString());
        error.code = QStringLiteral("PointManifest.BadJson");
        error.message = tr("The recovery point manifest cannot be read: %1.").arg(why);
        return error;
    }
    return fromJsonObject(document.object());
}

Result<PointManifest> PointManifest::fromJsonObject(const QJsonObject &object)
{
    FieldReader reader(object, QString());
    const qint64 version = reader.integer(KeyFormatVersion);
    if (reader.error())
        return *reader.error();
    if (version != FormatVersion) {
        return Error{QStringLiteral("PointManifest.UnsupportedVersion"),
            tr("formatVersion: the manifest has format version %1; this PgVault reads version %2.")
                .arg(version)
                .arg(FormatVersion),
            tr("Use a newer PgVault to read this recovery point."),
            key(KeyFormatVersion)};
    }
    const QString checksum = reader.string(KeyChecksum);
    if (reader.error())
        return *reader.error();
    if (checksum != checksumOf(object)) {
        Error error = invalid(key(KeyChecksum), tr("does not match the manifest's content"));
        error.code = QStringLiteral("PointManifest.ChecksumMismatch");
        return error;
    }

    PointManifest manifest;
    manifest.m_pointId = reader.string(KeyPointId);
    manifest.m_instanceId = reader.string(KeyInstanceId);
    manifest.m_instanceName = reader.string(KeyInstanceName, false);
    manifest.m_time = reader.time(KeyTime);
    manifest.m_tag = reader.string(KeyTag);
    manifest.m_expiry = reader.time(KeyExpiry, false);
    manifest.m_serverVersion = reader.string(KeyServerVersion, false);
    manifest.m_pgDumpVersion = reader.string(KeyPgDumpVersion, false);

    const QJsonValue compression = reader.value(KeyCompression);
    if (!compression.isUndefined() && !compression.isObject())
        reader.fail(reader.pathOf(KeyCompression), tr("must be an object"));
    FieldReader compressionReader(compression.toObject(), reader.pathOf(KeyCompression));
    const QString algorithm = compressionReader.string(KeyAlgorithm);
    if (!compressionReader.error() && algorithm != key(Compression))
        compressionReader.fail(compressionReader.pathOf(KeyAlgorithm), tr("\"%1\" is not supported").arg(algorithm));
    manifest.m_compressionLevel = int(compressionReader.integer(KeyLevel));
    reader.adoptError(compressionReader.error());

    const QJsonValue databases = reader.value(KeyDatabases);
    if (!databases.isUndefined() && !databases.isArray())
        reader.fail(reader.pathOf(KeyDatabases), tr("must be an array"));
    const QJsonArray databaseArray = databases.toArray();
    for (qsizetype i = 0; i < databaseArray.size(); ++i) {
        if (!databaseArray[i].isString())
            reader.fail(QStringLiteral("databases[%1]").arg(i), tr("must be a string"));
        manifest.m_databases.append(databaseArray[i].toString());
    }

    const QJsonValue files = reader.value(KeyFiles);
    if (!files.isUndefined() && !files.isArray())
        reader.fail(reader.pathOf(KeyFiles), tr("must be an array"));
    const QJsonArray fileArray = files.toArray();
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const QString path = QStringLiteral("files[%1]").arg(i);
        if (!fileArray[i].isObject()) {
            reader.fail(path, tr("must be an object"));
            continue;
        }
        FieldReader fileReader(fileArray[i].toObject(), path);
        PointFile file;
        file.name = fileReader.string(KeyName);
        const QString kind = fileReader.string(KeyKind);
        if (const auto parsed = PointFile::kindFromName(kind))
            file.kind = *parsed;
        else
            fileReader.fail(fileReader.pathOf(KeyKind), tr("\"%1\" is not a file kind").arg(kind));
        file.database = fileReader.string(KeyDatabase, file.kind == PointFile::Kind::Database);
        file.rawSize = fileReader.integer(KeyRawSize);
        file.storedSize = fileReader.integer(KeyStoredSize);
        file.sha256 = fileReader.string(KeySha256);
        reader.adoptError(fileReader.error());
        manifest.m_files.append(file);
    }

    const QJsonValue counts = reader.value(KeyTableRowCounts, false);
    if (!counts.isUndefined() && !counts.isNull() && !counts.isObject())
        reader.fail(reader.pathOf(KeyTableRowCounts), tr("must be an object"));
    const QJsonObject countObject = counts.toObject();
    for (auto it = countObject.constBegin(); it != countObject.constEnd(); ++it) {
        const QString path = QStringLiteral("tableRowCounts.") + it.key();
        if (!it.value().isObject()) {
            reader.fail(path, tr("must be an object"));
            continue;
        }
        QMap<QString, qint64> tables;
        const QJsonObject tableObject = it.value().toObject();
        for (auto row = tableObject.constBegin(); row != tableObject.constEnd(); ++row)
            tables.insert(row.key(), reader.toInteger(row.value(), path + QLatin1Char('.') + row.key()));
        manifest.m_tableRowCounts.insert(it.key(), tables);
    }

    const QString state = reader.string(KeyState);
    if (const auto parsed = stateFromName(state))
        manifest.m_state = *parsed;
    else if (!reader.error())
        reader.fail(reader.pathOf(KeyState), tr("\"%1\" is not a point state").arg(state));

    if (reader.error())
        return *reader.error();
    if (const QList<Error> errors = manifest.validate(); !errors.isEmpty())
        return errors.first();
    return manifest;
}

} // namespace PgVault
