#pragma once

#include "models/policies/RetentionRule.h"

#include <QDialog>

#include <memory>

class QRadioButton;

namespace Ui {
class AddRetentionDialog;
}

namespace PgVault {

/// The "Add retention" pane of the policy wizard, reused as "Edit retention": picks when to
/// retain (week / month / year) and for how long, with the allowed range and the reason OK is off.
class AddRetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddRetentionDialog(QWidget *parent = nullptr);
    ~AddRetentionDialog() override;

    /// Add mode: kinds the policy already has are offered disabled, with why.
    void setUsedKinds(const QList<RetentionRule::Kind> &kinds);
    /// Edit mode: the kind is fixed, the duration pre-filled, the button reads "Save".
    void setEditedRule(const RetentionRule &rule);

    RetentionRule rule() const;
    bool isEditing() const { return m_editing; }

private:
    void updateState();
    QRadioButton *radioFor(RetentionRule::Kind kind) const;
    std::optional<RetentionRule::Kind> checkedKind() const;

    const std::unique_ptr<Ui::AddRetentionDialog> m_ui;
    bool m_editing = false;
    RetentionRule::Kind m_editedKind = RetentionRule::Kind::Default;
};

} // namespace PgVault
