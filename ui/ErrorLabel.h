#pragma once

#include <QCoreApplication>

class QLabel;

namespace PgVault {

/// The red "why this is blocked" label shown beside a field, styled the same everywhere.
class ErrorLabel
{
    Q_DECLARE_TR_FUNCTIONS(PgVault::ErrorLabel)

public:
    /// Colours the label as an error, lets it wrap and exposes it to screen readers.
    static void style(QLabel *label);
};

} // namespace PgVault
