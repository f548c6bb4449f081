#include "engine/process/ServerUserProcess.h"

#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace PgVault {

bool ServerUserProcess::switchesUser()
{
    return ::geteuid() == 0;
}

QProcessEnvironment ServerUserProcess::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

ServerUserProcess::Outcome ServerUserProcess::run(
    const QString &program, const QStringList &arguments, const QString &workingDirectory, int timeoutMs)
{
    QProcess process;
    if (switchesUser()) {
        process.setProgram(QStandardPaths::findExecutable(
            QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}));
        process.setArguments(
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    Outcome outcome;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        outcome.output = tr("%1 did not finish: %2").arg(program, process.errorString());
        return outcome;
    }
    outcome.output = QString::fromUtf8(process.readAll());
    outcome.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return outcome;
}

} // namespace PgVault
