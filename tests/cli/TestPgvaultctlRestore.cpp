#include "engine/restore/RestorePlan.h"
#include "models/Catalog.h"
#include "models/Home.h"
#include "models/instances/InstanceRepository.h"
#include "models/points/PointRepository.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
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
/// in, refusals with exit code 2, --validate-only answering as the restore wizard does (both ask
/// RestorePlan), a damaged point that must not cost --clean the databases it
/// would replace, and verify with and without a test restore.
class TestPgvaultctlRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoreAsFiles();
    void validateOnlyGivesTheWizardsAnswers();
    void restoreToServer();
    void cleanWithADamagedFileKeepsTheOriginals();
    void verify();
    void badUsage();

private:
    Run ctl(const QStringList &arguments, const QByteArray &input = {});
    QStringList serverOptions() const;
    /// The stored file `name` of the point (there is one point: initTestCase's backup).
    QString vaultFile(const QString &name) const;

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

void TestPgvaultctlRestore::validateOnlyGivesTheWizardsAnswers()
{
    // restoreAsFiles left x-* files in "files": validation fails on the names, restores nothing.
    const QString folder = m_out.filePath(QStringLiteral("files"));
    const auto files = [&folder] {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    };
    const QStringList before = files();
    QVERIFY(!before.isEmpty());
    const QStringList arguments{QStringLiteral("restore"),
        QStringLiteral("shop-server"),
        QStringLiteral("latest"),
        QStringLiteral("--to-folder"),
        folder,
        QStringLiteral("--file-prefix"),
        QStringLiteral("x-"),
        QStringLiteral("--validate-only")};
    const Run refused = ctl(arguments);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(files(), before);
    QVERIFY2(!refused.err.contains(QStringLiteral("started restore job")), qPrintable(refused.err));

    // The same request asked of the engine service the wizard's Validate page runs.
    const Result<std::unique_ptr<Catalog>> catalog = Catalog::open(Home(m_home.path()).catalogPath());
    QVERIFY_RESULT(catalog);
    const Result<std::optional<BackupInstance>> instance
        = InstanceRepository(catalog.value()->database()).find(QStringLiteral("shop-server"));
    QVERIFY_RESULT(instance);
    QVERIFY(instance->has_value());
    const Result<QList<RecoveryPoint>> points
        = PointRepository(catalog.value()->database()).listForInstance(instance->value().id);
    QVERIFY_RESULT(points);
    QCOMPARE(points->size(), 1);
    RestoreRequest request;
    request.target = RestoreRequest::Target::Folder;
    request.folder = folder;
    request.filePrefix = QStringLiteral("x-");
    const RestoreValidation expected = RestorePlan::validate(request, points->constFirst());
    QVERIFY(!expected.passed());
    QStringList expectedLines;
    for (const RestoreValidation::Check &check : expected.checks) {
        const QString status = check.status == RestoreValidation::Status::Passed
            ? QStringLiteral("passed")
            : (check.status == RestoreValidation::Status::Warning ? QStringLiteral("warning")
                                                                  : QStringLiteral("failed"));
        QString line = status + QStringLiteral(": ") + check.title + QStringLiteral(": ") + check.message;
        if (!check.remedy.isEmpty())
            line += QLatin1Char(' ') + check.remedy;
        expectedLines << line;
    }
    // Free space moves between the two runs; every other line is the same, word for word.
    const QStringList printed = refused.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(printed.size(), expectedLines.size() + 1);
    for (qsizetype i = 0; i < expectedLines.size(); ++i) {
        if (expected.checks.at(i).title == QLatin1String("Free space"))
            QVERIFY(printed.at(i).startsWith(QStringLiteral("passed: Free space: ")));
        else
            QCOMPARE(printed.at(i), expectedLines.at(i));
    }
    QVERIFY(refused.out.contains(QStringLiteral("These files exist already: x-db-postgres.dump")));

    // With --overwrite the same check is a warning and the restore could run.
    const Run allowed = ctl(arguments + QStringList{QStringLiteral("--overwrite")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out + allowed.err));
    QVERIFY2(allowed.out.contains(QStringLiteral("warning: File names: These files will be overwritten")),
        qPrintable(allowed.out));
    QCOMPARE(files(), before);
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

QString TestPgvaultctlRestore::vaultFile(const QString &name) const
{
    QDirIterator it(m_home.path(), {name}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

void TestPgvaultctlRestore::cleanWithADamagedFileKeepsTheOriginals()
{
    // shop2 and postgres2 exist from restoreToServer; a table the backup lacks marks them.
    const QStringList targets{QStringLiteral("postgres2"), QStringLiteral("shop2")};
    for (const QString &target : targets)
        QVERIFY_RESULT(m_pg.psql(target, QStringLiteral("CREATE TABLE kept_original (id int);")));
    // "postgres" sorts before "shop": its database would be replaced before shop's file is read.
    const QString damaged = vaultFile(QStringLiteral("db-shop.dump.zst"));
    QVERIFY(!damaged.isEmpty());
    const auto flip = [&damaged] {
        QFile file(damaged);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        const qint64 at = file.size() / 2;
        char byte = 0;
        file.seek(at);
        file.getChar(&byte);
        file.seek(at);
        return file.putChar(char(byte ^ 0x5a));
    };
    QVERIFY(flip());
    const auto repair = qScopeGuard([&] {
        flip(); // flipped twice is whole again, for verify()
        for (const QString &target : targets)
            (void)m_pg.psql(target, QStringLiteral("DROP TABLE IF EXISTS kept_original;"));
    });

    const Run restored
        = ctl(QStringList{QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")}
                + serverOptions()
                + QStringList{QStringLiteral("--database"),
                    QStringLiteral("postgres=postgres2"),
                    QStringLiteral("--database"),
                    QStringLiteral("shop=shop2"),
                    QStringLiteral("--clean")},
            m_pg.superuserPassword().toUtf8() + "\n");
    QCOMPARE(restored.exitCode, 1);
    QVERIFY2(restored.err.contains(QStringLiteral("db-shop.dump.zst")), qPrintable(restored.err));
    for (const QString &target : targets) {
        const Result<QString> mark = m_pg.psql(target, QStringLiteral("SELECT count(*) FROM kept_original;"));
        QVERIFY2(mark.ok(), qPrintable(target + QStringLiteral(": ") + mark.error().text()));
    }
    QCOMPARE(m_pg.psql(QStringLiteral("shop2"), QStringLiteral("SELECT count(*) FROM orders;")).value().trimmed(),
        QStringLiteral("1000"));
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

    // Two databases into one: refused before a job starts, naming the name they share.
    const QList<std::pair<QStringList, QString>> duplicates{
        {{QStringLiteral("shop=twin"), QStringLiteral("postgres=twin")}, QStringLiteral("twin")},
        {{QStringLiteral("shop=postgres"), QStringLiteral("postgres")}, QStringLiteral("postgres")},
        {{QStringLiteral("shop=one"), QStringLiteral("shop=two")}, QStringLiteral("shop")},
    };
    for (const auto &[mappings, duplicate] : duplicates) {
        QStringList arguments{QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")};
        arguments << serverOptions() << QStringLiteral("--clean");
        for (const QString &mapping : mappings)
            arguments << QStringLiteral("--database") << mapping;
        const Run refused = ctl(arguments, m_pg.superuserPassword().toUtf8() + "\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("\"%1\"").arg(duplicate)), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("started restore job")), qPrintable(refused.err));
    }
    QCOMPARE(m_pg.psql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'twin';"))
                 .value()
                 .trimmed(),
        QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestPgvaultctlRestore)
#include "TestPgvaultctlRestore.moc"
