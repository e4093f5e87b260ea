// Council terms 1991-2024 and the fmadore name crosswalk (entities.csv + country_aliases.csv).
// States become nodes (ISO3 ids, regional group, aliases); terms become member edges.
#include "common.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace councilgraph {

namespace {

using detail::Builder;

std::optional<int> parse_year(std::string_view s) {
    int y = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
    if (ec != std::errc{} || p != s.data() + s.size() || s.size() != 4) return std::nullopt;
    return y;
}

bool iso3_ok(std::string_view s) {
    if (s.size() != 3) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

}  // namespace

ImportResult import_membership(const MembershipFiles& f, const ImportMappings& maps, const ExistingData& existing) {
    CsvOptions opts;
    opts.skip_comments = true;
    CsvTable terms(f.terms, f.terms_file, {"country_org", "start_year", "end_year", "seat", "note"}, opts);
    CsvTable entities(f.entities, f.entities_file, {"country_org", "entity_type", "iso3", "un_regional_group"}, opts);
    CsvTable aliases(f.aliases, f.aliases_file, {"alias", "canonical"}, opts);

    Source src;
    src.id = "fmadore-membership";
    src.short_title = "Council membership 1991-2024 (fmadore)";
    src.title = "Security Council membership terms 1991-2024 and state name crosswalk (fmadore, genocide-at-the-security-council, config/)";
    src.file = "council_membership.csv";
    src.url = "https://github.com/fmadore/genocide-at-the-security-council";
    src.note = "MIT licence; entities.csv and country_aliases.csv give names, ISO3 and regional groups; imported by councilgraph import membership";
    Builder b(maps, existing, f.terms_file, src);

    // Crosswalk: folded name → state id, from entities.csv (states only).
    std::map<std::string, std::string, std::less<>> name_to_id;
    std::map<std::string, std::string> iso_owner;  // iso3 → first row's name, to catch shared codes
    std::size_t non_states = 0;
    for (auto row : entities.rows()) {
        // Known errors of the crosswalk (its regional groups of Eastern European states) are
        // corrected as data, and reported.
        for (const auto& what : detail::corrections_applied(b.maps(), entities, row, "entities"))
            b.note(row.line, what, f.entities_file);
        const auto name = detail::trim(entities.get(row, "country_org"));
        if (detail::trim(entities.get(row, "entity_type")) != "state") {
            ++non_states;
            continue;
        }
        std::string id;
        if (auto o = maps.ids.find(name); o != maps.ids.end()) {
            id = o->second;
        } else {
            const auto iso = detail::trim(entities.get(row, "iso3"));
            if (!iso3_ok(iso)) {
                b.note(row.line, "state '" + name + "' has no valid ISO3 code ('" + iso + "'): not in the crosswalk", f.entities_file);
                continue;
            }
            id = "state:" + iso;
        }
        auto [it, fresh] = iso_owner.emplace(id, name);
        if (!fresh) {
            b.note(row.line, "'" + name + "' has the same id " + id + " as '" + it->second +
                                 "' (a historical state carrying its successor's code): not in the crosswalk; give it its own id in data/mappings/names.json 'ids'",
                   f.entities_file);
            continue;
        }
        name_to_id[fold(name)] = id;
        Node n;
        n.id = id;
        n.kind = NodeKind::state;
        if (auto d = maps.display.find(id); d != maps.display.end()) {
            n.name.en = d->second;
            if (d->second != name) n.aliases.push_back(name);
        } else {
            n.name.en = detail::untitle(name);
        }
        const auto note = detail::trim(entities.get(row, "note"));
        if (note.starts_with("ISO 3166 name: ")) {
            auto iso_name = note.substr(15);
            if (iso_name != n.name.en) n.aliases.push_back(iso_name);
        }
        const auto iso = detail::trim(entities.get(row, "iso3"));
        if (iso3_ok(iso) && "state:" + iso != id) n.attrs["successor_iso3"] = iso;
        const auto group = detail::trim(entities.get(row, "un_regional_group"));
        if (!group.empty()) n.attrs["un_regional_group"] = group;
        Evidence ev;
        ev.source = src.id;
        ev.record = "entities.csv line " + std::to_string(row.line) + ": " + name;
        n.evidence.push_back(ev);
        b.define(std::move(n));
        // The regional group as a relation, so that a state the curated data defines gets it too
        // (the attribute above is only on the states this import defines).
        if (!group.empty()) {
            const auto g = maps.names.find(fold(group));
            if (g == maps.names.end() || !g->second.starts_with("group:")) {
                b.note(row.line, "regional group '" + group + "' has no group node (data/mappings/names.json 'names'): not imported", f.entities_file);
            } else if (b.need(id) && b.need(g->second)) {
                Edge e;
                e.kind = EdgeKind::member;
                e.from = id;
                e.to = g->second;
                e.attrs["type"] = std::string("regional group");
                e.evidence.push_back(ev);
                b.add(std::move(e));
            }
        }
    }
    if (non_states > 0)
        b.note(0, std::to_string(non_states) + " rows of other entity types (organisations, NGOs...) not imported: only states are needed", f.entities_file);

    for (const auto& row : aliases.rows()) {
        const auto alias = detail::trim(aliases.get(row, "alias"));
        const auto canonical = detail::trim(aliases.get(row, "canonical"));
        auto it = name_to_id.find(fold(canonical));
        if (it == name_to_id.end()) continue;  // an alias of an organisation: not needed
        name_to_id[fold(alias)] = it->second;
        if (Node* n = b.own(it->second)) {
            if (fold(alias) != fold(n->name.en) &&
                std::find(n->aliases.begin(), n->aliases.end(), alias) == n->aliases.end())
                n->aliases.push_back(alias);
        }
        // A state the existing data defines keeps its own names: aliases come only with our nodes.
    }

    auto resolve = [&](const std::string& name) -> std::string {
        const auto key = fold(name);
        if (auto it = name_to_id.find(key); it != name_to_id.end()) return it->second;
        if (auto it = maps.names.find(key); it != maps.names.end()) return it->second;
        return {};
    };

    std::set<std::string> seats_done;
    for (auto row : terms.rows()) {
        const int line = row.line;
        b.begin_row(line);
        detail::apply_corrections(b, terms, row, "membership");
        const auto name = detail::trim(terms.get(row, "country_org"));
        const auto start = parse_year(detail::trim(terms.get(row, "start_year")));
        const auto end = parse_year(detail::trim(terms.get(row, "end_year")));
        const auto seat = detail::trim(terms.get(row, "seat"));
        const auto note = detail::trim(terms.get(row, "note"));
        const std::string id = resolve(name);
        if (id.empty()) {
            b.skip(line, "'" + name + "' is not in the crosswalk (entities.csv, country_aliases.csv): term skipped");
        } else if (!start || !end || *end < *start) {
            b.skip(line, "years '" + terms.get(row, "start_year") + "'-'" + terms.get(row, "end_year") +
                             "' are not a YYYY-YYYY term: term skipped");
        } else if (seat != "permanent" && seat != "elected") {
            b.skip(line, "seat '" + seat + "' is neither permanent nor elected: term skipped");
        } else if (!b.need(id)) {
            b.skip(line, "no node for " + id + ": term skipped");
        } else if (!b.need("body:unsc")) {
            b.skip(line, "no node body:unsc (data/mappings/names.json): term skipped");
        } else if (seat == "permanent") {
            // The source bounds permanent terms by its corpus period; the seats are written for
            // their whole span from data/mappings/names.json, with this row as added evidence.
            bool found = false;
            for (const auto& s : maps.permanent_seats) {
                if (s.to != "body:unsc") continue;
                // The seat this row's state holds, and the spans of that seat (USSR → Russia).
                const auto seat_name = s.attrs.find("seat");
                bool ours = s.from == id;
                if (!ours && seat_name != s.attrs.end())
                    for (const auto& o : maps.permanent_seats)
                        if (o.from == id && o.attrs.contains("seat") && o.attrs.at("seat") == seat_name->second) ours = true;
                if (!ours) continue;
                found = true;
                if (!b.need(s.from)) continue;
                Edge e = s;
                e.evidence.push_back(b.record(line, name + " " + std::to_string(*start) + "-" + std::to_string(*end) +
                                                        " permanent" + (note.empty() ? "" : " (" + note + ")")));
                b.add(std::move(e));
                seats_done.insert(s.from);
            }
            if (!found) b.skip(line, id + " has no permanent seat in data/mappings/names.json: term skipped");
            else
                b.repaired(line, "permanent term " + std::to_string(*start) + "-" + std::to_string(*end) +
                                     " is bounded by the source's corpus period: written as the whole seat (data/mappings/names.json)");
        } else {
            Edge e;
            e.kind = EdgeKind::member;
            e.from = id;
            e.to = "body:unsc";
            e.time.start = Date{*start, 0, 0};
            e.time.end = Date{*end, 0, 0};
            e.attrs["type"] = std::string("elected");
            e.attrs["term"] = std::to_string(*start) + (*end != *start ? "-" + std::to_string(*end) : "");
            if (!note.empty()) e.attrs["note"] = note;
            e.evidence.push_back(b.record(line, name + " " + std::to_string(*start) + "-" + std::to_string(*end)));
            b.add(std::move(e));
        }
        b.end_row();
    }
    return b.finish();
}

}  // namespace councilgraph
