#pragma once

#include "app/common/batchsettings.h"

#include <QWidget>

#include <optional>

class QToolButton;

namespace BatchDeck {

// The pair of buttons above the filters: "Batch jobs (v1)" / "Batches (v2)", each with the
// number of matching rows when the server gave one.
class SourceSwitch : public QWidget
{
    Q_OBJECT

public:
    explicit SourceSwitch(QWidget *parent = nullptr);

    DataSource source() const;
    // Shows `source` without announcing it.
    void setSource(DataSource source);
    // std::nullopt: the server gave no total, and no number is shown.
    void setCount(DataSource source, std::optional<qint64> count);
    QToolButton *button(DataSource source) const;

Q_SIGNALS:
    void sourceChanged(BatchDeck::DataSource source);

private:
    void updateTexts();

    QToolButton *m_jobsButton;
    QToolButton *m_batchesButton;
    std::optional<qint64> m_jobsCount;
    std::optional<qint64> m_batchesCount;
};

} // namespace BatchDeck
