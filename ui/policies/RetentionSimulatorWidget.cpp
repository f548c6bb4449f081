#include "ui/policies/RetentionSimulatorWidget.h"

#include "models/policies/RetentionSimulator.h"
#include "ui/policies/RetentionTimeline.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace PgVault {

RetentionSimulatorWidget::RetentionSimulatorWidget(QWidget *parent)
    : QWidget(parent)
    , m_timeline(new RetentionTimeline(this))
    , m_sentenceLabel(new QLabel(this))
{
    m_timeline->setObjectName(QStringLiteral("retentionTimeline"));
    m_sentenceLabel->setObjectName(QStringLiteral("simulatorSentenceLabel"));
    m_sentenceLabel->setWordWrap(true);
    m_sentenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timeline);
    layout->addWidget(m_sentenceLabel);
}

void RetentionSimulatorWidget::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void RetentionSimulatorWidget::setPolicy(const BackupPolicy &policy)
{
    m_policy = policy;
    refresh();
}

QString RetentionSimulatorWidget::sentence() const
{
    return m_sentenceLabel->text();
}

void RetentionSimulatorWidget::refresh()
{
    // The name is not needed to simulate; anything else invalid makes the simulation meaningless.
    bool simulatable = true;
    for (const Error &error : m_policy.validate()) {
        if (error.field != QLatin1String("name"))
            simulatable = false;
    }
    if (!simulatable) {
        m_timeline->setPoints({}, {}, {}, {});
        m_sentenceLabel->setText(tr("The simulation appears once the schedule and the retention rules are valid."));
        return;
    }

    const QTimeZone zone = m_policy.schedule().timeZone();
    const QDate from = m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate until = from.addMonths(12).addDays(-1);
    const QList<RetentionSimulator::Point> points = RetentionSimulator::simulate(m_policy, from, until);
    m_timeline->setPoints(points, from, until, zone);

    const auto alive = RetentionSimulator::aliveAt(points, RetentionSimulator::endOfLocalDate(m_policy, until));
    m_sentenceLabel->setText(tr("On %1 you will hold %2 Yearly, %3 Monthly, %4 Weekly, %5 Default recovery points.")
                                 .arg(QLocale().toString(until, QLocale::LongFormat))
                                 .arg(alive.value(RetentionRule::Kind::Yearly))
                                 .arg(alive.value(RetentionRule::Kind::Monthly))
                                 .arg(alive.value(RetentionRule::Kind::Weekly))
                                 .arg(alive.value(RetentionRule::Kind::Default)));
}

} // namespace PgVault
