// Node lifespans and the edge times they imply (see reconcile.hpp for the rules).
#include <councilgraph/reconcile.hpp>

#include "atom_pool.hpp"

#include <algorithm>
#include <unordered_map>

namespace councilgraph {

namespace {

std::optional<Date> attr_date(const Attrs& a, std::string_view key) {
    auto it = a.find(key);
    if (it == a.end()) return std::nullopt;
    if (const auto* s = std::get_if<std::string>(&it->second)) return parse_date(*s);
    if (const auto* n = std::get_if<std::int64_t>(&it->second))
        if (*n >= 1 && *n <= 9999) return Date{static_cast<int>(*n), 0, 0};
    return std::nullopt;
}

bool is_text(NodeKind k) { return k == NodeKind::resolution || k == NodeKind::draft || k == NodeKind::statement; }

/// Kinds whose relation lasts from its start on (an outcome's effect on its subject).
bool lasting(EdgeKind k) {
    return k == EdgeKind::concerns || k == EdgeKind::renews || k == EdgeKind::endorses || k == EdgeKind::mandates ||
           k == EdgeKind::part_of;
}

std::int32_t first_day(const TimeSpan& t) { return t.days().lo; }

std::optional<Date> day_before(const Date& d) {
    // The last day before `d` begins, as a day-precision date.
    std::int32_t z = d.first_day() - 1 + 719468;  // civil_from_days (H. Hinnant)
    const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return Date{y + (month <= 2), static_cast<int>(month), static_cast<int>(day)};
}

}  // namespace

bool only_records(std::span<const Evidence> evs) noexcept {
    return !evs.empty() && std::all_of(evs.begin(), evs.end(), [](const Evidence& e) { return is_record(e); });
}

TimeSpan life_of(const Attrs& a) {
    TimeSpan t;
    for (auto key : {"date", "adopted", "month", "year"})
        if (auto d = attr_date(a, key)) {
            t.date = d;
            return t;
        }
    for (auto [s, e] : {std::pair{"founded", "dissolved"}, std::pair{"start", "end"}}) {
        auto from = attr_date(a, s);
        auto to = attr_date(a, e);
        if ((from || to) && (!from || !to || from->first_day() <= to->last_day())) {
            t.start = from;
            t.end = to;
            return t;
        }
    }
    return t;
}

void derive_times(Dataset& data) {
    // The ends by Atom (see AtomIndex): no id is hashed as text for each edge.
    detail::AtomIndex at(data.nodes.size());
    for (std::size_t i = 0; i < data.nodes.size(); ++i) {
        data.nodes[i].life = life_of(data.nodes[i].attrs);
        at.insert(Atom(data.nodes[i].id), static_cast<std::uint32_t>(i));
    }
    auto node = [&](const Atom& id) -> Node* {
        const auto i = at.find(id);
        return i == detail::AtomIndex::none ? nullptr : &data.nodes[i];
    };
    // A text without a stated date: the day of the meeting that adopted or rejected it (the
    // earliest, should the record list it twice).
    for (const Edge& e : data.edges) {
        if (e.kind != EdgeKind::outcome || !e.time.date) continue;
        Node* t = node(e.to);
        if (!t || !is_text(t->kind) || !life_of(t->attrs).undated()) continue;
        if (t->life.undated() || e.time.date->first_day() < t->life.date->first_day()) t->life.date = e.time.date;
    }
    std::unordered_map<std::string_view, const Source*> sources;
    for (const auto& s : data.sources) sources.emplace(s.id, &s);
    // The earliest date of the sources an edge cites.
    auto said_on = [&](const Edge& e) {
        std::optional<Date> said;
        for (const auto& ev : e.evidence)
            if (auto s = sources.find(ev.source); s != sources.end() && s->second->date)
                if (!said || s->second->date->first_day() < said->first_day()) said = s->second->date;
        return said;
    };
    for (Edge& e : data.edges) {
        // A past role stated without its end ended before the source speaks of it.
        if (auto f = !e.time.end && !e.time.date ? e.attrs.find("former") : e.attrs.end();
            f != e.attrs.end() && f->second == AttrValue(true))
            if (auto said = said_on(e); said && (!e.time.start || e.time.start->last_day() < said->first_day())) {
                e.time.end = day_before(*said);
                e.time_derived = true;
                continue;
            }
        if (!e.time.undated()) continue;
        const Node* a = node(e.from);
        const Node* b = node(e.to);
        const bool da = a && !a->life.undated(), db = b && !b->life.undated();
        if (!da && !db) continue;
        const TimeSpan& la = da ? a->life : b->life;
        const TimeSpan& lb = db ? b->life : a->life;
        const TimeSpan& later = first_day(la) >= first_day(lb) ? la : lb;
        if (lasting(e.kind)) {
            e.time.start = later.date ? later.date : later.start;
            if (!e.time.start) continue;  // an end alone says nothing of when the relation began
        } else {
            e.time = later;
        }
        e.time_derived = true;
    }
}

}  // namespace councilgraph
