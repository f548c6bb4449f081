#include "models/points/PointManifest.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace PgVault;

namespace {

const QString HashA = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString HashB = QStringLiteral("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");

PointManifest sampleManifest()
{
    PointManifest manifest;
    manifest.setPointId(QStringLiteral("20240305T220000Z-1a2b"));
    manifest.setInstanceId(QStringLiteral("prod-eu"));
    manifest.setInstanceName(QStringLiteral("Production EU"));
    manifest.setTime(QDateTime(QDate(2024, 3, 5), QTime(22, 0, 0, 123), QTimeZone::utc()));
    manifest.setTag(QStringLiteral("Weekly"));
    manifest.setExpiry(QDateTime(QDate(2025, 3, 5), QTime(22, 0), QTimeZone::utc()));
    manifest.setServerVersion(QStringLiteral("16.2"));
    manifest.setPgDumpVersion(QStringLiteral("16.3"));
    manifest.setCompressionLevel(3);
    const QString odd = QStringLiteral("sales \"eu\"/Zürich");
    manifest.setDatabases({QStringLiteral("app"), odd});
    manifest.addFile({PointManifest::databaseFileName(QStringLiteral("app")),
        QStringLiteral("app"),
        PointFile::Kind::Database,
        1000,
        200,
        HashA});
    manifest.addFile({PointManifest::databaseFileName(odd), odd, PointFile::Kind::Database, 5, 30, HashB});
    manifest.addFile({PointManifest::fileName(PointFile::Kind::Roles), QString(), PointFile::Kind::Roles, 0, 9, HashA});
    manifest.setTableRowCounts({{QStringLiteral("app"), {{QStringLiteral("public.orders"), 42}}}});
    manifest.setState(PointManifest::State::CompletedWithWarnings);
    return manifest;
}

} // namespace

/// Tests PointManifest: JSON round trip, strict parse with path-named errors, tamper detection
/// and the reversible database file names.
class TestPointManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const PointManifest manifest = sampleManifest();
        QVERIFY(manifest.validate().isEmpty());
        const Result<PointManifest> parsed = PointManifest::fromJson(manifest.toJson());
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed.value(), manifest);
    }

    void neverExpiringPointRoundTrips()
    {
        PointManifest manifest = sampleManifest();
        manifest.setExpiry({});
        manifest.setTableRowCounts({});
        const QJsonObject object = manifest.toJsonObject();
        QVERIFY(object.value(QStringLiteral("expiry")).isNull());
        QVERIFY(!object.contains(QStringLiteral("tableRowCounts")));
        const Result<PointManifest> parsed = PointManifest::fromJsonObject(object);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed.value(), manifest);
    }

    void editedManifestIsDetected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("stored size changed") << QStringLiteral("files") << QJsonValue();
        QTest::newRow("tag changed") << QStringLiteral("tag") << QJsonValue(QStringLiteral("Yearly"));
        QTest::newRow("expiry removed") << QStringLiteral("expiry") << QJsonValue(QJsonValue::Null);
    }

    void editedManifestIsDetected()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject object = sampleManifest().toJsonObject();
        if (field == QStringLiteral("files")) {
            QJsonArray files = object.value(field).toArray();
            QJsonObject first = files[0].toObject();
            first.insert(QStringLiteral("storedSize"), 201);
            files[0] = first;
            object.insert(field, files);
        } else {
            object.insert(field, value);
        }
        const Result<PointManifest> parsed = PointManifest::fromJsonObject(object);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("PointManifest.ChecksumMismatch"));
        QCOMPARE(parsed.error().field, QStringLiteral("checksum"));
        QVERIFY(!parsed.error().remedy.isEmpty());
    }

    void strictParseNamesThePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("missing point id") << QStringLiteral("pointId") << QJsonValue() << QStringLiteral("pointId");
        QTest::newRow("time without zone")
            << QStringLiteral("time") << QJsonValue(QStringLiteral("2024-03-05T22:00:00")) << QStringLiteral("time");
        QTest::newRow("unknown kind") << QStringLiteral("files[1].kind") << QJsonValue(QStringLiteral("tarball"))
                                      << QStringLiteral("files[1].kind");
        QTest::newRow("fractional size") << QStringLiteral("files[0].rawSize") << QJsonValue(1.5)
                                         << QStringLiteral("files[0].rawSize");
        QTest::newRow("size as string") << QStringLiteral("files[2].storedSize") << QJsonValue(QStringLiteral("9"))
                                        << QStringLiteral("files[2].storedSize");
        QTest::newRow("bad digest") << QStringLiteral("files[0].sha256") << QJsonValue(QStringLiteral("ABC"))
                                    << QStringLiteral("files[0].sha256");
        QTest::newRow("file of unknown database")
            << QStringLiteral("files[0].database") << QJsonValue(QStringLiteral("other"))
            << QStringLiteral("files[0].database");
        QTest::newRow("path in file name")
            << QStringLiteral("files[2].name") << QJsonValue(QStringLiteral("../../vault.json"))
            << QStringLiteral("files[2].name");
        QTest::newRow("other algorithm") << QStringLiteral("compression.algorithm")
                                         << QJsonValue(QStringLiteral("gzip"))
                                         << QStringLiteral("compression.algorithm");
        QTest::newRow("unknown state") << QStringLiteral("state") << QJsonValue(QStringLiteral("running"))
                                       << QStringLiteral("state");
    }

    void strictParseNamesThePath()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        QJsonObject object = sampleManifest().toJsonObject();
        setPath(object, path, value);
        // Recompute the checksum so the parse reaches the field checks.
        object.insert(QStringLiteral("checksum"), checksumOf(object));
        const Result<PointManifest> parsed = PointManifest::fromJsonObject(object);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, expectedField);
        QVERIFY2(parsed.error().message.startsWith(expectedField + QStringLiteral(": ")),
            qPrintable(parsed.error().message));
    }

    void newerFormatIsRefusedWithRemedy()
    {
        QJsonObject object = sampleManifest().toJsonObject();
        object.insert(QStringLiteral("formatVersion"), 2);
        const Result<PointManifest> parsed = PointManifest::fromJsonObject(object);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("PointManifest.UnsupportedVersion"));
        QVERIFY(parsed.error().remedy.contains(QStringLiteral("newer PgVault")));
    }

    void brokenJsonIsAnError()
    {
        QByteArray json = sampleManifest().toJson();
        json.chop(json.size() / 2);
        const Result<PointManifest> parsed = PointManifest::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("PointManifest.BadJson"));
        QVERIFY(!PointManifest::fromJson(QByteArrayLiteral("[]")).ok());
    }

    void databaseFileNamesAreSafeAndReversible_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plain") << QStringLiteral("app_1.x-y") << QStringLiteral("db-app_1.x-y.dump.zst");
        QTest::newRow("space and quotes")
            << QStringLiteral("my \"db\" 'x'") << QStringLiteral("db-my%20%22db%22%20%27x%27.dump.zst");
        QTest::newRow("slashes") << QStringLiteral("a/b\\c") << QStringLiteral("db-a%2Fb%5Cc.dump.zst");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("db-...dump.zst");
        QTest::newRow("percent and tilde") << QStringLiteral("100%~") << QStringLiteral("db-100%25%7E.dump.zst");
        QTest::newRow("non-ASCII") << QStringLiteral("Zürich 東京")
                                   << QStringLiteral("db-Z%C3%BCrich%20%E6%9D%B1%E4%BA%AC.dump.zst");
    }

    void databaseFileNamesAreSafeAndReversible()
    {
        QFETCH(QString, database);
        QFETCH(QString, fileName);
        QCOMPARE(PointManifest::databaseFileName(database), fileName);
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.%-]+$"));
        QVERIFY(safe.match(fileName).hasMatch());
        QCOMPARE(PointManifest::databaseFromFileName(fileName), std::optional<QString>(database));
    }

    void otherFileNamesAreNotDatabases()
    {
        QCOMPARE(PointManifest::databaseFromFileName(QStringLiteral("roles.sql.zst")), std::nullopt);
        QCOMPARE(PointManifest::databaseFromFileName(QStringLiteral("db-.dump.zst")), std::nullopt);
        // Non-canonical spelling ("%61" for 'a') would give one database two names.
        QCOMPARE(PointManifest::databaseFromFileName(QStringLiteral("db-%61pp.dump.zst")), std::nullopt);
    }

private:
    static QString checksumOf(QJsonObject object)
    {
        object.remove(QStringLiteral("checksum"));
        return QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                .toHex());
    }

    // Sets "a", "a.b" or "a[i].b" in the object; an undefined value removes the key.
    static void setPath(QJsonObject &object, const QString &path, const QJsonValue &value)
    {
        static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"));
        const QRegularExpressionMatch match = indexed.match(path);
        if (match.hasMatch()) {
            QJsonArray array = object.value(match.captured(1)).toArray();
            QJsonObject item = array[match.captured(2).toInt()].toObject();
            item.insert(match.captured(3), value);
            array[match.captured(2).toInt()] = item;
            object.insert(match.captured(1), array);
        } else if (path.contains(QLatin1Char('.'))) {
            const QStringList parts = path.split(QLatin1Char('.'));
            QJsonObject inner = object.value(parts[0]).toObject();
            inner.insert(parts[1], value);
            object.insert(parts[0], inner);
        } else if (value.isUndefined()) {
            object.remove(path);
        } else {
            object.insert(path, value);
        }
    }
};

QTEST_GUILESS_MAIN(TestPointManifest)
#include "TestPointManifest.moc"
