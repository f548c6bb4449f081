#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace PgVault::Ctl {

/// Prints the plain-text tables of the list commands (instance list, points, policy list, prune):
/// each column padded to its widest cell plus two spaces, the last one unpadded so lines carry no
/// trailing blanks.
class TablePrinter
{
public:
    /// `rows` starts with the header; every row has the header's number of cells.
    static void print(QTextStream &out, const QList<QStringList> &rows);
};

} // namespace PgVault::Ctl
