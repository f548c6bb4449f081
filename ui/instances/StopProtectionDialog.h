#pragma once

#include "engine/instances/InstanceProtection.h"
#include "models/instances/BackupInstance.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace PgVault {

/// Asks how to stop protection of a backup instance, as the Azure portal does: retain the
/// backup data as per policy, retain it forever, or delete it (confirmed by typing the instance's
/// name). Opened by the Backup instances page, which hands the choice to InstanceController.
class StopProtectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StopProtectionDialog(const BackupInstance &instance, QWidget *parent = nullptr);

    InstanceProtection::StopMode mode() const;

private:
    void updateButtons();

    BackupInstance m_instance;
    QRadioButton *m_asPerPolicy;
    QRadioButton *m_forever;
    QRadioButton *m_deleteData;
    QLineEdit *m_confirmName;
    QDialogButtonBox *m_buttons;
};

} // namespace PgVault
