#include "ui/instances/BackupNowDialog.h"

#include "ui/ErrorLabel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PgVault {

BackupNowDialog::BackupNowDialog(const BackupInstance &instance, const BackupPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("backupNowDialog"));
    setWindowTitle(tr("Backup Now"));

    auto *intro = new QLabel(tr("Back up <b>%1</b> (%2) now, outside the schedule of the policy \"%3\".")
                                 .arg(instance.name.toHtmlEscaped(),
                                     instance.datasourceName().toHtmlEscaped(),
                                     policy.name().toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("backupNowIntroLabel"));
    intro->setWordWrap(true);

    auto *rulesBox = new QGroupBox(tr("Retention rule"), this);
    rulesBox->setObjectName(QStringLiteral("retentionRuleGroup"));
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    auto *group = new QButtonGroup(this);
    // The policy's rules in priority order, Default last, as the portal's pane lists them.
    for (RetentionRule::Kind kind : RetentionRule::allKinds()) {
        const std::optional<RetentionRule> rule = policy.rule(kind);
        if (!rule)
            continue;
        auto *radio = new QRadioButton(
            tr("%1 — %2").arg(RetentionRule::displayName(kind), rule->duration().toDisplayString()), rulesBox);
        radio->setObjectName(QStringLiteral("ruleRadio%1").arg(RetentionRule::tagName(kind)));
        group->addButton(radio);
        rulesLayout->addWidget(radio);
        m_radios.insert(kind, radio);
    }
    if (m_radios.contains(RetentionRule::Kind::Default))
        m_radios.value(RetentionRule::Kind::Default)->setChecked(true);
    auto *hint = new QLabel(tr("The recovery point is kept as long as the chosen rule says, counted from the "
                               "backup's start."),
        this);
    hint->setWordWrap(true);

    m_statusLabel->setObjectName(QStringLiteral("startStatusLabel"));
    m_statusLabel->hide();
    m_errorLabel->setObjectName(QStringLiteral("startErrorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Backup now"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rulesBox);
    layout->addWidget(hint);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupNowDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupNowDialog::reject);
    resize(480, sizeHint().height());
}

RetentionRule::Kind BackupNowDialog::chosenRule() const
{
    for (auto it = m_radios.cbegin(); it != m_radios.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return RetentionRule::Kind::Default;
}

void BackupNowDialog::setChosenRule(RetentionRule::Kind kind)
{
    if (QRadioButton *radio = m_radios.value(kind))
        radio->setChecked(true);
}

void BackupNowDialog::accept()
{
    if (m_starting)
        return;
    m_starting = true;
    m_errorLabel->hide();
    m_statusLabel->setText(tr("Starting the backup…"));
    m_statusLabel->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    Q_EMIT backupRequested(m_instance, chosenRule());
}

void BackupNowDialog::startSucceeded()
{
    m_starting = false;
    QDialog::accept();
}

void BackupNowDialog::startFailed(const Error &error)
{
    m_starting = false;
    m_statusLabel->hide();
    m_errorLabel->setText(tr("The backup did not start: %1").arg(error.text()));
    m_errorLabel->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

} // namespace PgVault
