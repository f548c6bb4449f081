#include "models/policies/PolicyJson.h"

#include "models/policies/PolicyJsonReader.h"
#include "models/policies/PolicyJsonWriter.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace PgVault {

Result<BackupPolicy> PolicyJson::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("PolicyJson.NotJson"),
            tr("The file is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset),
            tr("Choose a policy file exported with \"az dataprotection backup-policy show\" or PgVault, and "
               "check that it was not cut short or edited by hand."),
            {},
            ErrorKind::BadInput};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("PolicyJson.NotObject"),
            tr("The file holds a JSON %1, not a backup policy object.")
                .arg(document.isArray() ? tr("array") : tr("value")),
            tr("Choose a file that holds one backup policy, as exported with "
               "\"az dataprotection backup-policy show\" or PgVault."),
            {},
            ErrorKind::BadInput};
    }
    return fromJsonObject(document.object());
}

Result<BackupPolicy> PolicyJson::fromJsonObject(const QJsonObject &object)
{
    PolicyJsonReader reader;
    std::optional<BackupPolicy> policy = reader.read(object);
    if (!policy)
        return reader.error();
    return std::move(*policy);
}

QJsonObject PolicyJson::toJsonObject(const BackupPolicy &policy)
{
    return PolicyJsonWriter::toJsonObject(policy);
}

QByteArray PolicyJson::toJson(const BackupPolicy &policy)
{
    return QJsonDocument(toJsonObject(policy)).toJson(QJsonDocument::Indented);
}

} // namespace PgVault
