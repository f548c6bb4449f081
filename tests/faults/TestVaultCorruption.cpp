#include "tests/faults/FaultFixture.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>

using namespace PgVault;
using PgVault::Test::FaultFixture;

namespace {

/// How a stored file is damaged: one byte flipped at a position, or cut to a length.
enum class Damage { FlipStart, FlipMiddle, FlipEnd, TruncateEmpty, TruncateHalf };

} // namespace

Q_DECLARE_METATYPE(Damage)

/// Every file of a committed point damaged in turn (a byte flipped at its start, middle and end;
/// cut to nothing and to half): verify reports the point damaged naming the file, and restore
/// as files and to the server refuses it with nothing written to the target.
class TestVaultCorruption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void cleanupTestCase();

private:
    static bool damage(const QString &path, Damage how);
    QStringList existingTargets() const;

    FaultFixture m_fixture;
    QTemporaryDir m_out;
    QString m_pointFolder;
    int m_caught = 0;
    int m_cases = 0;
    QStringList m_serverRestoreIgnores; ///< files a restore to the server never reads
};

void TestVaultCorruption::initTestCase()
{
    QVERIFY_RESULT(m_fixture.start());
    const FaultFixture::Run backup = m_fixture.ctl({QStringLiteral("backup-now"), QStringLiteral("shop-server")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QString points = FaultFixture::pointsFolder(m_fixture.localVault());
    const QStringList ids = QDir(points).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(ids.size(), 1);
    m_pointFolder = QDir(points).filePath(ids.first());
}

void TestVaultCorruption::damagedFileIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Damage>("how");
    // The point's files as a backup writes them; the test fails below if one is missing.
    const QStringList files{QStringLiteral("manifest.json"),
        QStringLiteral("db-postgres.dump.zst"),
        QStringLiteral("db-shop.dump.zst"),
        QStringLiteral("db-crm.dump.zst"),
        QStringLiteral("roles.sql.zst"),
        QStringLiteral("tablespace.sql.zst"),
        QStringLiteral("schema.sql.zst")};
    const QList<std::pair<Damage, const char *>> damages{{Damage::FlipStart, "first byte flipped"},
        {Damage::FlipMiddle, "middle byte flipped"},
        {Damage::FlipEnd, "last byte flipped"},
        {Damage::TruncateEmpty, "cut to nothing"},
        {Damage::TruncateHalf, "cut to half"}};
    for (const QString &file : files) {
        for (const auto &[how, name] : damages)
            QTest::addRow("%s %s", qPrintable(file), name) << file << how;
    }
}

bool TestVaultCorruption::damage(const QString &path, Damage how)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() == 0)
        return false;
    const qint64 size = file.size();
    if (how == Damage::TruncateEmpty || how == Damage::TruncateHalf)
        return file.resize(how == Damage::TruncateEmpty ? 0 : size / 2);
    const qint64 at = how == Damage::FlipStart ? 0 : how == Damage::FlipMiddle ? size / 2 : size - 1;
    char byte = 0;
    if (!file.seek(at) || !file.getChar(&byte) || !file.seek(at))
        return false;
    return file.putChar(char(byte ^ 0x5a));
}

QStringList TestVaultCorruption::existingTargets() const
{
    const Result<QString> names = m_fixture.pg.psql(QStringLiteral("postgres"),
        QStringLiteral(
            "SELECT string_agg(datname, ' ' ORDER BY datname) FROM pg_database WHERE datname LIKE '%\\_x';"));
    return names ? names->trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList{QStringLiteral("?")};
}

void TestVaultCorruption::damagedFileIsRefused()
{
    QFETCH(QString, file);
    QFETCH(Damage, how);
    const QString path = QDir(m_pointFolder).filePath(file);
    const QByteArray original = Test::readFile(path);
    QVERIFY2(!original.isEmpty(), qPrintable(path));
    const auto repair = qScopeGuard([&] {
        QFile whole(path);
        if (!whole.open(QIODevice::WriteOnly | QIODevice::Truncate) || whole.write(original) != original.size())
            qFatal("cannot put %s back", qPrintable(path));
    });
    QVERIFY(damage(path, how));
    ++m_cases;

    const FaultFixture::Run verified = m_fixture.ctl({QStringLiteral("verify"), QStringLiteral("shop-server")});
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.err.contains(file), qPrintable(verified.err));

    const QString folder
        = m_out.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    const FaultFixture::Run asFiles = m_fixture.ctl({QStringLiteral("restore"),
        QStringLiteral("shop-server"),
        QStringLiteral("latest"),
        QStringLiteral("--to-folder"),
        folder});
    QCOMPARE(asFiles.exitCode, 1);
    QVERIFY2(asFiles.err.contains(file), qPrintable(asFiles.err));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // Every database under a new name, and the roles too: the restore reads every file but the
    // scripts it has no use for on a server (tablespace.sql and schema.sql).
    const FaultFixture::Run toServer
        = m_fixture.ctl(QStringList{QStringLiteral("restore"), QStringLiteral("shop-server"), QStringLiteral("latest")}
                + m_fixture.serverOptions()
                + QStringList{QStringLiteral("--database"),
                    QStringLiteral("postgres=postgres_x"),
                    QStringLiteral("--database"),
                    QStringLiteral("shop=shop_x"),
                    QStringLiteral("--database"),
                    QStringLiteral("crm=crm_x"),
                    QStringLiteral("--roles"),
                    QStringLiteral("apply")},
            m_fixture.password());
    const bool unread = file == QLatin1String("tablespace.sql.zst") || file == QLatin1String("schema.sql.zst");
    if (unread) {
        QVERIFY2(toServer.exitCode == 0, qPrintable(toServer.err));
        if (!m_serverRestoreIgnores.contains(file))
            m_serverRestoreIgnores << file;
        for (const QString &target : existingTargets())
            QVERIFY_RESULT(m_fixture.pg.psql(
                QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1 WITH (FORCE);").arg(target)));
    } else {
        QCOMPARE(toServer.exitCode, 1);
        QVERIFY2(toServer.err.contains(file), qPrintable(toServer.err));
        QCOMPARE(existingTargets(), QStringList());
    }
    ++m_caught;
}

void TestVaultCorruption::cleanupTestCase()
{
    qInfo("%d of %d damaged files caught by verify and refused by both restores (a restore to a server does not "
          "read %s)",
        m_caught,
        m_cases,
        qPrintable(m_serverRestoreIgnores.join(QStringLiteral(", "))));
    // The point is whole again.
    const FaultFixture::Run verified = m_fixture.ctl({QStringLiteral("verify"), QStringLiteral("shop-server")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

QTEST_GUILESS_MAIN(TestVaultCorruption)
#include "TestVaultCorruption.moc"
