#include "cli/callcommand.h"

#include "cli/clioptions.h"
#include "core/api/logging.h"
#include "core/api/terminaltext.h"
#include "core/export/rowwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace BatchDeck::Cli {

bool looksLikeAnId(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:[a-z]{1,16}-)?[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(id).hasMatch();
}

CallCommand::CallCommand(IdKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(std::move(kind))
{
    connect(&m_signals, &SignalWatcher::interrupted, this, [this] {
        m_interrupted = true;
        if (m_call)
            m_call->abort(); // its callback ends the command
        else
            finish(Interrupted);
    });
}

int CallCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    addConnectionOptions(parser, tr("Ask the built-in demo server."));
    int exitCode = Success;
    if (!parseArguments(parser, arguments, &exitCode, {m_kind.argumentName}))
        return exitCode;
    const QString id = parser.positionalArguments().constFirst();
    QString error = m_connection.read(parser);
    if (error.isEmpty())
        error = m_kind.check(id);
    if (error.isEmpty())
        error = readOptions(parser);
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    if (!m_connection.start())
        return ApiFailure;
    m_call = send(m_connection.client(), id, m_connection.scope());
    return -1;
}

QString CallCommand::interruptedMessage() const
{
    return tr("Interrupted before the server answered.");
}

void CallCommand::addFormatOption(QCommandLineParser &parser, const QString &jsonDescription)
{
    parser.addOption({QStringLiteral("format"),
                      tr("text (aligned lines; the default) or json (%1).").arg(jsonDescription),
                      QStringLiteral("FORMAT")});
}

QString CallCommand::readFormatOption(const QCommandLineParser &parser)
{
    const QString format = parser.isSet(QStringLiteral("format"))
        ? parser.value(QStringLiteral("format"))
        : QStringLiteral("text");
    if (format != u"text" && format != u"json")
        return tr("--format must be text or json (got \"%1\").").arg(format);
    m_json = format == u"json";
    return {};
}

void CallCommand::printAnswer(const std::function<QByteArray(qint64 *)> &asJson,
                              const std::function<QStringList(qint64 *)> &asText) const
{
    qint64 maskedValues = 0;
    if (m_json) {
        const QByteArray line = asJson(&maskedValues) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    } else {
        printLine(stdout, asText(&maskedValues).join(u'\n'));
    }
    if (maskedValues > 0)
        printError(maskedValuesNote(maskedValues));
}

void CallCommand::printAnswerLine(QString line)
{
    if (maskSecretsInPlace(line) > 0)
        printError(tr("The server's answer contained the API key; it was masked."));
    printLine(stdout, escapeForTerminal(line, LineFeeds::Escape));
}

bool CallCommand::endedByFailure(const QString &id, const ApiError &error)
{
    if (error.isOk() && !m_interrupted)
        return false;
    fail(id, error);
    return true;
}

bool CallCommand::endedByRefusedCancel(const QString &id, const ApiError &error,
                                       const QString &refused)
{
    if (error.httpStatus != 409 || m_interrupted)
        return false;
    printError(refused.arg(id, error.serverDetail.isEmpty() ? error.message : error.serverDetail));
    finish(ApiFailure);
    return true;
}

void CallCommand::finish(int exitCode)
{
    if (m_interrupted) {
        printError(interruptedMessage());
        exitCode = Interrupted;
    }
    QCoreApplication::exit(exitCode);
}

void CallCommand::fail(const QString &id, const ApiError &error)
{
    if (!m_interrupted)
        printError(m_kind.failure(id, error));
    finish(exitCodeFor(error));
}

} // namespace BatchDeck::Cli
