#pragma once

#include "models/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PgVault {

/// The Create vault dialog: a name and a folder (typed or chosen with Browse…), each with its
/// validation message beside it, and Create disabled with the reason until both are valid. The
/// rules come from the checker (VaultController::check, the same as `pgvaultctl vault create`);
/// the dialog does no I/O: Create emits createRequested and the caller answers with
/// createSucceeded() or createFailed().
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    using Checker = std::function<QList<Error>(const QString &name, const QString &path)>;
    using PathSuggester = std::function<QString(const QString &name)>;

    /// `suggest` proposes a folder for a name until the user chooses one.
    CreateVaultDialog(Checker check, PathSuggester suggest, QWidget *parent = nullptr);

    QString name() const;
    QString path() const;
    /// The current problems, as the checker reports them (empty when Create is enabled).
    QList<Error> problems() const { return m_problems; }

Q_SIGNALS:
    void createRequested(const QString &name, const QString &path);

public Q_SLOTS:
    void accept() override;
    void createSucceeded();
    /// Shows the error beside its field (or below both when it has none) and re-enables Create.
    void createFailed(const PgVault::Error &error);

private:
    void browse();
    void validate();
    /// Shows the field's first problem once it was touched; true when one is shown.
    bool showProblem(QLabel *label, const QString &field, bool touched);
    void growToFit();

    Checker m_check;
    PathSuggester m_suggest;
    QLineEdit *m_nameEdit;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_nameError;
    QLabel *m_pathError;
    QLabel *m_reasonLabel;
    QDialogButtonBox *m_buttons;
    QList<Error> m_problems;
    bool m_nameTouched = false;
    bool m_pathTouched = false;
    bool m_pathChosen = false; ///< the user typed or browsed a folder: stop suggesting one
};

} // namespace PgVault
