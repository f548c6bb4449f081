#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <memory>

namespace PgVault {

/// Counts the rows of every user table of one database ("schema.table" → rows; partitioned
/// parents are left out, their partitions are counted). At backup time it holds a psql session
/// whose REPEATABLE READ transaction exports the snapshot pg_dump then dumps (--snapshot), so the
/// counts are exactly what the dump holds; the session stays open until finish(). A restore
/// drill uses countOnce() on the restored database. Blocking, one thread at a time.
class RowCounter
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::RowCounter)

public:
    using Counts = QMap<QString, qint64>;

    /// `environment` names the server and database (ChildEnvironment::forDatabase); `stop` is
    /// polled while waiting, so a cancelled backup does not wait for a long count.
    RowCounter(QString psql, const QProcessEnvironment &environment, const std::atomic<bool> &stop);
    ~RowCounter();
    RowCounter(const RowCounter &) = delete;
    RowCounter &operator=(const RowCounter &) = delete;

    /// Starts the session and exports its snapshot; returns the id for pg_dump --snapshot.
    Result<QString> exportSnapshot();
    /// Counts in the exported snapshot (call after exportSnapshot()).
    Result<Counts> count();
    /// Ends the transaction and the session; call once pg_dump has finished.
    void finish();

    /// One count in a fresh session (a restored database).
    static Result<Counts> countOnce(const QString &psql, const QProcessEnvironment &environment);

    /// The single query that counts every table and answers one JSON object.
    static QString countQuery();
    static Result<Counts> parseCounts(const QString &json);

private:
    Result<QString> readLine(int timeoutMs);
    Error failure(const QString &what) const;

    QString m_psql;
    QProcessEnvironment m_environment;
    const std::atomic<bool> &m_stop;
    std::unique_ptr<QProcess> m_session;
};

} // namespace PgVault
