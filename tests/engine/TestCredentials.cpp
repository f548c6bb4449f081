#include "engine/instances/Credentials.h"
#include "tests/support/CapturedLog.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <optional>

using namespace PgVault;

namespace {

const char ProbeVariable[] = "PGVAULT_TEST_KEYCHAIN_PROBE";

void printResult(const char *operation, const CredentialResult &result)
{
    const QByteArray text = QStringLiteral("%1 code=%2\n%1 message=%3\n%1 remedy=%4\n")
                                .arg(QString::fromLatin1(operation),
                                    CredentialResult::codeName(result.code),
                                    result.message,
                                    result.remedy)
                                .toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

// Runs in a child copy of this binary whose session bus does not exist: writes then reads a key
// and prints both outcomes for the parent test to check.
int runKeychainProbe(QCoreApplication &app)
{
    Credentials credentials;
    const QString key = Credentials::serverPasswordKey(QStringLiteral("probe"));
    credentials.write(key, QStringLiteral("probe-secret"), nullptr, [&](const CredentialResult &written) {
        printResult("write", written);
        credentials.read(key, nullptr, [](const CredentialResult &read) {
            printResult("read", read);
            QCoreApplication::exit(0);
        });
    });
    return app.exec();
}

} // namespace

/// Runs Credentials against the real Secret Service of scripts/with-keyring.sh, and without any.
class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysAreNamespacedById();
    void writeReadOverwriteRemoveAgainstSecretService();
    void destroyedContextGetsNoCallback();
    void missingKeychainFailsWithRemedyAndStoresNothing();
};

void TestCredentials::initTestCase()
{
    // A missing keychain must fail this test, never skip it: ctest runs inside with-keyring.sh.
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "no D-Bus session: run this test through scripts/with-keyring.sh (scripts/test.sh does)");
    Test::CapturedLog::install();
}

void TestCredentials::cleanupTestCase()
{
    Test::CapturedLog::uninstall();
}

void TestCredentials::keysAreNamespacedById()
{
    QCOMPARE(Credentials::service(), QStringLiteral("pgvault"));
    QCOMPARE(Credentials::serverPasswordKey(QStringLiteral("6f1c")), QStringLiteral("server/6f1c/password"));
    QCOMPARE(Credentials::vaultKey(QStringLiteral("a2b3")), QStringLiteral("vault/a2b3/key"));
}

void TestCredentials::writeReadOverwriteRemoveAgainstSecretService()
{
    Credentials credentials;
    const QString key = Credentials::serverPasswordKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString secret = QStringLiteral("s3cret-Ünïcode-%1").arg(QUuid::createUuid().toString());
    const QString secondSecret = QStringLiteral("second-%1").arg(QUuid::createUuid().toString());
    std::optional<CredentialResult> got;
    const auto store = [&got](const CredentialResult &result) {
        got = result;
    };

    credentials.write(key, secret, this, store);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY2(got->ok(), qPrintable(got->message + QLatin1Char(' ') + got->remedy));

    got.reset();
    credentials.read(key, this, store);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY2(got->ok(), qPrintable(got->message));
    QCOMPARE(got->secret, secret);

    got.reset();
    credentials.write(key, secondSecret, this, store);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY(got->ok());
    got.reset();
    credentials.read(key, this, store);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QCOMPARE(got->secret, secondSecret);

    got.reset();
    credentials.remove(key, this, store);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY2(got->ok(), qPrintable(got->message));

    got.reset();
    credentials.read(key, this, store);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QCOMPARE(got->code, CredentialResult::Code::NotFound);
    QVERIFY(got->secret.isEmpty());
    QVERIFY2(got->remedy.contains(QLatin1String("password again")), qPrintable(got->remedy));
    QCOMPARE(got->error().code, QStringLiteral("Credentials.NotFound"));

    const QStringList logged = Test::CapturedLog::lines();
    for (const QString &line : logged) {
        QVERIFY2(!line.contains(secret) && !line.contains(secondSecret), "a secret reached the log");
    }
}

void TestCredentials::destroyedContextGetsNoCallback()
{
    Credentials credentials;
    const QString key = Credentials::serverPasswordKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
    bool calledForGone = false;
    std::optional<CredentialResult> got;
    {
        QObject gone;
        credentials.read(key, &gone, [&calledForGone](const CredentialResult &) { calledForGone = true; });
    }
    // Jobs finish in order on one D-Bus connection, so once this one reports the first has too.
    credentials.read(key, this, [&got](const CredentialResult &result) { got = result; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QCOMPARE(got->code, CredentialResult::Code::NotFound);
    QVERIFY(!calledForGone);
}

void TestCredentials::missingKeychainFailsWithRemedyAndStoresNothing()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ProbeVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // A plaintext fallback would land under HOME/XDG_CONFIG_HOME: they must stay empty.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pgvault.*.debug=true"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());

    QVERIFY2(out.contains(QLatin1String("write code=KeychainUnavailable")), qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("read code=KeychainUnavailable")), qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("read message=The system keychain is not reachable (")), qPrintable(out));
    QVERIFY2(out.contains(
                 QLatin1String("read remedy=Start gnome-keyring or KWallet (a Secret Service provider) and retry.")),
        qPrintable(out));
    QVERIFY2(err.contains(QLatin1String("retrying in")), qPrintable(err)); // the start-up race retry ran
    QVERIFY2(!err.contains(QLatin1String("probe-secret")), "the secret reached the log");
    const QStringList leftovers = QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1String(", "))));
}

// QTEST_GUILESS_MAIN, plus the child mode used by missingKeychainFailsWithRemedyAndStoresNothing.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ProbeVariable))
        return runKeychainProbe(app);
    TestCredentials test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCredentials.moc"
