#include "engine/ChildEnvironment.h"

#include "engine/Logging.h"

#include <QRegularExpression>
#include <QTemporaryFile>

namespace PgVault {

ChildEnvironment::ChildEnvironment(const ServerConnection &connection)
{
    m_env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = m_env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            m_env.remove(key);
    }
    m_env.insert(QStringLiteral("PGHOST"), connection.host);
    m_env.insert(QStringLiteral("PGPORT"), QString::number(connection.port));
    m_env.insert(QStringLiteral("PGUSER"), connection.user);
    m_env.insert(QStringLiteral("PGSSLMODE"), sslModeName(connection.sslMode));
    m_env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    m_env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("pgvault"));
    m_env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    // The tools' messages are matched by ServerProbe and shown in job output: keep them untranslated.
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    if (connection.password.contains(QLatin1Char('\n')) || connection.password.contains(QLatin1Char('\r'))) {
        // A passfile line cannot hold a line break; the child's environment is the other private place.
        m_env.insert(QStringLiteral("PGPASSWORD"), connection.password);
        return;
    }
    // QTemporaryFile is created 0600, which libpq insists on for a passfile. Wildcards: this file
    // serves exactly one connection's children, so it needs no matching.
    m_passfile = std::make_unique<QTemporaryFile>();
    if (m_passfile->open()) {
        QString escaped = connection.password;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char(':'), QLatin1String("\\:"));
        if (!escaped.isEmpty())
            m_passfile->write(QStringLiteral("*:*:*:*:%1\n").arg(escaped).toUtf8());
        m_passfile->flush();
        m_env.insert(QStringLiteral("PGPASSFILE"), m_passfile->fileName());
    } else {
        qCWarning(lcEngine) << "cannot create a temporary passfile:" << m_passfile->errorString();
        m_passfile.reset();
        m_env.insert(QStringLiteral("PGPASSWORD"), connection.password);
    }
}

ChildEnvironment::~ChildEnvironment() = default;

QProcessEnvironment ChildEnvironment::forDatabase(const QString &database) const
{
    QProcessEnvironment env = m_env;
    if (!database.isEmpty())
        env.insert(QStringLiteral("PGDATABASE"), database);
    return env;
}

QString ChildEnvironment::passfilePath() const
{
    return m_passfile ? m_passfile->fileName() : QString();
}

QString ChildEnvironment::withoutPassfileNote(const QString &text)
{
    static const QRegularExpression passfileNote(QStringLiteral("password retrieved from file \"[^\"]*\""));
    QString cleaned = text;
    cleaned.remove(passfileNote);
    return cleaned;
}

} // namespace PgVault
