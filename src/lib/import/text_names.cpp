// The names the importers give the texts of the public record, in the three languages (the UN's
// own terms: "projet de résolution", "déclaration du Président"; Dutch as the Dutch government's
// letters write them, "ontwerpresolutie", "verklaring van de voorzitter").
#include "common.hpp"

namespace councilgraph::detail {

namespace {

Names three(std::string en, std::string nl, std::string fr) {
    Names n;
    n.en = std::move(en);
    n.nl = std::move(nl);
    n.fr = std::move(fr);
    return n;
}

}  // namespace

Names resolution_names(std::string_view number_and_year) {
    const std::string s(number_and_year);
    return three("Resolution " + s, "Resolutie " + s, "Résolution " + s);
}

Names draft_names(std::string_view symbol) {
    const std::string s(symbol);
    return three("Draft resolution " + s, "Ontwerpresolutie " + s, "Projet de résolution " + s);
}

Names statement_names(std::string_view symbol) {
    const std::string s(symbol);
    return three("Presidential statement " + s, "Verklaring van de voorzitter " + s, "Déclaration du Président " + s);
}

Names amendment_names(std::string_view symbol) {
    const std::string s(symbol);
    return three("Amendment to draft resolution " + s, "Amendement op ontwerpresolutie " + s,
                 "Amendement au projet de résolution " + s);
}

Names oral_amendment_names(std::string_view date) {
    const std::string d(date);
    return three("Oral amendment put to the vote on " + d, "Mondeling amendement, in stemming gebracht op " + d,
                 "Amendement oral mis aux voix le " + d);
}

Names unnamed_draft_names(std::string_view date) {
    const std::string d(date);
    return three("Draft put to the vote on " + d + " (symbol not recorded)",
                 "Ontwerp, in stemming gebracht op " + d + " (symbool niet vermeld)",
                 "Projet mis aux voix le " + d + " (cote non indiquée)");
}

Names vetoed_proposal_names(std::string_view meeting, std::string_view agenda) {
    const std::string m(meeting), a = agenda.empty() ? std::string() : " (" + std::string(agenda) + ")";
    return three("Proposal vetoed at " + m + a, "Voorstel waartegen een veto werd gesteld, " + m + a,
                 "Proposition frappée d'un veto, " + m + a);
}

Names meeting_names(std::string_view record, std::string_view date, std::string_view topic) {
    const std::string rest = " (" + std::string(date) + ")" + (topic.empty() ? "" : ": " + std::string(topic));
    if (!record.empty()) return three(std::string(record) + rest, "", "");  // the same in every language
    return three("Meeting" + rest, "Vergadering" + rest, "Séance" + rest);
}

}  // namespace councilgraph::detail
