#pragma once

#include <QDialog>
#include <QUrl>

namespace BatchDeck {

// Help > BatchDeck Guide: the README, built into the app so that it matches this version and
// reads offline. Web links open in the browser; the screenshots are left out (they show this
// window).
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // The guide as Markdown without its images; empty when it was not built in.
    static QString guideMarkdown();
    // LlamaCloud's own reference for the batch APIs, for Help > LlamaCloud API Reference.
    static QUrl apiReferenceUrl();
};

} // namespace BatchDeck
