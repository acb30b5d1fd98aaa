#include "core/paging/sentpagetokens.h"

#include <QCryptographicHash>

#include <algorithm>

namespace BatchDeck {

bool SentPageTokens::remember(const QString &token)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(token.toUtf8());
    const QByteArrayView result = hash.resultView();
    Digest digest;
    static_assert(sizeof(Digest) == 32);
    Q_ASSERT(result.size() == qsizetype(digest.size()));
    std::copy_n(result.data(), digest.size(), digest.begin());
    return m_digests.insert(digest).second;
}

} // namespace BatchDeck
