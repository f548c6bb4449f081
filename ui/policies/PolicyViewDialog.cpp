#include "ui/policies/PolicyViewDialog.h"

#include "models/policies/BackupPolicy.h"
#include "ui/policies/PolicySummaryWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PgVault {

PolicyViewDialog::PolicyViewDialog(const BackupPolicy &policy, int instanceCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("policyViewDialog"));
    setWindowTitle(tr("Backup policy %1").arg(policy.name()));
    auto *summary = new PolicySummaryWidget(this);
    summary->setObjectName(QStringLiteral("policySummary"));
    summary->setPolicy(policy);
    auto *usage = new QLabel(instanceCount == 0
            ? tr("No backup instance uses this policy.")
            : tr("%n backup instance(s) use this policy; clone it to make a changed copy.", nullptr, instanceCount),
        this);
    usage->setObjectName(QStringLiteral("usageLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary, 1);
    layout->addWidget(usage);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace PgVault
