#pragma once

#include <QString>

#include <array>
#include <cstring>
#include <unordered_set>

namespace BatchDeck {

// The page tokens a cursor listing has sent, to spot a server that leads in a circle. A token is
// the server's own text and may be long: each is kept as its SHA-256 digest, 32 bytes whatever
// its length.
class SentPageTokens
{
public:
    // Remembers a token as sent; false when it was sent before.
    bool remember(const QString &token);
    void clear() { m_digests.clear(); }
    qsizetype size() const { return qsizetype(m_digests.size()); }

private:
    using Digest = std::array<char, 32>;
    // A SHA-256 digest is evenly spread already, and a server cannot aim its tokens at one
    // bucket: its first bytes are a hash good enough.
    struct DigestHash
    {
        size_t operator()(const Digest &digest) const noexcept
        {
            size_t hash;
            std::memcpy(&hash, digest.data(), sizeof hash);
            return hash;
        }
    };

    std::unordered_set<Digest, DigestHash> m_digests;
};

} // namespace BatchDeck
