#include "core/json/jsonpage.h"

#include "core/json/jsonfieldreader.h"

#include <QCoreApplication>

namespace BatchDeck {

namespace {

// The translation context of this file's words, where lupdate can see it.
struct JsonPageText
{
    Q_DECLARE_TR_FUNCTIONS(BatchDeck::JsonPage)
};

} // namespace

QString parseJsonPage(const QByteArray &body, JsonPageMembers *members)
{
    JsonSlice object;
    if (QString error = parseJsonObject(body, &object); !error.isEmpty())
        return error;
    JsonPageMembers read;
    for (const JsonMember &member : object.members()) {
        if (member.hasKey(u"items"))
            read.items = member.value;
        else if (member.hasKey(u"total_size"))
            read.totalSize = member.value;
        else if (member.hasKey(u"next_page_token"))
            read.nextPageToken = member.value;
    }
    *members = read;
    return {};
}

QString requiredItemsProblem(const JsonSlice &items)
{
    if (items.isArray())
        return {};
    return items.isUndefined() ? JsonPageText::tr("field \"items\" is missing")
                               : JsonPageText::tr("field \"items\" should be an array but is %1")
                                     .arg(describeJsonType(items.type()));
}

QString notAnObjectProblem(QJsonValue::Type type)
{
    return JsonPageText::tr("it is %1, not an object").arg(describeJsonType(type));
}

} // namespace BatchDeck
