#include "models/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace PgVault::Sql {

namespace {

Error makeError(const QString &code, const QString &what, const QSqlError &sqlError)
{
    return Error{code,
        QCoreApplication::translate("PgVault::Sql", "The catalog could not %1: %2.")
            .arg(what, sqlError.text().trimmed()),
        QCoreApplication::translate("PgVault::Sql",
            "Check that the PgVault home folder is writable and the disk is not "
            "full, then retry."),
        {}};
}

} // namespace

Error error(const QString &code, const QString &what, const QSqlQuery &query)
{
    return makeError(code, what, query.lastError());
}

Error error(const QString &code, const QString &what, const QSqlDatabase &database)
{
    return makeError(code, what, database.lastError());
}

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return error(QStringLiteral("Catalog.QueryFailed"), what, query);
    return {};
}

} // namespace PgVault::Sql
