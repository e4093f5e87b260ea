#include <councilgraph/import.hpp>
#include <councilgraph/load.hpp>

namespace councilgraph {

std::vector<ImportAllOutput> import_all(const std::filesystem::path& realdata, const ImportMappings& maps,
                                        ExistingData existing) {
    const auto membership = realdata / "sc_membership_and_names_fmadore";
    const auto vetoes = realdata / "dhl_vetoes_yordan" / "unsc_vetoes_1946_sept2022.csv";
    const auto meetings = realdata / "dhl_sc_meetings_pcrc" / "dhl_sc_meetings_1946_2022.csv";
    const auto votes = realdata / "sc_votes_per_member_votingagent" / "sc_votes_per_member_votingagent.csv";
    std::vector<ImportAllOutput> out;
    // Order matters only for who defines a shared node: states come with the crosswalk, drafts
    // with the veto list (its richer attributes), meetings and the rest with the meeting tables;
    // the votes come last, settled against all three (dates, tallies, vetoers, seats).
    MembershipFiles mf;
    mf.terms_file = (membership / "council_membership.csv").string();
    mf.entities_file = (membership / "entities.csv").string();
    mf.aliases_file = (membership / "country_aliases.csv").string();
    mf.terms = read_file(mf.terms_file);
    mf.entities = read_file(mf.entities_file);
    mf.aliases = read_file(mf.aliases_file);
    out.push_back({"fmadore-membership.json", import_membership(mf, maps, existing)});
    existing.add(out.back().result.data);
    out.push_back({"dhl-vetoes.json", import_vetoes(read_file(vetoes), vetoes.string(), maps, existing)});
    existing.add(out.back().result.data);
    out.push_back({"dhl-meetings.json", import_meetings(read_file(meetings), meetings.string(), maps, existing)});
    existing.add(out.back().result.data);
    out.push_back({"votingagent-votes.json", import_votes(read_file(votes), votes.string(), maps, existing)});
    return out;
}

}  // namespace councilgraph
