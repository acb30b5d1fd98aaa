#include "app/shell/guidedialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace BatchDeck {

QString GuideDialog::guideMarkdown()
{
    QFile file(QStringLiteral(":/guide/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    // ![alt](path): screenshots live beside the README, not in the app; a link to a file of the
    // source tree keeps its words and loses its target.
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\([^)]*\))"));
    static const QRegularExpression fileLink(QStringLiteral(R"(\[([^\]]*)\]\((?!https?:)[^)]*\))"));
    text.remove(image);
    text.replace(fileLink, QStringLiteral("\\1"));
    return text;
}

QUrl GuideDialog::apiReferenceUrl()
{
    return QUrl(QStringLiteral(
        "https://developers.llamaindex.ai/reference/resources/beta/subresources/batch/"));
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("BatchDeck Guide"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("guideText"));
    browser->setOpenLinks(false);
    const QString markdown = guideMarkdown();
    if (markdown.isEmpty())
        browser->setPlainText(tr("The guide was not built into this copy of BatchDeck. It is the "
                                 "README.md file that comes with the source."));
    else
        browser->setMarkdown(markdown);
    connect(browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // Only the web opens from here; a relative link names a file of the source tree.
        if (url.scheme() == u"https" || url.scheme() == u"http")
            QDesktopServices::openUrl(url);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

} // namespace BatchDeck
