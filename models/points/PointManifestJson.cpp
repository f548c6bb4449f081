#include "models/points/PointManifestJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

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

// Integers travel as JSON doubles; beyond 2^53 they would silently lose precision.
constexpr double MaxJsonInteger = 9007199254740992.0;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString checksumOf(QJsonObject object)
{
    object.remove(key(KeyChecksum));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
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
            m_error = PointManifestJson::invalid(path, problem);
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

Error PointManifestJson::invalid(const QString &path, const QString &problem)
{
    return {QStringLiteral("PointManifest.Invalid"),
        path + QStringLiteral(": ") + problem,
        PointManifest::tr("The recovery point's manifest is damaged or was edited; use another recovery point "
                          "and check the vault's storage."),
        path};
}

QJsonObject PointManifestJson::toJsonObject(const PointManifest &manifest)
{
    QJsonObject object;
    object.insert(key(KeyFormatVersion), PointManifest::FormatVersion);
    object.insert(key(KeyPointId), manifest.pointId());
    object.insert(key(KeyInstanceId), manifest.instanceId());
    object.insert(key(KeyInstanceName), manifest.instanceName());
    object.insert(key(KeyTime), isoUtc(manifest.time()));
    object.insert(key(KeyTag), manifest.tag());
    object.insert(key(KeyExpiry),
        manifest.expiry().isValid() ? QJsonValue(isoUtc(manifest.expiry())) : QJsonValue(QJsonValue::Null));
    object.insert(key(KeyServerVersion), manifest.serverVersion());
    object.insert(key(KeyPgDumpVersion), manifest.pgDumpVersion());
    object.insert(key(KeyCompression),
        QJsonObject{
            {key(KeyAlgorithm), key(PointManifest::Compression)}, {key(KeyLevel), manifest.compressionLevel()}});
    object.insert(key(KeyDatabases), QJsonArray::fromStringList(manifest.databases()));

    QJsonArray files;
    for (const PointFile &f : manifest.files()) {
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

    if (const QMap<QString, QMap<QString, qint64>> rowCounts = manifest.tableRowCounts(); !rowCounts.isEmpty()) {
        QJsonObject counts;
        for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it) {
            QJsonObject tables;
            for (auto row = it.value().cbegin(); row != it.value().cend(); ++row)
                tables.insert(row.key(), row.value());
            counts.insert(it.key(), tables);
        }
        object.insert(key(KeyTableRowCounts), counts);
    }
    object.insert(key(KeyState), PointManifest::stateName(manifest.state()));
    object.insert(key(KeyChecksum), checksumOf(object));
    return object;
}

QByteArray PointManifestJson::toJson(const PointManifest &manifest)
{
    return QJsonDocument(toJsonObject(manifest)).toJson(QJsonDocument::Indented);
}

Result<PointManifest> PointManifestJson::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? PointManifest::tr("it is not valid JSON (%1 at offset %2)")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : PointManifest::tr("it is not a JSON object");
        Error error = invalid(QString(), QString());
        error.code = QStringLiteral("PointManifest.BadJson");
        error.message = PointManifest::tr("The recovery point manifest cannot be read: %1.").arg(why);
        return error;
    }
    return fromJsonObject(document.object());
}

Result<PointManifest> PointManifestJson::fromJsonObject(const QJsonObject &object)
{
    FieldReader reader(object, QString());
    const qint64 version = reader.integer(KeyFormatVersion);
    if (reader.error())
        return *reader.error();
    if (version != PointManifest::FormatVersion) {
        return Error{QStringLiteral("PointManifest.UnsupportedVersion"),
            PointManifest::tr("formatVersion: the manifest has format version %1; this PgVault reads version %2.")
                .arg(version)
                .arg(PointManifest::FormatVersion),
            PointManifest::tr("Use a newer PgVault to read this recovery point."),
            key(KeyFormatVersion)};
    }
    const QString checksum = reader.string(KeyChecksum);
    if (reader.error())
        return *reader.error();
    if (checksum != checksumOf(object)) {
        Error error = invalid(key(KeyChecksum), PointManifest::tr("does not match the manifest's content"));
        error.code = QStringLiteral("PointManifest.ChecksumMismatch");
        return error;
    }

    PointManifest manifest;
    manifest.setPointId(reader.string(KeyPointId));
    manifest.setInstanceId(reader.string(KeyInstanceId));
    manifest.setInstanceName(reader.string(KeyInstanceName, false));
    manifest.setTime(reader.time(KeyTime));
    manifest.setTag(reader.string(KeyTag));
    manifest.setExpiry(reader.time(KeyExpiry, false));
    manifest.setServerVersion(reader.string(KeyServerVersion, false));
    manifest.setPgDumpVersion(reader.string(KeyPgDumpVersion, false));

    const QJsonValue compression = reader.value(KeyCompression);
    if (!compression.isUndefined() && !compression.isObject())
        reader.fail(reader.pathOf(KeyCompression), PointManifest::tr("must be an object"));
    FieldReader compressionReader(compression.toObject(), reader.pathOf(KeyCompression));
    const QString algorithm = compressionReader.string(KeyAlgorithm);
    if (!compressionReader.error() && algorithm != key(PointManifest::Compression))
        compressionReader.fail(
            compressionReader.pathOf(KeyAlgorithm), PointManifest::tr("\"%1\" is not supported").arg(algorithm));
    manifest.setCompressionLevel(int(compressionReader.integer(KeyLevel)));
    reader.adoptError(compressionReader.error());

    const QJsonValue databases = reader.value(KeyDatabases);
    if (!databases.isUndefined() && !databases.isArray())
        reader.fail(reader.pathOf(KeyDatabases), PointManifest::tr("must be an array"));
    const QJsonArray databaseArray = databases.toArray();
    QStringList databaseNames;
    for (qsizetype i = 0; i < databaseArray.size(); ++i) {
        if (!databaseArray[i].isString())
            reader.fail(QStringLiteral("databases[%1]").arg(i), PointManifest::tr("must be a string"));
        databaseNames.append(databaseArray[i].toString());
    }
    manifest.setDatabases(databaseNames);

    const QJsonValue files = reader.value(KeyFiles);
    if (!files.isUndefined() && !files.isArray())
        reader.fail(reader.pathOf(KeyFiles), PointManifest::tr("must be an array"));
    const QJsonArray fileArray = files.toArray();
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const QString path = QStringLiteral("files[%1]").arg(i);
        if (!fileArray[i].isObject()) {
            reader.fail(path, PointManifest::tr("must be an object"));
            continue;
        }
        FieldReader fileReader(fileArray[i].toObject(), path);
        PointFile file;
        file.name = fileReader.string(KeyName);
        const QString kind = fileReader.string(KeyKind);
        if (const auto parsed = PointFile::kindFromName(kind))
            file.kind = *parsed;
        else
            fileReader.fail(fileReader.pathOf(KeyKind), PointManifest::tr("\"%1\" is not a file kind").arg(kind));
        file.database = fileReader.string(KeyDatabase, file.kind == PointFile::Kind::Database);
        file.rawSize = fileReader.integer(KeyRawSize);
        file.storedSize = fileReader.integer(KeyStoredSize);
        file.sha256 = fileReader.string(KeySha256);
        reader.adoptError(fileReader.error());
        manifest.addFile(file);
    }

    const QJsonValue counts = reader.value(KeyTableRowCounts, false);
    if (!counts.isUndefined() && !counts.isNull() && !counts.isObject())
        reader.fail(reader.pathOf(KeyTableRowCounts), PointManifest::tr("must be an object"));
    const QJsonObject countObject = counts.toObject();
    QMap<QString, QMap<QString, qint64>> tableRowCounts;
    for (auto it = countObject.constBegin(); it != countObject.constEnd(); ++it) {
        const QString path = QStringLiteral("tableRowCounts.") + it.key();
        if (!it.value().isObject()) {
            reader.fail(path, PointManifest::tr("must be an object"));
            continue;
        }
        QMap<QString, qint64> tables;
        const QJsonObject tableObject = it.value().toObject();
        for (auto row = tableObject.constBegin(); row != tableObject.constEnd(); ++row)
            tables.insert(row.key(), reader.toInteger(row.value(), path + QLatin1Char('.') + row.key()));
        tableRowCounts.insert(it.key(), tables);
    }
    manifest.setTableRowCounts(tableRowCounts);

    const QString state = reader.string(KeyState);
    if (const auto parsed = PointManifest::stateFromName(state))
        manifest.setState(*parsed);
    else if (!reader.error())
        reader.fail(reader.pathOf(KeyState), PointManifest::tr("\"%1\" is not a point state").arg(state));

    if (reader.error())
        return *reader.error();
    if (const QList<Error> errors = manifest.validate(); !errors.isEmpty())
        return errors.first();
    return manifest;
}

} // namespace PgVault
