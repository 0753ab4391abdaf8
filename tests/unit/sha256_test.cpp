// The policy receipt: SHA-256 as FIPS 180-4 defines it, checked against the
// standard's own examples, and computed from the policy file's bytes.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "vybir/default_policy.hpp"
#include "vybir/policy.hpp"
#include "vybir/sha256.hpp"

TEST_CASE("SHA-256 gives the known digests of the FIPS 180-4 examples", "[sha256]") {
    CHECK(vybir::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(vybir::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(vybir::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(vybir::sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(vybir::sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 pads correctly at every length around a block boundary", "[sha256]") {
    // 55, 56 and 64 bytes are where the length field moves to a second block.
    CHECK(vybir::sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(vybir::sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(vybir::sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("a policy read from its file carries the hash of exactly those bytes", "[sha256][policy]") {
    std::ifstream file(VYBIR_POLICY_DIR "/2026-06-30.json", std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    auto p = vybir::read_policy_text(bytes.str());
    REQUIRE(p.ok());
    CHECK(p.value().sha256 == vybir::sha256_hex(bytes.str()));
    CHECK(p.value().sha256.size() == 64);
    // One byte more (a trailing newline) is another file, with another hash.
    auto q = vybir::read_policy_text(bytes.str() + "\n");
    REQUIRE(q.ok());
    CHECK(q.value().sha256 != p.value().sha256);
}
