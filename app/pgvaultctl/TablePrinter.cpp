#include "app/pgvaultctl/TablePrinter.h"

#include <algorithm>

namespace PgVault::Ctl {

void TablePrinter::print(QTextStream &out, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &cells : rows) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths.at(i), cells.at(i).size());
    }
    for (const QStringList &cells : rows) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        out << line << '\n';
    }
}

} // namespace PgVault::Ctl
