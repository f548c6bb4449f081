#pragma once

#include "models/policies/RetentionRule.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace PgVault {

class RetentionRuleModel;

/// The retention rules grid with Add retention rule / Edit / Delete and the priority note. It edits
/// a RetentionRuleModel; adding and editing go through AddRetentionDialog, opened with open().
class RetentionRulesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionRulesWidget(QWidget *parent = nullptr);

    RetentionRuleModel *model() const { return m_model; }
    QList<RetentionRule> rules() const;
    void setRules(const QList<RetentionRule> &rules);

Q_SIGNALS:
    void rulesChanged();

private:
    void openAddRetentionDialog();
    void openEditRetentionDialog();
    void deleteSelectedRule();
    void updateButtons();
    int selectedRow() const;

    RetentionRuleModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QLabel *m_priorityLabel;
};

} // namespace PgVault
