#include "engine/Log.h"

#include <QDateTime>
#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <memory>

namespace PgVault {

namespace {

constexpr std::size_t MaxFileSize = std::size_t{5} * 1024 * 1024;
constexpr std::size_t MaxFiles = 3;

std::shared_ptr<spdlog::logger> g_logger;
QtMessageHandler g_previousHandler = nullptr;
QString g_filePath;
QtMsgType g_echoThreshold = QtDebugMsg;

// QtMsgType's values are not in severity order (QtInfoMsg is 4).
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previousHandler && severity(type) >= severity(g_echoThreshold))
        g_previousHandler(type, context, message);
    if (g_logger) {
        const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
        g_logger->log(levelFor(type), "[{}] {}", category.constData(), message.toUtf8().constData());
    }
}

} // namespace

bool Log::install(const QString &dir, QtMsgType echoThreshold)
{
    g_echoThreshold = echoThreshold;
    if (g_logger)
        return true;
    if (!QDir().mkpath(dir))
        return false;
    g_filePath = QDir(dir).filePath(QStringLiteral("pgvault.log"));
    try {
        g_logger = spdlog::rotating_logger_mt("pgvault", g_filePath.toStdString(), MaxFileSize, MaxFiles);
    } catch (const spdlog::spdlog_ex &) {
        g_filePath.clear();
        return false;
    }
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");
    g_logger->set_level(spdlog::level::debug);
    g_logger->flush_on(spdlog::level::warn);
    g_previousHandler = qInstallMessageHandler(handleMessage);
    return true;
}

QString Log::filePath()
{
    return g_filePath;
}

} // namespace PgVault
