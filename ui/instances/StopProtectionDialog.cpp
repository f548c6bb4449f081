#include "ui/instances/StopProtectionDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PgVault {

StopProtectionDialog::StopProtectionDialog(const BackupInstance &instance, QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
    , m_asPerPolicy(new QRadioButton(tr("Retain as per policy"), this))
    , m_forever(new QRadioButton(tr("Retain forever"), this))
    , m_deleteData(new QRadioButton(tr("Delete backup data"), this))
    , m_confirmName(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Stop protection"));
    setObjectName(QStringLiteral("stopProtectionDialog"));
    auto *intro = new QLabel(tr("Stop backing up \"%1\" (%2)? Its password is removed from the keychain. Choose what "
                                "becomes of its recovery points in the vault \"%3\":")
                                 .arg(instance.name, instance.datasourceName(), instance.vaultName),
        this);
    intro->setWordWrap(true);

    m_asPerPolicy->setObjectName(QStringLiteral("retainAsPerPolicyRadio"));
    m_forever->setObjectName(QStringLiteral("retainForeverRadio"));
    m_deleteData->setObjectName(QStringLiteral("deleteDataRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *radio : {m_asPerPolicy, m_forever, m_deleteData})
        group->addButton(radio);
    m_asPerPolicy->setChecked(true);
    const auto explain = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setIndent(24);
        return label;
    };

    m_confirmName->setObjectName(QStringLiteral("confirmNameEdit"));
    m_confirmName->setAccessibleName(tr("Type the backup instance name to confirm"));
    m_confirmName->setPlaceholderText(instance.name);
    auto *confirmLabel = new QLabel(tr("Type the backup instance name to confirm deletion:"), this);
    confirmLabel->setBuddy(m_confirmName);
    confirmLabel->setIndent(24);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Stop protection"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stopProtectionButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_asPerPolicy);
    layout->addWidget(explain(tr("The recovery points stay restorable until they expire as the policy said when they "
                                 "were taken; the newest are kept until you delete them.")));
    layout->addWidget(m_forever);
    layout->addWidget(explain(tr("The recovery points stay restorable and never expire.")));
    layout->addWidget(m_deleteData);
    layout->addWidget(explain(tr("Every recovery point is deleted from the vault, and the backup instance with "
                                 "them. This cannot be undone.")));
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirmName);
    layout->addWidget(m_buttons);

    connect(group, &QButtonGroup::buttonToggled, this, &StopProtectionDialog::updateButtons);
    connect(m_confirmName, &QLineEdit::textChanged, this, &StopProtectionDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

InstanceProtection::StopMode StopProtectionDialog::mode() const
{
    if (m_deleteData->isChecked())
        return InstanceProtection::StopMode::DeleteData;
    if (m_forever->isChecked())
        return InstanceProtection::StopMode::RetainForever;
    return InstanceProtection::StopMode::RetainAsPerPolicy;
}

void StopProtectionDialog::updateButtons()
{
    const bool deleting = m_deleteData->isChecked();
    m_confirmName->setEnabled(deleting);
    // As the portal does: deleting data needs the name typed, exactly.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!deleting || m_confirmName->text() == m_instance.name);
}

} // namespace PgVault
