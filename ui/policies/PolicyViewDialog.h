#pragma once

#include <QDialog>

namespace PgVault {

class BackupPolicy;

/// Shows a stored policy read-only: the same summary and JSON as the wizard's Review page.
class PolicyViewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PolicyViewDialog(const BackupPolicy &policy, int instanceCount, QWidget *parent = nullptr);
};

} // namespace PgVault
