#include "models/policies/PolicyJsonFieldReader.h"

#include "models/policies/PolicyJson.h"

#include <QJsonDocument>

namespace PgVault {

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return PolicyJson::tr("null");
    case QJsonValue::Bool:
        return PolicyJson::tr("true or false");
    case QJsonValue::Double:
        return PolicyJson::tr("a number");
    case QJsonValue::String:
        return PolicyJson::tr("a string");
    case QJsonValue::Array:
        return PolicyJson::tr("an array");
    case QJsonValue::Object:
        return PolicyJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return PolicyJson::tr("missing");
}

QString genericRemedy()
{
    return PolicyJson::tr("Correct the file to Azure's BackupPolicy format, or export the policy again with "
                          "\"az dataprotection backup-policy show\" or PgVault.");
}

} // namespace

QString PolicyJsonFieldReader::child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString PolicyJsonFieldReader::item(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

bool PolicyJsonFieldReader::isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool PolicyJsonFieldReader::sameWord(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

QString PolicyJsonFieldReader::shown(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

bool PolicyJsonFieldReader::fail(
    const QString &code, const QString &path, const QString &message, const QString &remedy)
{
    m_error = Error{code, message, remedy, path, ErrorKind::BadInput};
    return false;
}

bool PolicyJsonFieldReader::fail(const Error &error)
{
    m_error = error;
    return false;
}

bool PolicyJsonFieldReader::failType(const QString &path, const QJsonValue &value, const QString &expected)
{
    if (value.isUndefined()) {
        return fail(
            QStringLiteral("PolicyJson.Missing"), path, PolicyJson::tr("%1: is missing.").arg(path), genericRemedy());
    }
    return fail(QStringLiteral("PolicyJson.WrongType"),
        path,
        PolicyJson::tr("%1: is %2, but it must be %3.").arg(path, describe(value), expected),
        genericRemedy());
}

bool PolicyJsonFieldReader::requireObject(
    const QJsonObject &parent, const QString &path, const QString &key, QJsonObject &out)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject())
        return failType(child(path, key), value.isNull() ? QJsonValue::Undefined : value, PolicyJson::tr("an object"));
    out = value.toObject();
    return true;
}

bool PolicyJsonFieldReader::requireArray(
    const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out)
{
    const QJsonValue value = parent.value(key);
    if (!value.isArray())
        return failType(child(path, key), value.isNull() ? QJsonValue::Undefined : value, PolicyJson::tr("an array"));
    out = value.toArray();
    return true;
}

bool PolicyJsonFieldReader::requireString(
    const QJsonObject &parent, const QString &path, const QString &key, QString &out)
{
    const QJsonValue value = parent.value(key);
    if (!value.isString())
        return failType(child(path, key), value.isNull() ? QJsonValue::Undefined : value, PolicyJson::tr("a string"));
    out = value.toString();
    return true;
}

bool PolicyJsonFieldReader::optionalArray(
    const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out)
{
    const QJsonValue value = parent.value(key);
    out = {};
    if (isAbsent(value))
        return true;
    if (!value.isArray())
        return failType(child(path, key), value, PolicyJson::tr("an array"));
    out = value.toArray();
    return true;
}

bool PolicyJsonFieldReader::optionalString(
    const QJsonObject &parent, const QString &path, const QString &key, QString &out)
{
    const QJsonValue value = parent.value(key);
    out.clear();
    if (isAbsent(value))
        return true;
    if (!value.isString())
        return failType(child(path, key), value, PolicyJson::tr("a string"));
    out = value.toString();
    return true;
}

bool PolicyJsonFieldReader::optionalBool(
    const QJsonObject &parent, const QString &path, const QString &key, std::optional<bool> &out)
{
    const QJsonValue value = parent.value(key);
    out.reset();
    if (isAbsent(value))
        return true;
    if (!value.isBool())
        return failType(child(path, key), value, PolicyJson::tr("true or false"));
    out = value.toBool();
    return true;
}

bool PolicyJsonFieldReader::expectObjectType(const QJsonObject &object, const QString &path, const char *expected)
{
    QString type;
    if (!requireString(object, path, QStringLiteral("objectType"), type))
        return false;
    if (!sameWord(type, expected)) {
        const QString field = child(path, QStringLiteral("objectType"));
        return fail(QStringLiteral("PolicyJson.UnknownObjectType"),
            field,
            PolicyJson::tr("%1: \"%2\" is not \"%3\", the only type PgVault accepts here.")
                .arg(field, type, QLatin1String(expected)),
            PolicyJson::tr("Set objectType to \"%1\".").arg(QLatin1String(expected)));
    }
    return true;
}

bool PolicyJsonFieldReader::checkVaultStore(const QJsonObject &parent, const QString &path, const QString &key)
{
    QJsonObject store;
    if (!requireObject(parent, path, key, store))
        return false;
    const QString storePath = child(path, key);
    QString type;
    if (!requireString(store, storePath, QStringLiteral("dataStoreType"), type))
        return false;
    if (!sameWord(type, "VaultStore")) {
        const QString field = child(storePath, QStringLiteral("dataStoreType"));
        return fail(QStringLiteral("PolicyJson.NotVaultStore"),
            field,
            PolicyJson::tr("%1: \"%2\" is not \"VaultStore\"; PostgreSQL flexible server backups are kept in "
                           "the vault store only.")
                .arg(field, type),
            PolicyJson::tr("Set dataStoreType to \"VaultStore\"; archive and operational stores are not "
                           "available for PostgreSQL flexible servers."));
    }
    return expectObjectType(store, storePath, "DataStoreInfoBase");
}

bool PolicyJsonFieldReader::checkIsDefault(const QJsonObject &object, const QString &path, Kind kind)
{
    std::optional<bool> isDefault;
    if (!optionalBool(object, path, QStringLiteral("isDefault"), isDefault))
        return false;
    // Absent is fine: the tag name alone says which rule is the default.
    if (!isDefault || *isDefault == (kind == Kind::Default))
        return true;
    const QString field = child(path, QStringLiteral("isDefault"));
    const QString message = *isDefault
        ? PolicyJson::tr("%1: is true for \"%2\"; only the Default rule is the default.")
              .arg(field, RetentionRule::tagName(kind))
        : PolicyJson::tr("%1: is false for \"Default\"; the Default rule is always the default.").arg(field);
    return fail(QStringLiteral("PolicyJson.IsDefaultMismatch"),
        field,
        message,
        PolicyJson::tr("Set isDefault to true for Default and to false for Weekly, Monthly and Yearly."));
}

bool PolicyJsonFieldReader::kindFromName(const QString &name, const QString &path, Kind &out)
{
    const std::optional<Kind> kind = RetentionRule::kindFromTagName(name);
    if (!kind) {
        return fail(QStringLiteral("PolicyJson.UnknownTag"),
            path,
            PolicyJson::tr("%1: \"%2\" is not a retention tag PgVault supports; PostgreSQL flexible server "
                           "policies use Default, Weekly, Monthly and Yearly.")
                .arg(path, name),
            PolicyJson::tr("Remove the \"%1\" tag and its retention rule, or rename them to Weekly, Monthly "
                           "or Yearly.")
                .arg(name));
    }
    out = *kind;
    return true;
}

} // namespace PgVault
