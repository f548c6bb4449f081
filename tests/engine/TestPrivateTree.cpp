#include "engine/vault/PrivateTree.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace PgVault;

/// Tests PrivateTree on real folders: removal, reads, renames and creation never go through a
/// symbolic link below the root (the link is reported by path, or with RemoveLinkOnly removed
/// itself), what lies outside stays untouched, and what it creates is 0700/0600 under umask 022.
class TestPrivateTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_root = m_dir->filePath(QStringLiteral("root"));
        m_outside = m_dir->filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QDir().mkpath(QDir(m_outside).filePath(QStringLiteral("sub"))));
        write(QDir(m_outside).filePath(QStringLiteral("keep.txt")));
        write(QDir(m_outside).filePath(QStringLiteral("sub/keep.txt")));
    }

    void cleanup() { m_dir.reset(); }

    void removesAPlainTree()
    {
        write(inRoot(QStringLiteral("a/b/c/file")));
        write(inRoot(QStringLiteral("a/top")));
        QVERIFY(QDir().mkpath(inRoot(QStringLiteral("a/empty"))));
        const PrivateTree tree(m_root);
        QVERIFY_RESULT(tree.remove(inRoot(QStringLiteral("a"))));
        QVERIFY(!QFileInfo::exists(inRoot(QStringLiteral("a"))));
        QVERIFY(QFileInfo(m_root).isDir());
        // Nothing there is nothing to do.
        QVERIFY_RESULT(tree.remove(inRoot(QStringLiteral("a"))));
        QVERIFY_RESULT(tree.remove(inRoot(QStringLiteral("missing/below"))));
    }

    void linkIsRefusedAndNothingRemoved_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("the path itself") << QStringLiteral("a");
        QTest::newRow("inside") << QStringLiteral("a/link");
        QTest::newRow("deep inside") << QStringLiteral("a/b/c/link");
        QTest::newRow("link to a file") << QStringLiteral("a/b/file-link");
    }

    void linkIsRefusedAndNothingRemoved()
    {
        QFETCH(QString, link);
        write(inRoot(QStringLiteral("a/b/c/file")));
        const QString linkPath = inRoot(link);
        if (link == QLatin1String("a"))
            QVERIFY(QDir(inRoot(QStringLiteral("a"))).removeRecursively());
        const QString target = link.endsWith(QLatin1String("file-link"))
            ? QDir(m_outside).filePath(QStringLiteral("keep.txt"))
            : m_outside;
        QVERIFY(QFile::link(target, linkPath));

        const PrivateTree tree(m_root);
        const Result<void> checked = tree.checkNoLinks(inRoot(QStringLiteral("a")));
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, QStringLiteral("Vault.UnexpectedLink"));
        const Result<void> removed = tree.remove(inRoot(QStringLiteral("a")));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("Vault.UnexpectedLink"));
        QCOMPARE(removed.error().message, checked.error().message);
        QVERIFY2(removed.error().message.contains(linkPath), qPrintable(removed.error().message));
        QVERIFY(!removed.error().remedy.isEmpty());
        QVERIFY(outsideIntact());
        QVERIFY(QFileInfo(linkPath).isSymLink());
        if (link != QLatin1String("a"))
            QVERIFY(QFileInfo::exists(inRoot(QStringLiteral("a/b/c/file")))); // looked first, removed nothing
    }

    void removeLinkOnlyTakesTheLinksAway()
    {
        write(inRoot(QStringLiteral("a/b/file")));
        QVERIFY(QFile::link(m_outside, inRoot(QStringLiteral("a/b/link"))));
        QVERIFY(QFile::link(m_outside, inRoot(QStringLiteral("top-link"))));
        const PrivateTree tree(m_root);
        QVERIFY_RESULT(tree.remove(inRoot(QStringLiteral("a")), PrivateTree::Links::RemoveLinkOnly));
        QVERIFY_RESULT(tree.remove(inRoot(QStringLiteral("top-link")), PrivateTree::Links::RemoveLinkOnly));
        QVERIFY(!QFileInfo::exists(inRoot(QStringLiteral("a"))));
        QVERIFY(!QFileInfo(inRoot(QStringLiteral("top-link"))).isSymLink());
        QVERIFY(outsideIntact());
    }

    void linkedFolderOnTheWayIsRefused()
    {
        // A link between the root and the path: nothing below it is touched or read.
        QVERIFY(QFile::link(m_outside, inRoot(QStringLiteral("via"))));
        const PrivateTree tree(m_root);
        const QString below = inRoot(QStringLiteral("via/sub"));
        for (const Result<void> &result : {tree.remove(below),
                 tree.makePath(inRoot(QStringLiteral("via/new"))),
                 tree.rename(inRoot(QStringLiteral("via/keep.txt")), inRoot(QStringLiteral("moved.txt"))),
                 Result<void>(tree.openForRead(inRoot(QStringLiteral("via/keep.txt"))).error()),
                 Result<void>(tree.createFile(inRoot(QStringLiteral("via/new.txt"))).error()),
                 Result<void>(tree.entries(below).error())}) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("Vault.UnexpectedLink"));
            QVERIFY2(
                result.error().message.contains(inRoot(QStringLiteral("via"))), qPrintable(result.error().message));
        }
        QVERIFY(outsideIntact());
        QVERIFY(!QFileInfo::exists(QDir(m_outside).filePath(QStringLiteral("new"))));
        QVERIFY(!QFileInfo::exists(QDir(m_outside).filePath(QStringLiteral("new.txt"))));
    }

    void theRootItselfMayBeALink()
    {
        // A vault on a mounted share is often reached through a link; the root is followed.
        const QString linkedRoot = m_dir->filePath(QStringLiteral("root-link"));
        QVERIFY(QFile::link(m_root, linkedRoot));
        const PrivateTree tree(linkedRoot);
        QVERIFY_RESULT(tree.makePath(QDir(linkedRoot).filePath(QStringLiteral("x/y"))));
        QVERIFY(QFileInfo(inRoot(QStringLiteral("x/y"))).isDir());
    }

    void readsWithoutFollowing()
    {
        write(inRoot(QStringLiteral("data/file")));
        QVERIFY(QFile::link(QDir(m_outside).filePath(QStringLiteral("keep.txt")), inRoot(QStringLiteral("data/link"))));
        QVERIFY(::mkfifo(QFile::encodeName(inRoot(QStringLiteral("data/fifo"))).constData(), 0600) == 0);
        const PrivateTree tree(m_root);

        Result<std::unique_ptr<QFile>> file = tree.openForRead(inRoot(QStringLiteral("data/file")));
        QVERIFY_RESULT(file);
        QVERIFY(file.value());
        QCOMPARE(file.value()->readAll(), QByteArray("content\n"));

        const Result<std::unique_ptr<QFile>> missing = tree.openForRead(inRoot(QStringLiteral("data/none")));
        QVERIFY_RESULT(missing);
        QVERIFY(!missing.value());

        const Result<std::unique_ptr<QFile>> link = tree.openForRead(inRoot(QStringLiteral("data/link")));
        QVERIFY(!link.ok());
        QCOMPARE(link.error().code, QStringLiteral("Vault.UnexpectedLink"));

        const Result<std::unique_ptr<QFile>> fifo = tree.openForRead(inRoot(QStringLiteral("data/fifo")));
        QVERIFY(!fifo.ok());
        QCOMPARE(fifo.error().code, QStringLiteral("Vault.ReadFailed"));

        const Result<QList<PrivateTree::Entry>> entries = tree.entries(inRoot(QStringLiteral("data")));
        QVERIFY_RESULT(entries);
        QCOMPARE(entries.value(),
            (QList<PrivateTree::Entry>{{QStringLiteral("fifo"), PrivateTree::Kind::Other},
                {QStringLiteral("file"), PrivateTree::Kind::File},
                {QStringLiteral("link"), PrivateTree::Kind::Link}}));
        QCOMPARE(tree.kindOf(inRoot(QStringLiteral("data/link"))).value(), std::optional(PrivateTree::Kind::Link));
        QCOMPARE(tree.kindOf(inRoot(QStringLiteral("data"))).value(), std::optional(PrivateTree::Kind::Folder));
        QCOMPARE(tree.kindOf(inRoot(QStringLiteral("data/none/x"))).value(), std::optional<PrivateTree::Kind>());
        QVERIFY_RESULT(tree.entries(inRoot(QStringLiteral("none"))));
        QVERIFY(tree.entries(inRoot(QStringLiteral("none")))->isEmpty());
    }

    void renameRefusesALinkAndReplacesAFile()
    {
        write(inRoot(QStringLiteral("new.tmp")));
        write(inRoot(QStringLiteral("old")));
        QVERIFY(QFile::link(m_outside, inRoot(QStringLiteral("link"))));
        const PrivateTree tree(m_root);
        QVERIFY_RESULT(tree.rename(inRoot(QStringLiteral("new.tmp")), inRoot(QStringLiteral("old"))));
        QVERIFY(!QFileInfo::exists(inRoot(QStringLiteral("new.tmp"))));
        const Result<void> renamed = tree.rename(inRoot(QStringLiteral("link")), inRoot(QStringLiteral("moved")));
        QVERIFY(!renamed.ok());
        QCOMPARE(renamed.error().code, QStringLiteral("Vault.UnexpectedLink"));
        QVERIFY(QFileInfo(inRoot(QStringLiteral("link"))).isSymLink());
    }

    void createdFoldersAndFilesArePrivateWhateverTheUmask()
    {
        const mode_t previous = ::umask(022);
        const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
        const PrivateTree tree(m_root);
        QVERIFY_RESULT(tree.makePath(inRoot(QStringLiteral("x/y/z"))));
        for (const QString &folder : {QStringLiteral("x"), QStringLiteral("x/y"), QStringLiteral("x/y/z")})
            QCOMPARE(Test::modeOf(inRoot(folder)), 0700);
        Result<std::unique_ptr<QFile>> file = tree.createFile(inRoot(QStringLiteral("x/y/z/data")));
        QVERIFY_RESULT(file);
        QCOMPARE(file.value()->write("abc"), qint64(3));
        file.value()->close();
        QCOMPARE(Test::modeOf(inRoot(QStringLiteral("x/y/z/data"))), 0600);
        QCOMPARE(Test::readFile(inRoot(QStringLiteral("x/y/z/data"))), QByteArray("abc"));
        // A name that exists (or a link in its place) is never opened for writing.
        QVERIFY(!tree.createFile(inRoot(QStringLiteral("x/y/z/data"))).ok());
        QVERIFY(QFile::link(QDir(m_outside).filePath(QStringLiteral("keep.txt")), inRoot(QStringLiteral("x/l"))));
        const Result<std::unique_ptr<QFile>> through = tree.createFile(inRoot(QStringLiteral("x/l")));
        QVERIFY(!through.ok());
        QCOMPARE(through.error().code, QStringLiteral("Vault.UnexpectedLink"));
        QVERIFY(outsideIntact());
    }

    void pathsOutsideTheRootAreRefused()
    {
        const PrivateTree tree(m_root);
        const Result<void> removed = tree.remove(m_outside);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("Vault.OutsideTree"));
        QVERIFY(!tree.remove(inRoot(QStringLiteral("../outside"))).ok());
        QVERIFY(!tree.remove(m_root).ok());
        QVERIFY(outsideIntact());
    }

private:
    QString inRoot(const QString &relative) const { return QDir(m_root).filePath(relative); }

    static void write(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("content\n");
    }

    bool outsideIntact() const
    {
        return Test::readFile(QDir(m_outside).filePath(QStringLiteral("keep.txt"))) == "content\n"
            && Test::readFile(QDir(m_outside).filePath(QStringLiteral("sub/keep.txt"))) == "content\n";
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_outside;
};

QTEST_GUILESS_MAIN(TestPrivateTree)
#include "TestPrivateTree.moc"
