#include "ui/policies/PolicySummaryWidget.h"

#include "models/policies/PolicyJson.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PgVault {

PolicySummaryWidget::PolicySummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_summaryLabel(new QLabel(this))
    , m_showJsonButton(new QPushButton(tr("Show policy &JSON"), this))
    , m_jsonView(new QPlainTextEdit(this))
{
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryLabel->setAccessibleName(tr("Policy summary"));

    m_showJsonButton->setObjectName(QStringLiteral("showJsonButton"));
    m_showJsonButton->setCheckable(true);
    m_showJsonButton->setAccessibleName(tr("Show policy JSON"));

    m_jsonView->setObjectName(QStringLiteral("jsonView"));
    m_jsonView->setAccessibleName(tr("Policy JSON"));
    m_jsonView->setReadOnly(true);
    m_jsonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonView->hide();

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_showJsonButton);
    buttonRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(buttonRow);
    layout->addWidget(m_jsonView, 1);
    layout->addStretch();

    connect(m_showJsonButton, &QPushButton::toggled, this, &PolicySummaryWidget::toggleJson);
}

void PolicySummaryWidget::setPolicy(const BackupPolicy &policy)
{
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Policy name"), policy.name());
    html += row(tr("Datasource type"), tr("Azure Database for PostgreSQL flexible servers / PostgreSQL"));
    html += row(tr("Vault"), tr("local (default local vault)"));
    html += row(tr("Backup schedule"), policy.schedule().summary());
    bool first = true;
    for (const RetentionRule &rule : policy.rules()) {
        const QString when
            = rule.isDefault() ? tr("When no other rule applies") : RetentionRule::whenToRetainText(rule.kind());
        html += row(first ? tr("Retention rules") : QString(),
            tr("%1 — %2; kept for %3 in Vault-standard")
                .arg(RetentionRule::displayName(rule.kind()), when, rule.duration().toDisplayString()));
        first = false;
    }
    html += QStringLiteral("</table>");
    m_summaryLabel->setText(html);
    m_jsonView->setPlainText(QString::fromUtf8(PolicyJson::toJson(policy)));
}

QString PolicySummaryWidget::summaryText() const
{
    return m_summaryLabel->text();
}

QString PolicySummaryWidget::jsonText() const
{
    return m_jsonView->toPlainText();
}

void PolicySummaryWidget::toggleJson(bool shown)
{
    m_jsonView->setVisible(shown);
    m_showJsonButton->setText(shown ? tr("Hide policy &JSON") : tr("Show policy &JSON"));
}

} // namespace PgVault
