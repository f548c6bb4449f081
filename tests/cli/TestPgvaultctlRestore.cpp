#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace PgVault;
using PgVault::Test::TempPostgres;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// pgvaultctl restore and verify end to end, as a user runs them: a real server backed up with
/// backup-now, restored as files and into the server under new names with the password piped
/// in, refusals with exit code 2, and verify with and without a test restore.
class TestPgvaultctlRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoreAsFiles();
    void restoreToServer();
    void verify();
    void badUsage();

private:
    Run ctl(const QStringList &arguments, const QByteArray &input = {});
    QStringList serverOptions() const;

    TempPostgres m_pg;
    QTemporaryDir m_home;
    QTemporaryDir m_out;
};

Run TestPgvaultctlRestore::ctl(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGVAULT_HOME"), m_home.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PGVAULTCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QStringList TestPgvaultctlRestore::serverOptions() const
{
    return {QStringLiteral("--to-server"),
        QStringLiteral("--host"),
        m_pg.host(),
        QStringLiteral("--port"),
        QString::number(m_pg.port()),
        QStringLiteral("--user"),
        m_pg.superuser(),
        QStringLiteral("--sslmode"),
        QStringLiteral("disable"),
        QStringLiteral("--password-stdin")};
}

void TestPgvaultctlRestore::initTestCase()
{
    QVERIFY_RESULT(m_pg.start());
    QVERIFY_RESULT(m_pg.createDatabase(QStringLiteral("shop")));
    QVERIFY_RESULT(m_pg.psql(QStringLiteral("shop"),
        QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, total numeric); "
                       "INSERT INTO orders SELECT g, g * 1.5 FROM generate_series(1, 1000) g;")));
    const Run policy = ctl({QStringLiteral("policy"),
        QStringLiteral("create"),
        QStringLiteral("--name"),
        QStringLiteral("Nightly"),
        QStringLiteral("--days"),
        QStringLiteral("Sun"),
        QStringLiteral("--time"),
        QStringLiteral("02:00"),
        QStringLiteral("--time-zone"),
        QStringLiteral("UTC"),
        QStringLiteral("--yearly"),
        QStringLiteral("P5Y")});
    QVERIFY2(policy.exitCode == 0, qPrintable(policy.err));
    const Run add = ctl({QStringLiteral("instance"),
                            QStringLiteral("add"),
                            QStringLiteral("shop-server"),
                            QStringLiteral("--host"),
                            m_pg.host(),
                            QStringLiteral("--port"),
                            QString::number(m_pg.port()),
                            QStringLiteral("--user"),
                            m_pg.superuser(),
                            QStringLiteral("--sslmode"),
                            QStringLiteral("disable"),
                            QStringLiteral("--policy"),
                            QStringLiteral("Nightly"),
                            QStringLiteral("--password-stdin")},
        m_pg.superuserPassword().toUtf8() + "\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run backup = ctl({QStringLiteral("backup-now"), QStringLiteral("shop-server")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
}

void TestPgvaultctlRestore::restoreAsFiles()
{
    const QString folder = m_out.filePath(QStringLiteral("files"));
    const QStringList arguments{QStringLiteral("restore"),
        QStringLiteral("shop-server"),
        QStringLiteral("latest"),
        QStringLiteral("--to-folder"),
        folder,
        QStringLiteral("--file-prefix"),
        QStringLiteral("x-")};
    const Run first = ctl(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.err.contains(QStringLiteral("started restore job")));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("x-db-shop.dump"))));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("x-RESTORE.txt"))));
    const Run again = ctl(arguments);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already exist")) && again.err.contains(QStringLiteral("--overwrite")),
        qPrintable(again.err));
    QCOMPARE(ctl(arguments + QStringList{QStringLiteral("--overwrite")}).exitCode, 0);
}

void TestPgvaultctlRestore::restoreToServer()
{
    const QStringList arguments
        = QStringList{QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")}
        + serverOptions()
        + QStringList{QStringLiteral("--database"),
            QStringLiteral("shop=shop2"),
            QStringLiteral("--database"),
            QStringLiteral("postgres=postgres2"),
            QStringLiteral("--jobs"),
            QStringLiteral("2")};
    const Run restored = ctl(arguments, m_pg.superuserPassword().toUtf8() + "\n");
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(!restored.out.contains(m_pg.superuserPassword()) && !restored.err.contains(m_pg.superuserPassword()));
    QCOMPARE(m_pg.psql(QStringLiteral("shop2"), QStringLiteral("SELECT count(*) FROM orders;")).value().trimmed(),
        QStringLiteral("1000"));
    // Naming databases restores only those.
    const Run only = ctl(QStringList{QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")}
            + serverOptions() + QStringList{QStringLiteral("--database"), QStringLiteral("shop=shop3")},
        m_pg.superuserPassword().toUtf8() + "\n");
    QVERIFY2(only.exitCode == 0, qPrintable(only.err));
    QCOMPARE(m_pg.psql(QStringLiteral("shop3"), QStringLiteral("SELECT count(*) FROM orders;")).value().trimmed(),
        QStringLiteral("1000"));
    QCOMPARE(m_pg.psql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'postgres%';"))
                 .value()
                 .trimmed(),
        QStringLiteral("2")); // postgres and postgres2 from above, no third copy
    const Run again = ctl(arguments, m_pg.superuserPassword().toUtf8() + "\n");
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("shop2")) && again.err.contains(QStringLiteral("--clean")),
        qPrintable(again.err));
}

void TestPgvaultctlRestore::verify()
{
    const Run plain = ctl({QStringLiteral("verify"), QStringLiteral("shop-server")});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QVERIFY(plain.out.contains(QStringLiteral("passed")));
    const Run drill = ctl({QStringLiteral("verify"),
                              QStringLiteral("shop-server"),
                              QStringLiteral("latest"),
                              QStringLiteral("--test-restore"),
                              QStringLiteral("--scratch-host"),
                              m_pg.host(),
                              QStringLiteral("--scratch-port"),
                              QString::number(m_pg.port()),
                              QStringLiteral("--scratch-user"),
                              m_pg.superuser(),
                              QStringLiteral("--password-stdin")},
        m_pg.superuserPassword().toUtf8() + "\n");
    QVERIFY2(drill.exitCode == 0, qPrintable(drill.err));
    QVERIFY(drill.out.contains(QStringLiteral("test restore")));
}

void TestPgvaultctlRestore::badUsage()
{
    const Run noTarget = ctl({QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")});
    QCOMPARE(noTarget.exitCode, 2);
    const Run noPoint = ctl({QStringLiteral("restore"),
        QStringLiteral("shop-server"),
        QStringLiteral("ffff0000"),
        QStringLiteral("--to-folder"),
        m_out.filePath(QStringLiteral("none"))});
    QCOMPARE(noPoint.exitCode, 2);
    QVERIFY(noPoint.err.contains(QStringLiteral("pgvaultctl points shop-server")));
    const Run badMap
        = ctl(QStringList{QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")}
            + serverOptions() + QStringList{QStringLiteral("--database"), QStringLiteral("=nosource")});
    QCOMPARE(badMap.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPgvaultctlRestore)
#include "TestPgvaultctlRestore.moc"
