#include "engine/process/ChildEnvironment.h"
#include "engine/process/ChildProcessGroup.h"
#include "engine/process/ToolRun.h"
#include "tests/support/TempPostgres.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace PgVault;
using PgVault::Test::TempPostgres;

/// ChildEnvironment against a real server with scram passwords: the password reaches psql without
/// ever being written to a file (TMPDIR, the runtime folder), and only the children started through
/// ChildProcessGroup can read it.
class TestChildEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passwordReachesTheChildWithoutAFile();
    void otherChildrenCannotReadThePassword();

private:
    /// The files under `folder` that hold `secret`.
    static QStringList filesHolding(const QString &folder, const QByteArray &secret);
    /// A ChildEnvironment for the role "watched", made while TMPDIR points at m_tmp.
    std::unique_ptr<ChildEnvironment> environmentInPrivateTmp() const;

    TempPostgres m_pg;
    QTemporaryDir m_tmp;
    ServerConnection m_connection;
};

void TestChildEnvironment::initTestCase()
{
    QVERIFY_RESULT(m_pg.start());
    QVERIFY(m_tmp.isValid());
    m_connection = m_pg.connection();
    m_connection.user = QStringLiteral("watched");
    // ':' and '\' need escaping in a passfile line.
    m_connection.password = QStringLiteral("Zq9:\\env-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY_RESULT(m_pg.createRole(m_connection.user, m_connection.password));
}

QStringList TestChildEnvironment::filesHolding(const QString &folder, const QByteArray &secret)
{
    QStringList found;
    if (folder.isEmpty())
        return found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile() && Test::readFile(path).contains(secret))
            found << path;
    }
    return found;
}

std::unique_ptr<ChildEnvironment> TestChildEnvironment::environmentInPrivateTmp() const
{
    const QByteArray tmpdir = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    auto environment = std::make_unique<ChildEnvironment>(m_connection);
    if (tmpdir.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", tmpdir);
    return environment;
}

void TestChildEnvironment::passwordReachesTheChildWithoutAFile()
{
    const std::unique_ptr<ChildEnvironment> environment = environmentInPrivateTmp();
    const QByteArray secret = m_connection.password.toUtf8();
    // The passfile is a descriptor the child inherits, not a path on a disk.
    QVERIFY2(
        environment->passfilePath().startsWith(QLatin1String("/dev/fd/")), qPrintable(environment->passfilePath()));
    const QProcessEnvironment childEnvironment = environment->forDatabase(QStringLiteral("postgres"));
    QVERIFY(!childEnvironment.contains(QStringLiteral("PGPASSWORD")));

    // A real scram login with it, while nothing on disk holds the password.
    const Result<ToolOutcome> ran = ToolRun::run(m_pg.serverTools().binDir + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-A"), QStringLiteral("-t")},
        childEnvironment,
        "SELECT current_user;\n");
    QVERIFY_RESULT(ran);
    QVERIFY2(ran->exitCode == 0, qPrintable(ran->err));
    QCOMPARE(ran->out.trimmed(), m_connection.user);
    QVERIFY(!ran->err.contains(QLatin1String("WARNING"))); // libpq accepted the passfile's permissions

    for (const QString &folder : {m_tmp.path(), qEnvironmentVariable("XDG_RUNTIME_DIR")}) {
        const QStringList holding = filesHolding(folder, secret);
        QVERIFY2(holding.isEmpty(), qPrintable(QStringLiteral("the password is on disk: ") + holding.join(u' ')));
    }
}

void TestChildEnvironment::otherChildrenCannotReadThePassword()
{
    const std::unique_ptr<ChildEnvironment> environment = environmentInPrivateTmp();
    const QString passfile = environment->passfilePath();
    QVERIFY(!passfile.isEmpty());
    const auto readAsChild = [&](bool throughChildProcessGroup) {
        QProcess process;
        process.setProcessEnvironment(environment->forDatabase());
        if (throughChildProcessGroup)
            ChildProcessGroup::separate(process);
        process.start(QStringLiteral("cat"), {passfile});
        process.waitForFinished(10000);
        return process.readAllStandardOutput();
    };
    // A program started some other way (the GUI opening a browser, the agent starting a server)
    // does not inherit the descriptor.
    QVERIFY(!readAsChild(false).contains(m_connection.password.section(u'-', 1).toUtf8()));
    QVERIFY(readAsChild(true).contains(m_connection.password.section(u'-', 1).toUtf8()));
}

QTEST_GUILESS_MAIN(TestChildEnvironment)
#include "TestChildEnvironment.moc"
