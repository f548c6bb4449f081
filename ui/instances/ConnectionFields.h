#pragma once

class QComboBox;
class QSpinBox;

namespace PgVault {

/// Sets up the PostgreSQL connection inputs that the Configure Backup and Restore wizards share,
/// so both offer the same port range and TLS modes with the same default.
class ConnectionFields
{
public:
    /// 1–65535, 5432 by default, no group separator ("5,432" is not a port).
    static void setUpPort(QSpinBox *spinBox);
    /// The libpq sslmodes PgVault offers (sslModeNames()), "prefer" selected.
    static void setUpSslMode(QComboBox *comboBox);
};

} // namespace PgVault
