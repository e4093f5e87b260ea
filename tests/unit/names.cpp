#include <councilgraph/error.hpp>
#include <councilgraph/names.hpp>

#include <catch2/catch.hpp>

using namespace councilgraph;

namespace {
Node node(std::string id, NodeKind k, Names n, std::vector<std::string> aliases = {}) {
    Node x;
    x.id = std::move(id);
    x.kind = k;
    x.name = std::move(n);
    x.aliases = std::move(aliases);
    return x;
}
std::vector<Node> sample() {
    return {node("dossier:syria-humanitarian", NodeKind::dossier, {"Syria humanitarian access", "Syrië humanitaire toegang", ""}),
            node("dossier:syria-political", NodeKind::dossier, {"Syria political process", "", ""}),
            node("state:CIV", NodeKind::state, {"Côte d'Ivoire", "Ivoorkust", "Côte d’Ivoire"}),
            node("state:KWT", NodeKind::state, {"Kuwait", "Koeweit", "Koweït"}),
            node("state:NLD", NodeKind::state, {"Kingdom of the Netherlands", "Koninkrijk der Nederlanden", ""}, {"KNL", "Nederland"}),
            node("state:SYR", NodeKind::state, {"Syria", "Syrië", "Syrie"}),
            node("state:TUR", NodeKind::state, {"Türkiye", "Turkije", "Turquie"}, {"Turkey"})};
}
}  // namespace

TEST_CASE("folding drops case, accents and punctuation", "[names]") {
    CHECK(fold("Koweït") == "koweit");
    CHECK(fold("Côte d’Ivoire") == "cote d ivoire");
    CHECK(fold("Côte d'Ivoire") == "cote d ivoire");
    CHECK(fold("  TÜRKIYE ") == "turkiye");
    CHECK(fold("Straße") == "strasse");
    CHECK(fold("S/RES/2231") == "s res 2231");
    CHECK(fold("Ł ő ř") == "l o r");
}

TEST_CASE("one node answers to every name, alias and id in any language", "[names]") {
    auto nodes = sample();
    NameIndex idx(nodes);
    for (const char* n : {"Koeweit", "Koweït", "kuwait", "KUWAIT", "state:KWT", "KWT"}) CHECK(idx.resolve(n) == 3);
    CHECK(idx.resolve("cote d'ivoire") == 2);
    CHECK(idx.resolve("Ivoorkust") == 2);
    CHECK(idx.resolve("Turkey") == 6);
    CHECK(idx.resolve("KNL") == 4);
    CHECK(idx.resolve("syr") == 5);  // an ISO code is the id's slug
    CHECK(idx.resolve("Syria humanitarian") == 0);  // words of a longer name
}

TEST_CASE("an exact name beats a longer one that contains it", "[names]") {
    auto nodes = sample();
    NameIndex idx(nodes);
    CHECK(idx.resolve("Syria") == 5);
    const NodeKind dossier[] = {NodeKind::dossier};
    // No dossier is named exactly "Syria": the dossiers whose names hold the word are the candidates.
    CHECK_THROWS_WITH(idx.resolve("Syria", dossier), Catch::Contains("ambiguous") && Catch::Contains("Syria political process"));
    CHECK(idx.resolve("Syria humanitarian", dossier) == 0);
}

TEST_CASE("ambiguous names list the candidates; unknown ones suggest", "[names]") {
    auto nodes = sample();
    NameIndex idx(nodes);
    CHECK_THROWS_WITH(idx.resolve("syri"), Catch::Contains("ambiguous") && Catch::Contains("dossier:syria-political") &&
                                              Catch::Contains("state:SYR"));
    CHECK_THROWS_AS(idx.resolve("Kuwiat"), NameError);
    CHECK_THROWS_WITH(idx.resolve("Kuwiat"), "unknown name 'Kuwiat' (did you mean 'Kuwait' (state:KWT)?)");
    CHECK_THROWS_WITH(idx.resolve("zzzzzz"), Catch::StartsWith("unknown name 'zzzzzz': no entity has a name"));
}

TEST_CASE("a name outranks an id slug; a state outranks a dossier of the same name", "[names]") {
    std::vector<Node> nodes{node("dossier:conflict-and-hunger", NodeKind::dossier, {"Conflict and hunger", "", ""}),
                            node("dossier:yemen", NodeKind::dossier, {"Yemen", "Jemen", ""}),
                            node("res:conflict-and-hunger", NodeKind::resolution, {"Resolution on conflict and hunger", "", ""}),
                            node("state:YEM", NodeKind::state, {"Yemen", "Jemen", "Yémen"})};
    NameIndex idx(nodes);
    CHECK(idx.resolve("Conflict and hunger") == 0);  // the resolution only shares the slug
    std::vector<std::uint32_t> also;
    CHECK(idx.resolve("Jemen", {}, &also) == 3);
    CHECK(also == std::vector<std::uint32_t>{1});
    CHECK(idx.resolve("Yemen dossier") == 1);  // the kind as a word
    const NodeKind dossier[] = {NodeKind::dossier};
    CHECK(idx.resolve("Yemen", dossier) == 1);
}

TEST_CASE("a leading article is ignored: la, le, les, l', de, het", "[names]") {
    std::vector<Node> nodes = sample();
    nodes.push_back(node("meeting:S/PV.1800", NodeKind::meeting, {"S/PV.1800: la question de Chine", "", ""}));
    nodes.push_back(node("state:CHN", NodeKind::state, {"China", "China", "Chine"}));
    NameIndex idx(nodes);
    CHECK(idx.resolve("la Chine") == 8);
    CHECK(idx.resolve("le Koweït") == 3);
    CHECK(idx.resolve("l'Ivoorkust") == 2);
    CHECK(idx.resolve("het Koninkrijk der Nederlanden") == 4);
    CHECK(idx.resolve("de Turkije") == 6);
}

TEST_CASE("a name of the wrong kind for the option is an error with candidates of the right kind", "[names]") {
    std::vector<Node> nodes = sample();
    nodes.push_back(node("meeting:S/PV.1800", NodeKind::meeting, {"S/PV.1800: the Kuwait question", "", ""}));
    NameIndex idx(nodes);
    const NodeKind states[] = {NodeKind::state};
    CHECK_THROWS_WITH(idx.resolve("meeting:S/PV.1800", states),
                      "'meeting:S/PV.1800' names a meeting, S/PV.1800: the Kuwait question (meeting:S/PV.1800), not a state; no state has a name like it");
    CHECK_THROWS_WITH(idx.resolve("Syria political", states), Catch::Contains("names a dossier") && Catch::Contains("not a state") &&
                                                                 Catch::Contains("'Syria' (state:SYR)"));
    // An unknown name is offered names of the kinds the option takes.
    CHECK_THROWS_WITH(idx.resolve("Kuwiat", states), "unknown name 'Kuwiat' (did you mean 'Kuwait' (state:KWT)?)");
}
