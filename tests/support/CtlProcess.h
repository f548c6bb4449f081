#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace PgVault::Test {

/// Runs the real pgvaultctl binary against one PgVault home, the way a user or a script would, so
/// the cli tests assert on its exit code, stdout and stderr. Shared by the tests/cli executables.
class CtlProcess
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    explicit CtlProcess(QString home)
        : m_home(std::move(home))
    {
    }

    /// Runs "pgvaultctl --home HOME ARGUMENTS..." with PGVAULT_HOME removed from the environment,
    /// so only the given home counts.
    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGVAULT_HOME"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PGVAULTCTL_PATH), QStringList{QStringLiteral("--home"), m_home} + arguments);
        Run result;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("pgvaultctl did not finish: ") + process.errorString();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /// Creates "weekly-pg" (Sun and Wed at 22:00 Europe/Berlin; Default P3M, Weekly P12W, Monthly
    /// P5Y, Yearly P10Y), the policy most policy tests start from.
    void createWeeklyPolicy() const
    {
        const Run created = run({QStringLiteral("policy"),
            QStringLiteral("create"),
            QStringLiteral("--name"),
            QStringLiteral("weekly-pg"),
            QStringLiteral("--days"),
            QStringLiteral("Sun,wednesday"),
            QStringLiteral("--time"),
            QStringLiteral("22:00"),
            QStringLiteral("--time-zone"),
            QStringLiteral("Europe/Berlin"),
            QStringLiteral("--default"),
            QStringLiteral("P3M"),
            QStringLiteral("--weekly"),
            QStringLiteral("P12W"),
            QStringLiteral("--monthly"),
            QStringLiteral("P5Y"),
            QStringLiteral("--yearly"),
            QStringLiteral("P10Y")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(created.out, QStringLiteral("Created policy \"weekly-pg\".\n"));
        QCOMPARE(created.err, QString());
    }

private:
    QString m_home;
};

} // namespace PgVault::Test
