#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

namespace PgVault::Test {

/// Every message logged while installed, so a test can prove a secret never reached the log
/// (TestCredentials, TestServerProbe). Messages still go on to the handler it replaced.
class CapturedLog
{
public:
    static void install() { s_previous = qInstallMessageHandler(&CapturedLog::capture); }
    static void uninstall() { qInstallMessageHandler(s_previous); }

    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

    static void clear()
    {
        QMutexLocker lock(&s_mutex);
        s_lines.clear();
    }

private:
    static void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines.append(message);
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    // Messages come from any thread (the probe's watcher, keychain callbacks).
    inline static QMutex s_mutex;
    inline static QStringList s_lines;
    inline static QtMessageHandler s_previous = nullptr;
};

} // namespace PgVault::Test
