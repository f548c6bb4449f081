#include "models/points/PointState.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PgVault {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// A time field: absent is an invalid time; present, it must parse.
bool readTime(const QJsonObject &object, const QString &key, QDateTime *time)
{
    if (!object.contains(key))
        return true;
    *time = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs).toUTC();
    return time->isValid();
}

} // namespace

QByteArray PointState::toJson() const
{
    QJsonObject object{{QStringLiteral("formatVersion"), FormatVersion}};
    if (deleted.isValid()) {
        object.insert(QStringLiteral("deleted"), isoTime(deleted));
        object.insert(QStringLiteral("purgeAfter"), isoTime(purgeAfter));
    }
    if (expiry.isValid())
        object.insert(QStringLiteral("expiry"), isoTime(expiry));
    return QJsonDocument(object).toJson();
}

Result<PointState> PointState::fromJson(const QByteArray &json)
{
    const Error bad{QStringLiteral("Vault.BadPointState"),
        tr("The recovery point's %1 is damaged.").arg(QLatin1String(FileName)),
        tr("Check the vault's storage; remove the file to treat the point as live with its manifest's expiry."),
        QString::fromLatin1(FileName)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("formatVersion")).toInt(-1) != FormatVersion)
        return bad;
    PointState state;
    if (!readTime(object, QStringLiteral("deleted"), &state.deleted)
        || !readTime(object, QStringLiteral("purgeAfter"), &state.purgeAfter)
        || !readTime(object, QStringLiteral("expiry"), &state.expiry))
        return bad;
    if (state.deleted.isValid() != state.purgeAfter.isValid())
        return bad;
    return state;
}

} // namespace PgVault
