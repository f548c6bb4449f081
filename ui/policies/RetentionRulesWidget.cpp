#include "ui/policies/RetentionRulesWidget.h"

#include "models/policies/RetentionRuleModel.h"
#include "ui/policies/AddRetentionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace PgVault {

RetentionRulesWidget::RetentionRulesWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new RetentionRuleModel(this))
    , m_view(new QTableView(this))
    , m_addButton(new QPushButton(tr("&Add retention rule"), this))
    , m_editButton(new QPushButton(tr("&Edit"), this))
    , m_deleteButton(new QPushButton(tr("De&lete"), this))
    , m_priorityLabel(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("rulesView"));
    m_view->setAccessibleName(tr("Retention rules"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_addButton->setObjectName(QStringLiteral("addRetentionButton"));
    m_editButton->setObjectName(QStringLiteral("editRetentionButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteRetentionButton"));
    m_addButton->setAccessibleName(tr("Add retention rule"));
    m_editButton->setAccessibleName(tr("Edit retention rule"));
    m_deleteButton->setAccessibleName(tr("Delete retention rule"));

    m_priorityLabel->setObjectName(QStringLiteral("priorityLabel"));
    m_priorityLabel->setWordWrap(true);
    m_priorityLabel->setText(tr("Priority: Yearly, then Monthly, then Weekly; Default when no other rule applies."));
    m_priorityLabel->setToolTip(
        tr("A backup that is the first of its week and of its month is kept by the Monthly rule."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_priorityLabel);

    connect(m_addButton, &QPushButton::clicked, this, &RetentionRulesWidget::openAddRetentionDialog);
    connect(m_editButton, &QPushButton::clicked, this, &RetentionRulesWidget::openEditRetentionDialog);
    connect(m_deleteButton, &QPushButton::clicked, this, &RetentionRulesWidget::deleteSelectedRule);
    connect(m_view, &QTableView::doubleClicked, this, &RetentionRulesWidget::openEditRetentionDialog);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RetentionRulesWidget::updateButtons);
    connect(m_model, &RetentionRuleModel::rulesChanged, this, &RetentionRulesWidget::updateButtons);
    connect(m_model, &RetentionRuleModel::rulesChanged, this, &RetentionRulesWidget::rulesChanged);
    updateButtons();
}

QList<RetentionRule> RetentionRulesWidget::rules() const
{
    return m_model->rules();
}

void RetentionRulesWidget::setRules(const QList<RetentionRule> &rules)
{
    if (rules != m_model->rules())
        m_model->setRules(rules);
}

void RetentionRulesWidget::openAddRetentionDialog()
{
    auto *dialog = new AddRetentionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<RetentionRule::Kind> used;
    for (const RetentionRule &rule : m_model->rules())
        used << rule.kind();
    dialog->setUsedKinds(used);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->putRule(dialog->rule());
        m_view->selectRow(m_model->rowOf(dialog->rule().kind()));
    });
    dialog->open();
}

void RetentionRulesWidget::openEditRetentionDialog()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto *dialog = new AddRetentionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditedRule(m_model->ruleAt(row));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_model->putRule(dialog->rule()); });
    dialog->open();
}

void RetentionRulesWidget::deleteSelectedRule()
{
    const int row = selectedRow();
    if (row >= 0)
        m_model->removeRule(m_model->ruleAt(row).kind());
}

void RetentionRulesWidget::updateButtons()
{
    const int row = selectedRow();
    const bool canAdd = !m_model->missingKinds().isEmpty();
    m_addButton->setEnabled(canAdd);
    m_addButton->setToolTip(canAdd ? tr("Add a Weekly, Monthly or Yearly rule.")
                                   : tr("The policy already has Weekly, Monthly and Yearly rules; edit one instead."));
    m_editButton->setEnabled(row >= 0);
    m_editButton->setToolTip(row >= 0 ? QString() : tr("Select a rule to edit."));
    const bool isDefault = row >= 0 && m_model->ruleAt(row).isDefault();
    m_deleteButton->setEnabled(row >= 0 && !isDefault);
    m_deleteButton->setToolTip(isDefault ? tr("The Default rule cannot be removed; every policy needs it.")
            : row < 0                    ? tr("Select a rule to delete.")
                                         : QString());
}

int RetentionRulesWidget::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace PgVault
