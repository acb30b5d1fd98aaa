#include "cli/callcommand.h"

#include "cli/clioptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace BatchDeck::Cli {

bool looksLikeAnId(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:[a-z]{1,16}-)?[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(id).hasMatch();
}

CallCommand::CallCommand(QObject *parent)
    : QObject(parent)
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
    if (!parseArguments(parser, arguments, &exitCode, {idName()}))
        return exitCode;
    const QString id = parser.positionalArguments().constFirst();
    QString error = m_connection.read(parser);
    if (error.isEmpty())
        error = checkId(id);
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
        printError(failureText(id, error));
    finish(exitCodeFor(error));
}

} // namespace BatchDeck::Cli
