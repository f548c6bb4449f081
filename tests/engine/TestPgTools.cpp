#include "engine/process/PgTools.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace PgVault;

/// Checks PostgreSQL tool discovery on this machine (Debian 12's PostgreSQL 15) and version rules.
class TestPgTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesVersion_data();
    void parsesVersion();
    void rejectsNonPostgresVersion();
    void findsDebianClientTools();
    void findsServerPrograms();
    void acceptsServersUpToItsOwnMajor();
    void newerServerNamesPackageAndRepository();
    void debianMajorNeedsNoExtraRepository();
    void ignoresIncompleteDirectories();
    void resolvesSymlinksToTheRealPrograms();
    void noToolsAtAllSaysWhatToInstall();
};

void TestPgTools::parsesVersion_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("Debian 15.18") << QStringLiteral("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n") << 15 << 18
                                  << QStringLiteral("15.18");
    QTest::newRow("PGDG 17.2 on Ubuntu") << QStringLiteral("pg_dump (PostgreSQL) 17.2 (Ubuntu 17.2-1.pgdg22.04+1)")
                                         << 17 << 2 << QStringLiteral("17.2");
    QTest::newRow("plain 16.0") << QStringLiteral("psql (PostgreSQL) 16.0") << 16 << 0 << QStringLiteral("16.0");
    QTest::newRow("development build") << QStringLiteral("pg_dump (PostgreSQL) 18devel") << 18 << 0
                                       << QStringLiteral("18devel");
    QTest::newRow("beta") << QStringLiteral("postgres (PostgreSQL) 16beta2") << 16 << 0 << QStringLiteral("16beta2");
    QTest::newRow("pre-10 three-part version")
        << QStringLiteral("pg_dump (PostgreSQL) 9.6.24") << 9 << 6 << QStringLiteral("9.6.24");
    QTest::newRow("only the first line counts")
        << QStringLiteral("pg_dump (PostgreSQL) 14.11\nsomething (PostgreSQL) 99.1") << 14 << 11
        << QStringLiteral("14.11");
}

void TestPgTools::parsesVersion()
{
    QFETCH(QString, output);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(QString, text);
    const Result<PgVersion> version = PgVersion::parse(output);
    QVERIFY_RESULT(version);
    QCOMPARE(version->major, major);
    QCOMPARE(version->minor, minor);
    QCOMPARE(version->text, text);
}

void TestPgTools::rejectsNonPostgresVersion()
{
    const Result<PgVersion> version = PgVersion::parse(QStringLiteral("mysqldump  Ver 10.19 Distrib 10.11.6-MariaDB"));
    QVERIFY(!version);
    QCOMPARE(version.error().code, QStringLiteral("PgTools.BadVersion"));
    QVERIFY(version.error().message.contains(QLatin1String("mysqldump")));
}

void TestPgTools::findsDebianClientTools()
{
    const PgTools tools = PgTools::discover();
    const Result<ToolSet> newest = tools.newest();
    QVERIFY_RESULT(newest);
    QVERIFY2(newest->version.major >= 15, qPrintable(newest->version.text));
    const auto fifteen = std::find_if(
        tools.toolSets().cbegin(), tools.toolSets().cend(), [](const ToolSet &set) { return set.version.major == 15; });
    QVERIFY2(fifteen != tools.toolSets().cend(), "Debian 12's PostgreSQL 15 client tools were not found");
    // The real binaries, not Debian's pg_wrapper that picks a major at run time.
    QCOMPARE(fifteen->binDir, QStringLiteral("/usr/lib/postgresql/15/bin"));
    QCOMPARE(fifteen->pgDump, QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"));
    QCOMPARE(fifteen->pgDumpAll, QStringLiteral("/usr/lib/postgresql/15/bin/pg_dumpall"));
    QCOMPARE(fifteen->pgRestore, QStringLiteral("/usr/lib/postgresql/15/bin/pg_restore"));
    QCOMPARE(fifteen->psql, QStringLiteral("/usr/lib/postgresql/15/bin/psql"));
    for (int i = 1; i < tools.toolSets().size(); ++i)
        QVERIFY(tools.toolSets().at(i - 1).version.major > tools.toolSets().at(i).version.major);
}

void TestPgTools::findsServerPrograms()
{
    const Result<ServerTools> server = PgTools::discover().newestServerTools();
    QVERIFY_RESULT(server);
    QVERIFY(server->version.major >= 15);
    QVERIFY(QFileInfo(server->initdb).isExecutable());
    QVERIFY(QFileInfo(server->pgCtl).isExecutable());
    QVERIFY(QFileInfo(server->postgres).isExecutable());
    QCOMPARE(QFileInfo(server->initdb).fileName(), QStringLiteral("initdb"));
}

void TestPgTools::acceptsServersUpToItsOwnMajor()
{
    const PgTools tools = PgTools::discover();
    QVERIFY_RESULT(tools.newest());
    const int major = tools.newest()->version.major;
    const Result<ToolSet> same = tools.forServerMajor(major);
    QVERIFY_RESULT(same);
    QCOMPARE(same->version.major, major);
    const Result<ToolSet> older = tools.forServerMajor(12);
    QVERIFY_RESULT(older);
    QCOMPARE(older->version.major, major); // the newest set dumps older servers too
    const Result<ToolSet> newer = tools.forServerMajor(major + 1);
    QVERIFY(!newer);
}

void TestPgTools::newerServerNamesPackageAndRepository()
{
    const PgTools tools = PgTools::discover();
    QVERIFY_RESULT(tools.newest());
    const Result<ToolSet> chosen = tools.forServerMajor(99);
    QVERIFY(!chosen);
    const Error &error = chosen.error();
    QCOMPARE(error.code, QStringLiteral("PgTools.ClientTooOld"));
    QVERIFY2(error.message.contains(QLatin1String("PostgreSQL 99")), qPrintable(error.message));
    QVERIFY2(error.message.contains(tools.newest()->version.text), qPrintable(error.message));
    QVERIFY2(error.message.contains(tools.newest()->pgDump), qPrintable(error.message));
    QVERIFY2(error.remedy.contains(QLatin1String("postgresql-client-99")), qPrintable(error.remedy));
    QVERIFY2(error.remedy.contains(QLatin1String("apt.postgresql.org")), qPrintable(error.remedy));
}

void TestPgTools::debianMajorNeedsNoExtraRepository()
{
    // Stand-in programs that only answer --version: an old 13.4 client set.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"pg_dump", "pg_dumpall", "pg_restore", "psql"}) {
        QFile script(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QByteArray("#!/bin/sh\necho '") + name + " (PostgreSQL) 13.4'\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    const PgTools old = PgTools::discover({dir.path()});
    QCOMPARE(old.toolSets().size(), 1);
    QCOMPARE(old.toolSets().first().version.text, QStringLiteral("13.4"));
    QVERIFY_RESULT(old.forServerMajor(13));
    const Result<ToolSet> fifteen = old.forServerMajor(15);
    QVERIFY(!fifteen);
    QVERIFY2(fifteen.error().message.contains(QLatin1String("13.4")), qPrintable(fifteen.error().message));
    QVERIFY2(fifteen.error().remedy.contains(QLatin1String("apt-get install postgresql-client-15")),
        qPrintable(fifteen.error().remedy));
    QVERIFY2(!fifteen.error().remedy.contains(QLatin1String("apt.postgresql.org")), qPrintable(fifteen.error().remedy));
}

void TestPgTools::ignoresIncompleteDirectories()
{
    // A directory with pg_dump but no pg_restore cannot serve backup and restore: skip it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::link(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"), dir.filePath(QStringLiteral("pg_dump"))));
    QVERIFY(QFile::link(QStringLiteral("/usr/lib/postgresql/15/bin/psql"), dir.filePath(QStringLiteral("psql"))));
    const PgTools partial = PgTools::discover({dir.path()});
    QVERIFY(partial.toolSets().isEmpty());

    const PgTools complete = PgTools::discover({dir.path(), QStringLiteral("/usr/lib/postgresql/15/bin")});
    QCOMPARE(complete.toolSets().size(), 1);
    QCOMPARE(complete.toolSets().first().binDir, QStringLiteral("/usr/lib/postgresql/15/bin"));
}

void TestPgTools::resolvesSymlinksToTheRealPrograms()
{
    // e.g. /usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl: psql and pgbench are found
    // beside the real program, not beside the link.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"pg_dump", "pg_dumpall", "pg_restore", "psql", "initdb", "pg_ctl", "postgres"}) {
        const QString program = QString::fromLatin1(name);
        QVERIFY(QFile::link(QStringLiteral("/usr/lib/postgresql/15/bin/") + program, dir.filePath(program)));
    }
    const PgTools linked = PgTools::discover({dir.path()});
    QCOMPARE(linked.toolSets().size(), 1);
    QCOMPARE(linked.toolSets().first().binDir, QStringLiteral("/usr/lib/postgresql/15/bin"));
    QCOMPARE(linked.toolSets().first().psql, QStringLiteral("/usr/lib/postgresql/15/bin/psql"));
    QVERIFY_RESULT(linked.newestServerTools());
    QCOMPARE(linked.newestServerTools()->binDir, QStringLiteral("/usr/lib/postgresql/15/bin"));
    QCOMPARE(linked.newestServerTools()->initdb, QStringLiteral("/usr/lib/postgresql/15/bin/initdb"));
}

void TestPgTools::noToolsAtAllSaysWhatToInstall()
{
    QTemporaryDir empty;
    const PgTools none = PgTools::discover({empty.path()});
    QVERIFY(!none.newest());
    QVERIFY(none.newest().error().remedy.contains(QLatin1String("postgresql-client")));
    QVERIFY(!none.newestServerTools());
    QCOMPARE(none.newestServerTools().error().code, QStringLiteral("PgTools.ServerNotFound"));
}

QTEST_GUILESS_MAIN(TestPgTools)

#include "TestPgTools.moc"
