#pragma once

#include "models/policies/BackupPolicy.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace PgVault {

/// A policy as a reader sees it: name, datasource type, vault, schedule and each rule, with the
/// Azure policy JSON folded away. Shown by the wizard's Review page and the View dialog.
class PolicySummaryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PolicySummaryWidget(QWidget *parent = nullptr);

    void setPolicy(const BackupPolicy &policy);
    QString summaryText() const;
    QString jsonText() const;

private:
    void toggleJson(bool shown);

    QLabel *m_summaryLabel;
    QPushButton *m_showJsonButton;
    QPlainTextEdit *m_jsonView;
};

} // namespace PgVault
