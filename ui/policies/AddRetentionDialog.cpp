#include "ui/policies/AddRetentionDialog.h"
#include "ui_AddRetentionDialog.h"

#include "ui/ErrorLabel.h"

#include <QPushButton>

namespace PgVault {

AddRetentionDialog::AddRetentionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddRetentionDialog>())
{
    m_ui->setupUi(this);
    // Room for the longest German choice and a two-line reason without clipping.
    setMinimumSize(560, 330);
    ErrorLabel::style(m_ui->errorLabel);
    m_ui->defaultKindLabel->hide();
    m_ui->unitCombo->addItem(tr("Days"), int(Duration::Unit::Days));
    m_ui->unitCombo->addItem(tr("Weeks"), int(Duration::Unit::Weeks));
    m_ui->unitCombo->addItem(tr("Months"), int(Duration::Unit::Months));
    m_ui->unitCombo->addItem(tr("Years"), int(Duration::Unit::Years));
    m_ui->unitCombo->setCurrentIndex(3);
    m_ui->durationSpinBox->setValue(1);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->weekRadio->setChecked(true);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->durationSpinBox, &QSpinBox::valueChanged, this, &AddRetentionDialog::updateState);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &AddRetentionDialog::updateState);
    for (QRadioButton *radio : {m_ui->weekRadio, m_ui->monthRadio, m_ui->yearRadio})
        connect(radio, &QRadioButton::toggled, this, &AddRetentionDialog::updateState);
    updateState();
}

AddRetentionDialog::~AddRetentionDialog() = default;

void AddRetentionDialog::setUsedKinds(const QList<RetentionRule::Kind> &kinds)
{
    QRadioButton *firstFree = nullptr;
    for (RetentionRule::Kind kind :
        {RetentionRule::Kind::Weekly, RetentionRule::Kind::Monthly, RetentionRule::Kind::Yearly}) {
        QRadioButton *radio = radioFor(kind);
        const bool used = kinds.contains(kind);
        radio->setEnabled(!used);
        radio->setToolTip(used
                ? tr("The policy already has a %1 rule; edit it instead.").arg(RetentionRule::displayName(kind))
                : QString());
        if (!used && !firstFree)
            firstFree = radio;
    }
    if (firstFree)
        firstFree->setChecked(true);
    updateState();
}

void AddRetentionDialog::setEditedRule(const RetentionRule &rule)
{
    m_editing = true;
    m_editedKind = rule.kind();
    setWindowTitle(tr("Edit retention"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    const bool isDefault = rule.isDefault();
    m_ui->defaultKindLabel->setVisible(isDefault);
    for (RetentionRule::Kind kind :
        {RetentionRule::Kind::Weekly, RetentionRule::Kind::Monthly, RetentionRule::Kind::Yearly}) {
        QRadioButton *radio = radioFor(kind);
        radio->setVisible(!isDefault);
        radio->setEnabled(kind == rule.kind());
        radio->setChecked(kind == rule.kind());
        radio->setToolTip(kind == rule.kind() ? QString()
                                              : tr("An existing rule keeps its kind; delete it and add a new one "
                                                   "to change when it retains."));
    }
    m_ui->unitCombo->setCurrentIndex(m_ui->unitCombo->findData(int(rule.duration().unit())));
    m_ui->durationSpinBox->setValue(rule.duration().count());
    updateState();
}

RetentionRule AddRetentionDialog::rule() const
{
    const auto unit = Duration::Unit(m_ui->unitCombo->currentData().toInt());
    const Duration duration(m_ui->durationSpinBox->value(), unit);
    if (m_editing)
        return RetentionRule(m_editedKind, duration);
    return RetentionRule(checkedKind().value_or(RetentionRule::Kind::Weekly), duration);
}

void AddRetentionDialog::updateState()
{
    const RetentionRule current = rule();
    QString problem;
    if (!m_editing && !checkedKind())
        problem = tr("Choose when to retain: every kind is already in the policy.");
    else if (const QString range = current.duration().retentionRangeProblem(); !range.isEmpty())
        problem = tr("A retention of %1 %2. Choose a duration from 7 days to 10 years.")
                      .arg(current.duration().toDisplayString(), range);
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QRadioButton *AddRetentionDialog::radioFor(RetentionRule::Kind kind) const
{
    switch (kind) {
    case RetentionRule::Kind::Weekly:
        return m_ui->weekRadio;
    case RetentionRule::Kind::Monthly:
        return m_ui->monthRadio;
    case RetentionRule::Kind::Yearly:
        return m_ui->yearRadio;
    case RetentionRule::Kind::Default:
        break;
    }
    return nullptr;
}

std::optional<RetentionRule::Kind> AddRetentionDialog::checkedKind() const
{
    for (RetentionRule::Kind kind :
        {RetentionRule::Kind::Weekly, RetentionRule::Kind::Monthly, RetentionRule::Kind::Yearly}) {
        const QRadioButton *radio = radioFor(kind);
        if (radio->isChecked() && radio->isEnabled())
            return kind;
    }
    return std::nullopt;
}

} // namespace PgVault
