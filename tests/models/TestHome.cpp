#include "models/Home.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace PgVault;

/// Tests Home: where PgVault's state lives and that its folder is private to the user.
class TestHome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitPathWinsOverTheEnvironment()
    {
        const QByteArray previous = qgetenv("PGVAULT_HOME");
        const auto restore = qScopeGuard([previous] { qputenv("PGVAULT_HOME", previous); });
        qputenv("PGVAULT_HOME", "/from/environment");
        QCOMPARE(Home().path(), QStringLiteral("/from/environment"));
        const Home home(m_dir.filePath(QStringLiteral("explicit")));
        QCOMPARE(home.path(), m_dir.filePath(QStringLiteral("explicit")));
        QCOMPARE(home.catalogPath(), m_dir.filePath(QStringLiteral("explicit/catalog.sqlite")));
    }

    void newHomeIsPrivateWhateverTheUmask()
    {
        const mode_t previous = ::umask(022);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        const Home home(m_dir.filePath(QStringLiteral("new/home")));
        QVERIFY(home.ensureExists());
        QCOMPARE(Test::modeOf(home.path()), 0700);
    }

    void existingReadableHomeIsMadePrivate()
    {
        // A home made by hand (mkdir, umask 022) would show the catalog's folder to every user.
        const QString path = m_dir.filePath(QStringLiteral("by-hand"));
        QVERIFY(QDir().mkdir(path));
        QVERIFY(QFile::setPermissions(path,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(Home(path).ensureExists());
        QCOMPARE(Test::modeOf(path), 0700);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHome)
#include "TestHome.moc"
