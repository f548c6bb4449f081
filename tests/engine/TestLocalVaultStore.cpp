#include "engine/vault/CompressedFileReader.h"
#include "engine/vault/CompressedFileWriter.h"
#include "engine/vault/LocalVaultStore.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace PgVault;

namespace {

const QString Instance = QStringLiteral("prod-eu");

/// Writes one compressed file into the point and returns its manifest entry.
PointFile writeFile(PointWriter &point,
    const QString &fileName,
    const QString &database,
    PointFile::Kind kind,
    const QByteArray &content)
{
    Result<QIODevice *> sink = point.createFile(fileName);
    if (!sink)
        return {};
    auto writer = CompressedFileWriter::create(sink.value(), fileName, {3, 0});
    (void)writer.value()->write(content);
    const Result<FileDigest> digest = writer.value()->finish();
    (void)point.finishFile(fileName);
    return {fileName, database, kind, digest->rawSize, digest->storedSize, digest->sha256};
}

PointManifest manifestFor(const QString &pointId, const QStringList &databases)
{
    PointManifest manifest;
    manifest.setPointId(pointId);
    manifest.setInstanceId(Instance);
    manifest.setInstanceName(QStringLiteral("Production EU"));
    manifest.setTime(QDateTime(QDate(2024, 3, 5), QTime(22, 0), QTimeZone::utc()));
    manifest.setTag(QStringLiteral("Default"));
    manifest.setDatabases(databases);
    return manifest;
}

QByteArray dumpOf(const QString &database)
{
    return QByteArrayLiteral("PGDMP fake dump of ") + database.toUtf8() + QByteArray(5000, 'x');
}

} // namespace

/// Tests LocalVaultStore: the vault layout, atomic commit, leftovers, tampering, removal, the
/// not-writable and unsafe-name errors, links planted in the vault (reported, never followed) and
/// the private modes of what the vault creates.
class TestLocalVaultStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_vaultPath = m_dir->filePath(QStringLiteral("vault"));
        auto store = LocalVaultStore::openOrCreate(m_vaultPath, QStringLiteral("Office NAS"));
        QVERIFY_RESULT(store);
        m_store = std::move(store).value();
    }

    void cleanup()
    {
        m_store.reset();
        if (m_dir)
            QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    void vaultFileHasIdentityAndNoKeys()
    {
        const QJsonObject object
            = QJsonDocument::fromJson(Test::readFile(QDir(m_vaultPath).filePath(QStringLiteral("vault.json"))))
                  .object();
        QCOMPARE(object.value(QStringLiteral("formatVersion")).toInt(), 1);
        QVERIFY(!QUuid::fromString(object.value(QStringLiteral("id")).toString()).isNull());
        QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("Office NAS"));
        QVERIFY(QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(object.keys().size(), 4);

        auto reopened = LocalVaultStore::openOrCreate(m_vaultPath, QStringLiteral("ignored"));
        QVERIFY_RESULT(reopened);
        QCOMPARE(reopened.value()->info(), m_store->info());
    }

    void foreignNonEmptyFolderIsRefused()
    {
        const QString folder = m_dir->filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkpath(folder));
        QFile other(QDir(folder).filePath(QStringLiteral("holiday.jpg")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        const auto store = LocalVaultStore::openOrCreate(folder, QStringLiteral("x"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("Vault.NotAVault"));
    }

    void committedPointIsListedAndReadable()
    {
        // Database names may hold any character; the file name is encoded, the manifest keeps the name.
        const QStringList databases{
            QStringLiteral("app"), QStringLiteral("it's \"q\"/a\\b"), QStringLiteral("Zürich 東京 db")};
        auto point = m_store->beginPoint(Instance, QStringLiteral("p1"));
        QVERIFY_RESULT(point);
        PointManifest manifest = manifestFor(QStringLiteral("p1"), databases);
        for (const QString &database : databases)
            manifest.addFile(writeFile(*point.value(),
                PointManifest::databaseFileName(database),
                database,
                PointFile::Kind::Database,
                dumpOf(database)));
        manifest.addFile(writeFile(*point.value(),
            PointManifest::fileName(PointFile::Kind::Roles),
            QString(),
            PointFile::Kind::Roles,
            QByteArrayLiteral("CREATE ROLE app;\n")));
        QVERIFY(QFileInfo(m_store->pointsPath(Instance) + QStringLiteral("/p1.partial")).isDir());
        QVERIFY_RESULT(m_store->listPoints(Instance));
        QCOMPARE(m_store->listPoints(Instance)->points.size(), 0); // not a point before commit
        QVERIFY_RESULT(point.value()->commit(manifest));

        QVERIFY(!QFileInfo::exists(m_store->pointsPath(Instance) + QStringLiteral("/p1.partial")));
        QVERIFY(
            QFileInfo::exists(m_store->pointPath(Instance, QStringLiteral("p1")) + QStringLiteral("/manifest.json")));
        const Result<PointListing> listing = m_store->listPoints(Instance);
        QVERIFY_RESULT(listing);
        QCOMPARE(listing->problems.size(), 0);
        QCOMPARE(listing->points.size(), 1);
        QCOMPARE(listing->points.first(), manifest);
        QCOMPARE(m_store->listInstances().value(), QStringList{Instance});

        for (const PointFile &file : manifest.files()) {
            if (file.kind != PointFile::Kind::Database)
                continue;
            QCOMPARE(PointManifest::databaseFromFileName(file.name), std::optional<QString>(file.database));
            auto source = m_store->openForRead(Instance, QStringLiteral("p1"), file.name);
            QVERIFY_RESULT(source);
            QByteArray restored;
            QBuffer sink(&restored);
            QVERIFY(sink.open(QIODevice::WriteOnly));
            QVERIFY_RESULT(CompressedFileReader::decompress(
                source.value().get(), &sink, {file.rawSize, file.storedSize, file.sha256}, file.name));
            QCOMPARE(restored, dumpOf(file.database));
        }
    }

    void abortedAndCrashedPointsAreNeverListedAndGetCleaned()
    {
        {
            auto aborted = m_store->beginPoint(Instance, QStringLiteral("aborted"));
            QVERIFY_RESULT(aborted);
            writeFile(*aborted.value(), QStringLiteral("schema.sql.zst"), QString(), PointFile::Kind::Schema, "x");
            aborted.value()->abort();
        }
        QVERIFY(!QFileInfo::exists(m_store->pointsPath(Instance) + QStringLiteral("/aborted.partial")));
        {
            // Destroying a writer without commit aborts too.
            auto dropped = m_store->beginPoint(Instance, QStringLiteral("dropped"));
            QVERIFY_RESULT(dropped);
        }
        QVERIFY(!QFileInfo::exists(m_store->pointsPath(Instance) + QStringLiteral("/dropped.partial")));

        // A crash leaves a .partial behind, possibly with a complete-looking manifest inside.
        const QString crashed = m_store->pointsPath(Instance) + QStringLiteral("/crashed.partial");
        QVERIFY(QDir().mkpath(crashed));
        PointManifest manifest = manifestFor(QStringLiteral("crashed"), {});
        QFile file(crashed + QStringLiteral("/manifest.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manifest.toJson());
        file.close();
        QVERIFY(QDir().mkpath(m_store->pointsPath(Instance) + QStringLiteral("/old.deleting")));

        const Result<PointListing> listing = m_store->listPoints(Instance);
        QVERIFY_RESULT(listing);
        QCOMPARE(listing->points.size(), 0);
        QCOMPARE(listing->problems.size(), 0);
        const Result<int> removed = m_store->removeLeftovers(Instance);
        QVERIFY_RESULT(removed);
        QCOMPARE(removed.value(), 2);
        QVERIFY(QDir(m_store->pointsPath(Instance)).isEmpty());
    }

    void folderWithoutManifestIsReportedNotListed()
    {
        QVERIFY(QDir().mkpath(m_store->pointPath(Instance, QStringLiteral("half"))));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Vault.PointWithoutManifest")));
        const Result<PointListing> listing = m_store->listPoints(Instance);
        QVERIFY_RESULT(listing);
        QCOMPARE(listing->points.size(), 0);
        QCOMPARE(listing->problems.size(), 1);
        QCOMPARE(listing->problems.first().code, QStringLiteral("Vault.PointWithoutManifest"));
        QVERIFY(listing->problems.first().message.contains(QStringLiteral("half")));
    }

    void tamperedManifestIsReportedAndOthersStillListed()
    {
        for (const QString &id : {QStringLiteral("good"), QStringLiteral("edited")}) {
            auto point = m_store->beginPoint(Instance, id);
            QVERIFY_RESULT(point);
            PointManifest manifest = manifestFor(id, {QStringLiteral("app")});
            manifest.addFile(writeFile(*point.value(),
                PointManifest::databaseFileName(QStringLiteral("app")),
                QStringLiteral("app"),
                PointFile::Kind::Database,
                dumpOf(id)));
            QVERIFY_RESULT(point.value()->commit(manifest));
        }
        const QString path = m_store->pointPath(Instance, QStringLiteral("edited")) + QStringLiteral("/manifest.json");
        QByteArray json = Test::readFile(path);
        json.replace("\"Default\"", "\"Yearly\"");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ChecksumMismatch")));
        const Result<PointListing> listing = m_store->listPoints(Instance);
        QVERIFY_RESULT(listing);
        QCOMPARE(listing->points.size(), 1);
        QCOMPARE(listing->points.first().pointId(), QStringLiteral("good"));
        QCOMPARE(listing->problems.size(), 1);
        QCOMPARE(listing->problems.first().code, QStringLiteral("PointManifest.ChecksumMismatch"));
        QVERIFY(listing->problems.first().message.startsWith(path));
        QVERIFY(listing->problems.first().remedy.contains(QStringLiteral("edited")));
    }

    void commitRefusesAManifestThatDoesNotMatchTheFiles()
    {
        auto point = m_store->beginPoint(Instance, QStringLiteral("p"));
        QVERIFY_RESULT(point);
        PointManifest manifest = manifestFor(QStringLiteral("p"), {QStringLiteral("app")});
        PointFile file = writeFile(*point.value(),
            PointManifest::databaseFileName(QStringLiteral("app")),
            QStringLiteral("app"),
            PointFile::Kind::Database,
            dumpOf(QStringLiteral("app")));
        file.storedSize += 1;
        manifest.addFile(file);
        const Result<void> committed = point.value()->commit(manifest);
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().code, QStringLiteral("Vault.ManifestMismatch"));
        QCOMPARE(m_store->listPoints(Instance)->points.size(), 0);
    }

    void existingPointIdIsRefused()
    {
        auto first = m_store->beginPoint(Instance, QStringLiteral("p"));
        QVERIFY_RESULT(first);
        const auto second = m_store->beginPoint(Instance, QStringLiteral("p"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("Vault.PointExists"));
    }

    void removedPointLeavesNothing()
    {
        auto point = m_store->beginPoint(Instance, QStringLiteral("p"));
        QVERIFY_RESULT(point);
        QVERIFY_RESULT(point.value()->commit(manifestFor(QStringLiteral("p"), {})));
        QCOMPARE(m_store->listPoints(Instance)->points.size(), 1);
        QVERIFY_RESULT(m_store->removePoint(Instance, QStringLiteral("p")));
        QCOMPARE(m_store->listPoints(Instance)->points.size(), 0);
        QVERIFY(QDir(m_store->pointsPath(Instance)).isEmpty());
        QCOMPARE(m_store->removePoint(Instance, QStringLiteral("p")).error().code, QStringLiteral("Vault.NoSuchPoint"));
    }

    void unsafeIdsAndFileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("instanceId");
        QTest::addColumn<QString>("pointId");
        QTest::newRow("parent folder") << Instance << QStringLiteral("..");
        QTest::newRow("path in point id") << Instance << QStringLiteral("a/../../b");
        QTest::newRow("reserved suffix") << Instance << QStringLiteral("x.partial");
        QTest::newRow("slash in instance id") << QStringLiteral("a/b") << QStringLiteral("p");
        QTest::newRow("empty instance id") << QString() << QStringLiteral("p");
    }

    void unsafeIdsAndFileNamesAreRefused()
    {
        QFETCH(QString, instanceId);
        QFETCH(QString, pointId);
        const auto point = m_store->beginPoint(instanceId, pointId);
        QVERIFY(!point.ok());
        QCOMPARE(point.error().code, QStringLiteral("Vault.BadName"));
    }

    void unsafeFileNamesAreRefused()
    {
        auto point = m_store->beginPoint(Instance, QStringLiteral("p"));
        QVERIFY_RESULT(point);
        for (const QString &name :
            {QStringLiteral("../escape"), QStringLiteral("manifest.json"), QStringLiteral(".hidden"), QString()})
            QCOMPARE(point.value()->createFile(name).error().code, QStringLiteral("Vault.BadFileName"));
    }

    void unwritableVaultFolderIsReported()
    {
        QVERIFY_RESULT(m_store->checkWritable());
        if (::geteuid() == 0) {
            // Root ignores permission bits, so take the folder away and leave a file in its place.
            QVERIFY(QDir().rename(m_vaultPath, m_vaultPath + QStringLiteral(".moved")));
            QFile file(m_vaultPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
        } else {
            QVERIFY(QFile::setPermissions(m_vaultPath, QFile::ReadOwner | QFile::ExeOwner));
        }
        const Result<void> writable = m_store->checkWritable();
        QFile::setPermissions(m_vaultPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!writable.ok());
        QCOMPARE(writable.error().code, QStringLiteral("Vault.NotWritable"));
        QVERIFY(writable.error().message.contains(m_vaultPath));
        QVERIFY(writable.error().remedy.contains(QStringLiteral("choose another vault folder")));
    }

    void vaultThatCannotBeCreatedIsReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("under a file") << QStringLiteral("FILE/vault");
        // /proc refuses new folders even for root.
        QTest::newRow("under /proc") << QStringLiteral("/proc/pgvault-test/vault");
    }

    void vaultThatCannotBeCreatedIsReported()
    {
        QFETCH(QString, path);
        QFile file(m_dir->filePath(QStringLiteral("FILE")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        path.replace(QStringLiteral("FILE"), file.fileName());
        const auto store = LocalVaultStore::openOrCreate(path, QStringLiteral("x"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("Vault.NotWritable"));
        QVERIFY(!store.error().remedy.isEmpty());
    }

    void freeSpaceIsKnown()
    {
        const Result<qint64> free = m_store->freeBytes();
        QVERIFY_RESULT(free);
        QVERIFY(free.value() > 0);
    }

    void linkAmongLeftoversIsReportedNotFollowed_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("partial folder is a link") << QStringLiteral("x.partial");
        QTest::newRow("deleting folder is a link") << QStringLiteral("x.deleting");
        QTest::newRow("link inside a partial folder") << QStringLiteral("x.partial/db-app.dump.zst");
        QTest::newRow("link deep inside a partial folder") << QStringLiteral("x.partial/sub/dir/inner");
        QTest::newRow("link inside a deleting folder") << QStringLiteral("x.deleting/inner");
    }

    void linkAmongLeftoversIsReportedNotFollowed()
    {
        QFETCH(QString, link);
        const QString outside = outsideFolder();
        const QString linkPath = QDir(m_store->pointsPath(Instance)).filePath(link);
        QVERIFY(QDir().mkpath(QFileInfo(linkPath).absolutePath()));
        QVERIFY(QFile::link(outside, linkPath));

        const Result<int> removed = m_store->removeLeftovers(Instance);
        QVERIFY(outsideIntact(outside));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("Vault.UnexpectedLink"));
        QVERIFY2(removed.error().message.contains(linkPath), qPrintable(removed.error().message));
        QVERIFY(removed.error().remedy.contains(QStringLiteral("link")));
        QVERIFY(QFileInfo(linkPath).isSymLink()); // reported, left for the user to look at
    }

    void linkedPointsFolderIsNeitherCleanedNorRead()
    {
        // The points folder itself is a link to a folder elsewhere that holds a leftover and a point.
        const QString outside = outsideFolder();
        QVERIFY(QDir().mkpath(QDir(outside).filePath(QStringLiteral("y.partial"))));
        QFile leftover(QDir(outside).filePath(QStringLiteral("y.partial/keep.txt")));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        commitPoint(QStringLiteral("p"));
        const QString points = m_store->pointsPath(Instance);
        QVERIFY(QDir().rename(
            m_store->pointPath(Instance, QStringLiteral("p")), QDir(outside).filePath(QStringLiteral("p"))));
        QVERIFY(QDir(points).removeRecursively());
        QVERIFY(QFile::link(outside, points));

        const Result<int> removed = m_store->removeLeftovers(Instance);
        QVERIFY(QFileInfo::exists(leftover.fileName()));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("Vault.UnexpectedLink"));
        QVERIFY2(removed.error().message.contains(points), qPrintable(removed.error().message));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Vault.UnexpectedLink")));
        const Result<PointListing> listing = m_store->listPoints(Instance);
        QVERIFY_RESULT(listing);
        QCOMPARE(listing->points.size(), 0);
        QCOMPARE(listing->problems.size(), 1);
        const Error problem = listing->problems.constFirst();
        QCOMPARE(problem.code, QStringLiteral("Vault.UnexpectedLink"));
        QVERIFY2(problem.message.contains(points), qPrintable(problem.message));
        QCOMPARE(
            m_store->readManifest(Instance, QStringLiteral("p")).error().code, QStringLiteral("Vault.UnexpectedLink"));
        const Result<void> gone = m_store->removePoint(Instance, QStringLiteral("p"));
        QVERIFY(QFileInfo::exists(QDir(outside).filePath(QStringLiteral("p/manifest.json"))));
        QCOMPARE(gone.error().code, QStringLiteral("Vault.UnexpectedLink"));
    }

    void linkInAPointIsReportedNotFollowedOnRemoval_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("point folder is a link") << QString();
        QTest::newRow("link inside the point") << QStringLiteral("extra");
        QTest::newRow("link in a subfolder of the point") << QStringLiteral("sub/inner");
        QTest::newRow("stale deleting folder holds a link") << QStringLiteral("../p.deleting/inner");
    }

    void linkInAPointIsReportedNotFollowedOnRemoval()
    {
        QFETCH(QString, link);
        const QString outside = outsideFolder();
        commitPoint(QStringLiteral("p"));
        const QString point = m_store->pointPath(Instance, QStringLiteral("p"));
        QString linkPath = point;
        if (link.isEmpty()) {
            // The point's own folder, moved out of the vault, with a link in its place.
            const QString moved = QDir(outside).filePath(QStringLiteral("p"));
            QVERIFY(QDir().rename(point, moved));
            QVERIFY(QFile::link(moved, point));
        } else {
            linkPath = QDir::cleanPath(QDir(point).filePath(link));
            QVERIFY(QDir().mkpath(QFileInfo(linkPath).absolutePath()));
            QVERIFY(QFile::link(outside, linkPath));
        }

        const Result<void> removed = m_store->removePoint(Instance, QStringLiteral("p"));
        QVERIFY(outsideIntact(outside));
        if (link.isEmpty())
            QVERIFY(QFileInfo::exists(QDir(outside).filePath(QStringLiteral("p/manifest.json"))));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("Vault.UnexpectedLink"));
        QVERIFY2(removed.error().message.contains(linkPath), qPrintable(removed.error().message));
        QVERIFY(!removed.error().remedy.isEmpty());
        // Refused before anything was renamed or deleted.
        QVERIFY(QFileInfo(point).isDir());
        QVERIFY(QFileInfo(linkPath).isSymLink());
    }

    void readingThroughALinkIsRefused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("point folder is a link") << QString();
        QTest::newRow("manifest is a link") << QStringLiteral("manifest.json");
        QTest::newRow("data file is a link") << PointManifest::databaseFileName(QStringLiteral("app"));
    }

    void readingThroughALinkIsRefused()
    {
        QFETCH(QString, link);
        const PointManifest manifest = commitPoint(QStringLiteral("p"));
        const QString point = m_store->pointPath(Instance, QStringLiteral("p"));
        const QString outside = m_dir->filePath(QStringLiteral("copy-of-p"));
        QVERIFY(QDir().rename(point, outside));
        const QString linkPath = link.isEmpty() ? point : QDir(point).filePath(link);
        if (link.isEmpty()) {
            QVERIFY(QFile::link(outside, point));
        } else {
            QVERIFY(QDir().mkpath(point));
            for (const QString &name : QDir(outside).entryList(QDir::Files)) {
                const QString copy = QDir(point).filePath(name);
                QVERIFY(name == link ? QFile::link(QDir(outside).filePath(name), copy)
                                     : QFile::copy(QDir(outside).filePath(name), copy));
            }
        }

        const QString file = PointManifest::databaseFileName(QStringLiteral("app"));
        const Result<PointManifest> read = m_store->readManifest(Instance, QStringLiteral("p"));
        const Result<std::unique_ptr<QIODevice>> opened = m_store->openForRead(Instance, QStringLiteral("p"), file);
        if (link != file) {
            QVERIFY(!read.ok());
            QCOMPARE(read.error().code, QStringLiteral("Vault.UnexpectedLink"));
            QVERIFY2(read.error().message.contains(linkPath), qPrintable(read.error().message));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Vault.UnexpectedLink")));
            const Result<PointListing> listing = m_store->listPoints(Instance);
            QVERIFY_RESULT(listing);
            QCOMPARE(listing->points.size(), 0);
            QCOMPARE(listing->problems.size(), 1);
            QCOMPARE(listing->problems.constFirst().code, QStringLiteral("Vault.UnexpectedLink"));
        } else {
            QVERIFY_RESULT(read);
            QCOMPARE(read.value(), manifest);
        }
        if (link != QLatin1String("manifest.json")) {
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, QStringLiteral("Vault.UnexpectedLink"));
            QVERIFY2(opened.error().message.contains(linkPath), qPrintable(opened.error().message));
        } else {
            QVERIFY_RESULT(opened);
        }
    }

    void vaultFoldersAndFilesArePrivateWhateverTheUmask()
    {
        const mode_t previous = ::umask(022);
        const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
        const QString path = m_dir->filePath(QStringLiteral("new/nested/vault"));
        auto created = LocalVaultStore::openOrCreate(path, QStringLiteral("private"));
        QVERIFY_RESULT(created);
        const std::unique_ptr<LocalVaultStore> store = std::move(created).value();
        auto point = store->beginPoint(Instance, QStringLiteral("p"));
        QVERIFY_RESULT(point);
        PointManifest manifest = manifestFor(QStringLiteral("p"), {QStringLiteral("app")});
        const QString file = PointManifest::databaseFileName(QStringLiteral("app"));
        manifest.addFile(writeFile(
            *point.value(), file, QStringLiteral("app"), PointFile::Kind::Database, dumpOf(QStringLiteral("app"))));
        const QString partial = store->pointsPath(Instance) + QStringLiteral("/p.partial");
        QCOMPARE(Test::modeOf(partial), 0700);
        QCOMPARE(Test::modeOf(QDir(partial).filePath(file)), 0600);
        QVERIFY_RESULT(point.value()->commit(manifest));

        const QString folder = store->pointPath(Instance, QStringLiteral("p"));
        for (const QString &dir : {m_dir->filePath(QStringLiteral("new")),
                 m_dir->filePath(QStringLiteral("new/nested")),
                 path,
                 QDir(path).filePath(QStringLiteral("instances")),
                 QDir(path).filePath(QStringLiteral("instances/") + Instance),
                 store->pointsPath(Instance),
                 folder})
            QVERIFY2(
                Test::modeOf(dir) == 0700, qPrintable(QStringLiteral("%1: %2").arg(dir).arg(Test::modeOf(dir), 0, 8)));
        for (const QString &name : {QDir(path).filePath(QStringLiteral("vault.json")),
                 QDir(folder).filePath(QStringLiteral("manifest.json")),
                 QDir(folder).filePath(file)})
            QVERIFY2(Test::modeOf(name) == 0600,
                qPrintable(QStringLiteral("%1: %2").arg(name).arg(Test::modeOf(name), 0, 8)));
    }

private:
    /// A folder outside the vault with files in it: what a link planted in the vault points to.
    QString outsideFolder() const
    {
        const QString outside = m_dir->filePath(QStringLiteral("outside"));
        QDir().mkpath(QDir(outside).filePath(QStringLiteral("sub")));
        for (const QString &name : {QStringLiteral("keep.txt"), QStringLiteral("sub/keep.txt")}) {
            QFile file(QDir(outside).filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write("not PgVault's\n");
        }
        return outside;
    }

    static bool outsideIntact(const QString &outside)
    {
        return Test::readFile(QDir(outside).filePath(QStringLiteral("keep.txt"))) == "not PgVault's\n"
            && Test::readFile(QDir(outside).filePath(QStringLiteral("sub/keep.txt"))) == "not PgVault's\n";
    }

    /// A committed point with one database, "app".
    PointManifest commitPoint(const QString &pointId)
    {
        auto point = m_store->beginPoint(Instance, pointId);
        PointManifest manifest = manifestFor(pointId, {QStringLiteral("app")});
        if (!point)
            return manifest;
        manifest.addFile(writeFile(*point.value(),
            PointManifest::databaseFileName(QStringLiteral("app")),
            QStringLiteral("app"),
            PointFile::Kind::Database,
            dumpOf(QStringLiteral("app"))));
        if (const Result<void> committed = point.value()->commit(manifest); !committed)
            qWarning() << committed.error().text();
        return manifest;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vaultPath;
    std::unique_ptr<LocalVaultStore> m_store;
};

QTEST_GUILESS_MAIN(TestLocalVaultStore)
#include "TestLocalVaultStore.moc"
