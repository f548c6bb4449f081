#pragma once

#include "models/Result.h"
#include "models/instances/BackupInstance.h"
#include "models/policies/BackupPolicy.h"
#include "models/policies/RetentionRule.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace PgVault {

/// The Backup Now pane: pick one of the policy's retention rules for an on-demand backup
/// (Default preselected). Backup now emits backupRequested and the dialog stays open until the
/// caller reports the start with startSucceeded() or startFailed(), so a refusal (instance busy,
/// keychain) is shown here with its remedy.
class BackupNowDialog : public QDialog
{
    Q_OBJECT

public:
    BackupNowDialog(const BackupInstance &instance, const BackupPolicy &policy, QWidget *parent = nullptr);

    RetentionRule::Kind chosenRule() const;
    void setChosenRule(RetentionRule::Kind kind);
    /// The rules offered, in the policy's order.
    QList<RetentionRule::Kind> offeredRules() const { return m_radios.keys(); }
    const BackupInstance &instance() const { return m_instance; }

Q_SIGNALS:
    void backupRequested(const PgVault::BackupInstance &instance, PgVault::RetentionRule::Kind rule);

public Q_SLOTS:
    void accept() override;
    void startSucceeded();
    void startFailed(const PgVault::Error &error);

private:
    BackupInstance m_instance;
    QMap<RetentionRule::Kind, QRadioButton *> m_radios;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    bool m_starting = false;
};

} // namespace PgVault
