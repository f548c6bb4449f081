#pragma once

#include "models/Result.h"
#include "models/points/PointManifest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace PgVault {

/// Reads and writes a PointManifest as manifest.json: strict about every field, with a checksum
/// over the document. Behind PointManifest::fromJson()/toJson(), which are what callers use.
class PointManifestJson
{
public:
    static Result<PointManifest> fromJson(const QByteArray &json);
    static Result<PointManifest> fromJsonObject(const QJsonObject &object);
    static QJsonObject toJsonObject(const PointManifest &manifest);
    static QByteArray toJson(const PointManifest &manifest);

    /// The error for a damaged or edited manifest, addressed by JSON path ("files[2].sha256");
    /// PointManifest::validate() reports through it too, so both read alike.
    static Error invalid(const QString &path, const QString &problem);
};

} // namespace PgVault
