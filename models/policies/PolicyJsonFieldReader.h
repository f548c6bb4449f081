#pragma once

#include "models/Result.h"
#include "models/policies/RetentionRule.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace PgVault {

/// Reads typed fields of an Azure BackupPolicy document and keeps the first problem as an Error
/// addressed by JSON path. Internal to PolicyJson: the base of its readers, so that every reader
/// words and addresses its errors alike.
class PolicyJsonFieldReader
{
public:
    using Kind = RetentionRule::Kind;

    const Error &error() const { return m_error; }

protected:
    static QString child(const QString &path, const QString &key);
    static QString item(const QString &path, qsizetype index);
    static bool isAbsent(const QJsonValue &value);
    static bool sameWord(const QString &a, const char *b);
    /// The value as it appears in the file, for messages: "\"Daily\"", ["FirstOfMonth"].
    static QString shown(const QJsonValue &value);

    // Each returns false after recording the problem, so callers can write "return fail(...)".
    bool fail(const QString &code, const QString &path, const QString &message, const QString &remedy);
    /// Adopts the error of a reader this one delegated to.
    bool fail(const Error &error);
    bool failType(const QString &path, const QJsonValue &value, const QString &expected);

    bool requireObject(const QJsonObject &parent, const QString &path, const QString &key, QJsonObject &out);
    bool requireArray(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out);
    bool requireString(const QJsonObject &parent, const QString &path, const QString &key, QString &out);
    bool optionalArray(const QJsonObject &parent, const QString &path, const QString &key, QJsonArray &out);
    bool optionalString(const QJsonObject &parent, const QString &path, const QString &key, QString &out);
    bool optionalBool(const QJsonObject &parent, const QString &path, const QString &key, std::optional<bool> &out);
    bool expectObjectType(const QJsonObject &object, const QString &path, const char *expected);
    bool checkVaultStore(const QJsonObject &parent, const QString &path, const QString &key);
    bool checkIsDefault(const QJsonObject &object, const QString &path, Kind kind);
    bool kindFromName(const QString &name, const QString &path, Kind &out);

private:
    Error m_error;
};

} // namespace PgVault
