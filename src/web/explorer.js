// councilgraph explorer: the app inlined by `councilgraph export --format html`.
//
// The first half is the model (no DOM): name folding, dates, the selection rule and search, the
// same rules as the CLI (docs/cli.md, "Time"). Node tests run it on the embedded data without a
// browser. The second half draws the graph with cytoscape and wires the controls. Every text
// from the data reaches the page through textContent, never as markup.
(function (root) {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // Model
  // ---------------------------------------------------------------------------------------------

  // fold(): the CLI's name folding. `table` maps a character to what the CLI's fold() makes of
  // it (the export reads it from the C++ fold itself); unlisted characters separate words.
  function makeFold(table) {
    return function fold(text) {
      let out = '';
      let gap = false;
      for (const ch of String(text)) {
        const m = Object.prototype.hasOwnProperty.call(table, ch) ? table[ch] : ' ';
        for (const c of m) {
          if (c === ' ') { gap = true; continue; }
          if (gap && out.length) out += ' ';
          gap = false;
          out += c;
        }
      }
      return out;
    };
  }

  const DAY = 86400000;
  function dayNumber(y, m, d) {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    t.setUTCHours(0, 0, 0, 0);
    return Math.round(t.getTime() / DAY);
  }
  function daysInMonth(y, m) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  }

  // `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the CLI reads --at/--from/--to; null when malformed.
  function parseDate(text) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(text).trim());
    if (!m) return null;
    const y = +m[1], mo = m[2] ? +m[2] : 0, d = m[3] ? +m[3] : 0;
    if (m[2] && (mo < 1 || mo > 12)) return null;
    if (m[3] && (d < 1 || d > daysInMonth(y, mo))) return null;
    return { y, m: mo, d };
  }
  // First and last day a date covers (a year covers all its days, a month all of its own).
  function firstDay(p) { return dayNumber(p.y, p.m || 1, p.d || 1); }
  function lastDay(p) { const m = p.m || 12; return dayNumber(p.y, m, p.d || daysInMonth(p.y, m)); }

  // The days a fact holds: a date, or start/end with open ends; undated = every day.
  function spanOf(x) {
    if (!x) return [-Infinity, Infinity];
    if (x.date) { const p = parseDate(x.date); return p ? [firstDay(p), lastDay(p)] : [-Infinity, Infinity]; }
    const s = x.start && parseDate(x.start), e = x.end && parseDate(x.end);
    return [s ? firstDay(s) : -Infinity, e ? lastDay(e) : Infinity];
  }
  // A node's lifespan, when the export carries one (`life`, or its own date/start/end).
  function lifeOf(d) {
    if (d.life && typeof d.life === 'object') return spanOf(d.life);
    if (typeof d.life === 'string' && d.life) {  // TimeSpan::str(): `2019`, `2019 – 2020`, `2019 –`, `– 2020`
      const [a, b] = d.life.split('–').map((x) => x.trim());
      return d.life.includes('–') ? spanOf({ start: a || undefined, end: b || undefined }) : spanOf({ date: a });
    }
    if (d.date || d.start || d.end) return spanOf(d);
    return [-Infinity, Infinity];
  }
  // The window of --from/--to (either may be absent); null when `to` ends before `from` starts.
  function windowOf(from, to) {
    const lo = from ? firstDay(from) : -Infinity, hi = to ? lastDay(to) : Infinity;
    return lo <= hi ? [lo, hi] : null;
  }
  function overlaps(a, b) { return a[0] <= b[1] && b[0] <= a[1]; }

  // TimeSpan::str(): `2019-03-08`, `2019 – 2020`, `2019 –`, `– 2020`, or '' when undated.
  function periodText(x) {
    if (x.date) return x.date;
    if (!x.start && !x.end) return '';
    if (x.start && x.end && x.start === x.end) return x.start;
    return (x.start ? x.start + ' ' : '') + '–' + (x.end ? ' ' + x.end : '');
  }

  // Property names back to attribute keys (export.hpp: `.HH` hex, `attr_` for reserved keys).
  function attrKey(name) {
    let k = name.replace(/\.([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    try { k = decodeURIComponent(escape(k)); } catch (e) { /* not UTF-8: keep the bytes */ }
    return k.startsWith('attr_') ? k.slice(5) : k;
  }
  const FIXED = new Set(['id', 'kind', 'label', 'name', 'value', 'name_en', 'name_nl', 'name_fr', 'aliases',
    'evidence', 'source', 'target', 'key', 'date', 'start', 'end', 'life']);

  // The graph of the embedded document, with indices for the selection and search.
  function Model(doc) {
    const fold = makeFold(doc.fold || {});
    const nodeKinds = doc.kinds.nodes, edgeKinds = doc.kinds.edges;
    const nodes = doc.graph.elements.nodes.map((n) => n.data);
    const edges = doc.graph.elements.edges.map((e) => e.data);
    const index = new Map(), edgeIndex = new Map();
    nodes.forEach((n, i) => index.set(n.id, i));
    edges.forEach((e, j) => edgeIndex.set(e.id, j));
    const nodeKindOf = nodes.map((n) => nodeKinds.indexOf(n.kind));
    const lives = doc.lives || {};
    const nodeLife = nodes.map((n) => (lives[n.id] ? spanOf(lives[n.id]) : lifeOf(n)));
    const src = new Int32Array(edges.length), tgt = new Int32Array(edges.length);
    const edgeSpan = edges.map(spanOf);
    const incident = nodes.map(() => []);
    edges.forEach((e, j) => {
      src[j] = index.get(e.source);
      tgt[j] = index.get(e.target);
      incident[src[j]].push(j);
      if (tgt[j] !== src[j]) incident[tgt[j]].push(j);
    });

    // Search keys, as NameIndex builds them: names and aliases (exact), the id's slug, and
    // "<kind> <name>" for word matches.
    const exact = new Map(), slugs = new Map(), keys = [];
    const add = (map, k, i) => { if (!map.has(k)) map.set(k, []); const l = map.get(k); if (l[l.length - 1] !== i) l.push(i); };
    nodes.forEach((n, i) => {
      const own = new Set();
      for (const s of [n.name_en, n.name_nl, n.name_fr].concat(n.aliases || [])) {
        if (!s) continue;
        const k = fold(s);
        if (k) own.add(k);
      }
      for (const k of own) { add(exact, k, i); keys.push([k, i]); }
      const colon = n.id.indexOf(':');
      if (colon >= 0) {
        const k = fold(n.id.slice(colon + 1));
        if (k && !own.has(k)) { add(slugs, k, i); keys.push([k, i]); }
      }
      keys.push([n.kind + ' ' + fold(n.name_en || ''), i]);
    });

    function wordMatches(q) {
      const words = q.split(' ');
      const seen = new Set(), out = [];
      for (const [key, i] of keys) {
        if (seen.has(i)) continue;
        const all = words.every((w) => {
          for (let p = key.indexOf(w); p >= 0; p = key.indexOf(w, p + 1)) if (p === 0 || key[p - 1] === ' ') return true;
          return false;
        });
        if (all) { seen.add(i); out.push(i); }
      }
      return out;
    }
    const byKindThenName = (a, b) => nodeKindOf[a] - nodeKindOf[b] ||
      (nodes[a].name_en < nodes[b].name_en ? -1 : nodes[a].name_en > nodes[b].name_en ? 1 : a - b);

    // Node positions matching a user's text, best first: the exact id; exact names and aliases
    // (any language); id slugs; then names holding every word as a word prefix. Within a rank,
    // kinds in model order (a state before a dossier of the same name), then by name.
    function search(text) {
      const out = [], seen = new Set();
      const push = (list) => { for (const i of list.slice().sort(byKindThenName)) if (!seen.has(i)) { seen.add(i); out.push(i); } };
      if (index.has(String(text).trim())) push([index.get(String(text).trim())]);
      const q = fold(text);
      if (!q) return out;
      push(exact.get(q) || []);
      push(slugs.get(q) || []);
      push(wordMatches(q));
      return out;
    }

    // The CLI's selection (view.cpp): an edge is in when its kind is on, its time overlaps the
    // window (undated: always), both ends are of kinds that are on, and, when its time is not
    // its own (undated, or derived from its ends), both ends' lifespans overlap the window. When
    // the window or the edge kinds restrict, the nodes are the ends of those edges, otherwise
    // every node of a kind that is on.
    const edgeUndated = edges.map((e) => !e.date && !e.start && !e.end);
    const derivedIds = new Set(doc.derived || []);
    const edgeDerived = edges.map((e) => derivedIds.has(e.key) || e.time_derived === true);
    function select(opts) {
      const win = opts.window || [-Infinity, Infinity];
      const nodeOn = opts.nodeKinds, edgeOn = opts.edgeKinds;
      const bounded = win[0] !== -Infinity || win[1] !== Infinity;
      const restricts = bounded || edgeKinds.some((k) => !edgeOn.has(k));
      const kindOk = new Uint8Array(nodes.length), alive = new Uint8Array(nodes.length);
      for (let i = 0; i < nodes.length; ++i) {
        kindOk[i] = nodeOn.has(nodes[i].kind) ? 1 : 0;
        alive[i] = overlaps(nodeLife[i], win) ? 1 : 0;
      }
      const edgeIn = new Uint8Array(edges.length);
      const nodeIn = new Uint8Array(nodes.length);
      for (let j = 0; j < edges.length; ++j) {
        if (!edgeOn.has(edges[j].kind) || !overlaps(edgeSpan[j], win) || !kindOk[src[j]] || !kindOk[tgt[j]]) continue;
        if (bounded && (edgeUndated[j] || edgeDerived[j]) && (!alive[src[j]] || !alive[tgt[j]])) continue;
        edgeIn[j] = 1;
        nodeIn[src[j]] = nodeIn[tgt[j]] = 1;
      }
      if (!restricts) nodeIn.set(kindOk);
      return { nodeIn, edgeIn };
    }

    // The years the data speaks of (every finite date of an edge or a lifespan).
    function years() {
      let lo = Infinity, hi = -Infinity;
      const see = (x) => {
        for (const k of ['date', 'start', 'end']) {
          const p = x && x[k] && parseDate(x[k]);
          if (p) { lo = Math.min(lo, p.y); hi = Math.max(hi, p.y); }
        }
      };
      edges.forEach(see);
      nodes.forEach((n) => { see(n.life); see(n); });
      return lo <= hi ? [lo, hi] : null;
    }

    return { doc, fold, nodes, edges, index, edgeIndex, src, tgt, incident, nodeKinds, edgeKinds, search, select, years,
      nodeKindOf };
  }

  const api = { makeFold, parseDate, firstDay, lastDay, spanOf, windowOf, overlaps, periodText, attrKey, Model, FIXED };
  root.CouncilgraphModel = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
  if (typeof document === 'undefined') return;

  // ---------------------------------------------------------------------------------------------
  // Words of the page, in the three languages of the data
  // ---------------------------------------------------------------------------------------------
  const UI = {
    en: { language: 'Language', time: 'Time', all_time: 'All time', from: 'From', to: 'To', layout: 'Layout', fit: 'Fit',
      node_kinds: 'Nodes', edge_kinds: 'Relations', click_hint: 'Search for a name, or click a node or a relation to see its evidence.',
      search: 'Search a name or alias (EN, NL, FR)…', no_match: 'No name matches', names: 'Names', aliases: 'Aliases',
      attributes: 'Attributes', period: 'Period', lifespan: 'Lifespan', evidence: 'Evidence', relations: 'Relations',
      undated: 'undated', record: 'record', kind: 'kind', id: 'id', from_node: 'From', to_node: 'To',
      hidden: 'Not shown in the current time window or filters.', undated_note: 'Undated relations (such as a permanent seat) hold in every window; a year or a month covers all its days.',
      preset: 'Graphviz (as in the SVG)', cose: 'Force (cose)', disc: 'Disc by degree (instant)',
      preset_skipped: 'No Graphviz layout: ', force_limit: 'The force layout runs on at most {n} shown nodes: narrow the time window or the kinds.',
      counts: '{n} nodes, {m} relations shown (of {N} and {M})', show_all: 'Show all {n}', sources: 'sources', bad_date: 'expected YYYY, YYYY-MM or YYYY-MM-DD' },
    nl: { language: 'Taal', time: 'Tijd', all_time: 'Altijd', from: 'Van', to: 'Tot', layout: 'Schikking', fit: 'Passend',
      node_kinds: 'Knopen', edge_kinds: 'Relaties', click_hint: 'Zoek een naam, of klik op een knoop of een relatie om de bewijsstukken te zien.',
      search: 'Zoek een naam of alias (EN, NL, FR)…', no_match: 'Geen naam komt overeen', names: 'Namen', aliases: 'Aliassen',
      attributes: 'Kenmerken', period: 'Periode', lifespan: 'Levensduur', evidence: 'Bewijs', relations: 'Relaties',
      undated: 'zonder datum', record: 'record', kind: 'soort', id: 'id', from_node: 'Van', to_node: 'Naar',
      hidden: 'Niet getoond in het huidige tijdvenster of de filters.', undated_note: 'Relaties zonder datum (zoals een permanente zetel) gelden in elk venster; een jaar of een maand omvat al zijn dagen.',
      preset: 'Graphviz (zoals in de SVG)', cose: 'Kracht (cose)', disc: 'Schijf naar graad (meteen)',
      preset_skipped: 'Geen Graphviz-schikking: ', force_limit: 'De krachtschikking werkt op hoogstens {n} getoonde knopen: verklein het tijdvenster of de soorten.',
      counts: '{n} knopen, {m} relaties getoond (van {N} en {M})', show_all: 'Toon alle {n}', sources: 'bronnen', bad_date: 'verwacht JJJJ, JJJJ-MM of JJJJ-MM-DD' },
    fr: { language: 'Langue', time: 'Temps', all_time: 'Toute période', from: 'De', to: 'À', layout: 'Disposition', fit: 'Ajuster',
      node_kinds: 'Nœuds', edge_kinds: 'Relations', click_hint: 'Cherchez un nom, ou cliquez sur un nœud ou une relation pour voir ses preuves.',
      search: 'Chercher un nom ou un alias (EN, NL, FR)…', no_match: 'Aucun nom ne correspond', names: 'Noms', aliases: 'Alias',
      attributes: 'Attributs', period: 'Période', lifespan: 'Durée de vie', evidence: 'Preuves', relations: 'Relations',
      undated: 'sans date', record: 'enregistrement', kind: 'type', id: 'id', from_node: 'De', to_node: 'Vers',
      hidden: 'Non affiché dans la fenêtre de temps ou les filtres actuels.', undated_note: 'Les relations sans date (comme un siège permanent) valent dans toute fenêtre ; une année ou un mois couvre tous ses jours.',
      preset: 'Graphviz (comme le SVG)', cose: 'Forces (cose)', disc: 'Disque par degré (immédiat)',
      preset_skipped: 'Pas de disposition Graphviz : ', force_limit: 'La disposition par forces porte sur {n} nœuds affichés au plus : réduisez la fenêtre de temps ou les types.',
      counts: '{n} nœuds, {m} relations affichés (sur {N} et {M})', show_all: 'Tout afficher ({n})', sources: 'sources', bad_date: 'attendu AAAA, AAAA-MM ou AAAA-MM-JJ' },
  };
  const KIND = {
    en: { state: 'State', organisation: 'Organisation', group: 'Group', body: 'Council body', person: 'Person', party: 'Party',
      dossier: 'Dossier', resolution: 'Resolution', draft: 'Draft resolution', statement: 'Statement', mission: 'Mission',
      meeting: 'Meeting', event: 'Event', document: 'Document',
      member: 'member', candidate: 'candidate', presides: 'presides', pen: 'pen', chairs: 'chairs', veto: 'veto', vote: 'vote',
      sponsors: 'sponsors', position: 'position', represents: 'represents', member_of_party: 'member of party',
      participates: 'participates', initiated: 'initiated', asks: 'asks', authored: 'authored', concerns: 'concerns',
      renews: 'renews', endorses: 'endorses', mandates: 'mandates', outcome: 'outcome', part_of: 'part of',
      succeeds: 'succeeds', contributes: 'contributes', cooperates: 'cooperates', agreement: 'agreement' },
    nl: { state: 'Staat', organisation: 'Organisatie', group: 'Groep', body: 'Raadsorgaan', person: 'Persoon', party: 'Partij',
      dossier: 'Dossier', resolution: 'Resolutie', draft: 'Ontwerpresolutie', statement: 'Verklaring', mission: 'Missie',
      meeting: 'Vergadering', event: 'Evenement', document: 'Document',
      member: 'lid', candidate: 'kandidaat', presides: 'zit voor', pen: 'penhouder', chairs: 'voorzitter', veto: 'veto', vote: 'stem',
      sponsors: 'dient in', position: 'standpunt', represents: 'vertegenwoordigt', member_of_party: 'partijlid',
      participates: 'neemt deel', initiated: 'initiatief', asks: 'vraagt', authored: 'auteur', concerns: 'betreft',
      renews: 'verlengt', endorses: 'bekrachtigt', mandates: 'mandateert', outcome: 'uitkomst', part_of: 'deel van',
      succeeds: 'volgt op', contributes: 'draagt bij', cooperates: 'werkt samen', agreement: 'overeenstemming' },
    fr: { state: 'État', organisation: 'Organisation', group: 'Groupe', body: 'Organe du Conseil', person: 'Personne', party: 'Parti',
      dossier: 'Dossier', resolution: 'Résolution', draft: 'Projet de résolution', statement: 'Déclaration', mission: 'Mission',
      meeting: 'Séance', event: 'Événement', document: 'Document',
      member: 'membre', candidate: 'candidat', presides: 'préside', pen: 'porte-plume', chairs: 'préside (organe)', veto: 'veto',
      vote: 'vote', sponsors: 'parraine', position: 'position', represents: 'représente', member_of_party: 'membre du parti',
      participates: 'participe', initiated: 'a lancé', asks: 'interroge', authored: 'auteur', concerns: 'concerne',
      renews: 'renouvelle', endorses: 'approuve', mandates: 'mandate', outcome: 'résultat', part_of: 'fait partie de',
      succeeds: 'succède à', contributes: 'contribue', cooperates: 'coopère', agreement: 'accord' },
  };

  // ---------------------------------------------------------------------------------------------
  // The page
  // ---------------------------------------------------------------------------------------------
  const timing = { start: performance.now() };
  const doc = JSON.parse(document.getElementById('cg-data').textContent);
  timing.parsed = performance.now();
  const model = Model(doc);
  timing.model = performance.now();
  const parsedMs = timing.parsed - timing.start;
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
  const fmt = (s, vars) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k]));

  const hash = new URLSearchParams(location.hash.slice(1));
  const state = {
    lang: ['en', 'nl', 'fr'].includes(hash.get('lang')) ? hash.get('lang') : (['en', 'nl', 'fr'].includes(doc.lang) ? doc.lang : 'en'),
    from: null, to: null, // parsed dates, or null for an open end
    nodeKinds: new Set(model.nodeKinds), edgeKinds: new Set(model.edgeKinds),
    selected: null,       // {type: 'node'|'edge', i}
    sel: null,
  };
  const ui = (k) => UI[state.lang][k] || UI.en[k];
  const kindName = (k) => KIND[state.lang][k] || KIND.en[k] || k;
  const nameOf = (d) => d['name_' + state.lang] || d.name_en || d.id;

  // --- theme → cytoscape styles -----------------------------------------------------------------
  const theme = doc.theme || { nodes: {}, edges: {}, variants: [] };
  const colour = (c, fallback) => {
    if (!c) return fallback;
    c = String(c).split(':')[0].split(';')[0].trim();
    if (/^#[0-9a-fA-F]{8}$/.test(c)) c = c.slice(0, 7);
    return /^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$|^[a-zA-Z]+$/.test(c) ? c : fallback;
  };
  const SHAPES = { box: 'rectangle', rect: 'rectangle', rectangle: 'rectangle', square: 'rectangle', ellipse: 'ellipse',
    oval: 'ellipse', circle: 'ellipse', hexagon: 'hexagon', octagon: 'octagon', folder: 'tag', note: 'rectangle',
    component: 'rectangle', house: 'pentagon', diamond: 'diamond', triangle: 'triangle', tab: 'tag' };
  const ARROWS = { normal: ['triangle', 'filled'], vee: ['vee', 'filled'], tee: ['tee', 'filled'], diamond: ['diamond', 'filled'],
    odiamond: ['diamond', 'hollow'], empty: ['triangle', 'hollow'], onormal: ['triangle', 'hollow'], none: ['none', 'filled'],
    dot: ['circle', 'filled'], odot: ['circle', 'hollow'] };
  function nodeLook(kind) {
    const a = theme.nodes[kind] || {};
    const style = String(a.style || '');
    let shape = SHAPES[a.shape] || 'ellipse';
    if (shape === 'rectangle' && style.includes('rounded')) shape = 'round-rectangle';
    return { fill: colour(a.fillcolor, '#ffffff'), border: colour(a.color, '#444444'), shape,
      width: +a.penwidth || 1, dashed: style.includes('dashed') ? 'dashed' : style.includes('dotted') ? 'dotted' : 'solid' };
  }
  function edgeLook(d) {
    const a = Object.assign({}, theme.edges[d.kind] || {});
    for (const v of theme.variants || [])
      if (v.edge === d.kind && d[v.attr] != null && String(d[v.attr]) === v.equals) Object.assign(a, v.style);
    const style = String(a.style || '');
    const arrow = a.dir === 'none' ? ARROWS.none : ARROWS[a.arrowhead] || ARROWS.normal;
    return { color: colour(a.color, '#8a8a8a'), width: (+a.penwidth || 1) + (style.includes('bold') ? 0.5 : 0),
      line: style.includes('dashed') ? 'dashed' : style.includes('dotted') ? 'dotted' : 'solid', arrow: arrow[0], fill: arrow[1] };
  }

  // --- elements ---------------------------------------------------------------------------------
  const layoutDoc = doc.layout || {};
  const positions = layoutDoc.positions || null;
  // Large selections (the whole imported data) draw edges as straight lines without arrows or
  // dashes ("haystack"): dashed bezier edges with arrows cost seconds per frame on a software
  // canvas. A selected relation and its node's relations are still drawn in full.
  const big = model.nodes.length + model.edges.length > 6000;
  const sizeOf = model.nodes.map((d) => {
    const p = positions && positions[d.id];
    if (p) return [Math.max(p[2], 20), Math.max(p[3], 16)];
    const n = (d.name_en || d.id).length;
    return [Math.min(170, 30 + 6.2 * n), n * 6.2 > 140 ? 40 : 28];
  });
  const edgeClass = [], edgeLookOf = [];
  const looks = new Map();
  const edgeStyles = [];
  model.edges.forEach((d) => {
    const look = edgeLook(d);
    const key = JSON.stringify(look);
    if (!looks.has(key)) { looks.set(key, looks.size); edgeStyles.push(look); }
    edgeClass.push('e' + looks.get(key));
    edgeLookOf.push(look);
  });
  // The instant layout for any size: a disc with the best-connected nodes in the middle, node i
  // of n at radius ~sqrt(i) and the golden angle from the one before (sunflower packing).
  const disc = (() => {
    const order = model.nodes.map((_, i) => i).sort((a, b) => model.incident[b].length - model.incident[a].length || a - b);
    const pos = new Array(model.nodes.length);
    const step = 2.39996323;  // the golden angle, in radians
    order.forEach((i, r) => { const rad = 60 * Math.sqrt(r + 0.5); pos[i] = { x: rad * Math.cos(r * step), y: rad * Math.sin(r * step) }; });
    return pos;
  })();
  const elements = [];
  model.nodes.forEach((d, i) => {
    // The drawing keeps only what it styles by; names, attributes and evidence stay in the model.
    const e = { group: 'nodes', data: { id: d.id, kind: d.kind }, classes: 'k' + model.nodeKindOf[i] };
    e.position = positions && positions[d.id] ? { x: positions[d.id][0], y: positions[d.id][1] } : Object.assign({}, disc[i]);
    elements.push(e);
  });
  model.edges.forEach((d, j) => elements.push({ group: 'edges', data: { id: d.id, source: d.source, target: d.target, kind: d.kind },
    classes: edgeClass[j] }));

  // Labels of a large selection are measured only once the reader zooms in far enough to read
  // them (measuring 14,000 labels costs seconds); the found node and its neighbours always have theirs.
  const LABEL_ZOOM = 0.45;
  let labelsOn = !big;
  const styles = [
    { selector: 'node', style: {
      label: (n) => (labelsOn || n.hasClass('hit') || n.hasClass('near') ? nameOf(model.nodes[model.index.get(n.id())]) : ''), 'font-size': 11, 'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'text-valign': 'center', 'text-halign': 'center', 'text-wrap': big ? 'none' : 'wrap',
      width: (n) => sizeOf[model.index.get(n.id())][0], height: (n) => sizeOf[model.index.get(n.id())][1],
      'text-max-width': (n) => Math.max(20, sizeOf[model.index.get(n.id())][0] - 6),
      'min-zoomed-font-size': big ? 9 : 6, 'border-width': 1 } },
    { selector: 'edge', style: { 'curve-style': big ? 'haystack' : 'bezier', width: 1, 'arrow-scale': 0.8, opacity: 0.85 } },
  ];
  model.nodeKinds.forEach((k, i) => {
    const l = nodeLook(k);
    styles.push({ selector: '.k' + i, style: { 'background-color': l.fill, 'border-color': l.border, 'border-width': l.width,
      'border-style': l.dashed, shape: l.shape } });
  });
  edgeStyles.forEach((l, i) => styles.push({ selector: '.e' + i, style: big ? { 'line-color': l.color, width: l.width }
    : { 'line-color': l.color, 'target-arrow-color': l.color, 'target-arrow-shape': l.arrow, 'target-arrow-fill': l.fill,
      width: l.width, 'line-style': l.line } }));
  if (big)
    edgeStyles.forEach((l, i) => styles.push({ selector: '.e' + i + '.near, .e' + i + '.hit', style: { 'curve-style': 'bezier',
      'target-arrow-color': l.color, 'target-arrow-shape': l.arrow, 'target-arrow-fill': l.fill, 'line-style': l.line } }));
  styles.push(
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.hit', style: { 'border-width': 5, 'border-color': '#ff7f0e', 'z-index': 20, 'font-weight': 'bold' } },
    { selector: 'node.near', style: { 'border-width': 3, 'border-color': '#ffbb78', 'z-index': 10 } },
    { selector: 'edge.hit', style: { width: (e) => edgeLookOf[model.edgeIndex.get(e.id())].width + 3, opacity: 1,
      'z-index': 20, label: (e) => kindName(e.data('kind')), 'font-size': 10, 'text-background-color': '#fff',
      'text-background-opacity': 0.85, 'text-rotation': 'autorotate' } },
    { selector: 'edge.near', style: { opacity: 1, 'z-index': 10 } });

  timing.elements = performance.now();
  const initialLayout = positions ? 'preset' : (model.nodes.length <= 300 ? 'cose' : 'disc');
  const cy = root.cytoscape({
    container: $('graph'), elements, style: styles,
    layout: layoutOptions(initialLayout, true),
    minZoom: 0.02, maxZoom: 6, wheelSensitivity: 0.3, pixelRatio: big ? 1 : 'auto',
    textureOnViewport: big, hideEdgesOnViewport: big, hideLabelsOnViewport: big, motionBlur: false,
  });
  timing.cytoscape = performance.now();
  if (big) {
    let pending = null;
    cy.on('zoom', () => {
      if (pending) return;
      pending = setTimeout(() => {
        pending = null;
        const want = cy.zoom() >= LABEL_ZOOM;
        if (want !== labelsOn) { labelsOn = want; cy.style().update(); }
      }, 150);
    });
  }
  const cyNodes = model.nodes.map((d) => cy.getElementById(d.id));
  const cyEdges = model.edges.map((d) => cy.getElementById(d.id));
  const explorer = { cy, model, state, parsedMs, firstDrawMs: null, ready: false, timing };
  root.councilgraphExplorer = explorer;
  cy.one('render', () => { explorer.firstDrawMs = timing.firstDraw = performance.now(); });

  function layoutOptions(name, initial) {
    if (name === 'preset') return { name: 'preset', fit: true, padding: 30 };
    if (name === 'disc') return { name: 'preset', fit: true, padding: 30, positions: (n) => disc[model.index.get(n.id())] };
    return { name: 'cose', fit: true, padding: 30, animate: false, randomize: initial, nodeDimensionsIncludeLabels: false,
      numIter: 1000, idealEdgeLength: () => 80, nodeRepulsion: () => 60000 };
  }

  // --- selection (time, kinds) ------------------------------------------------------------------
  let shownNodes = new Uint8Array(model.nodes.length).fill(1), shownEdges = new Uint8Array(model.edges.length).fill(1);
  function currentWindow() { return windowOf(state.from, state.to); }
  function apply() {
    const win = currentWindow();
    if (!win) return;
    state.sel = model.select({ window: win, nodeKinds: state.nodeKinds, edgeKinds: state.edgeKinds });
    const { nodeIn, edgeIn } = state.sel;
    cy.batch(() => {
      for (let i = 0; i < nodeIn.length; ++i) if (nodeIn[i] !== shownNodes[i]) cyNodes[i].toggleClass('hidden', !nodeIn[i]);
      for (let j = 0; j < edgeIn.length; ++j) if (edgeIn[j] !== shownEdges[j]) cyEdges[j].toggleClass('hidden', !edgeIn[j]);
    });
    shownNodes = nodeIn;
    shownEdges = edgeIn;
    updateCounts();
    if (state.selected) renderPanel();
    saveHash();
  }
  function updateCounts() {
    let n = 0, m = 0;
    for (const x of shownNodes) n += x;
    for (const x of shownEdges) m += x;
    $('counts').textContent = fmt(ui('counts'), { n, m, N: model.nodes.length, M: model.edges.length });
    explorer.shown = { nodes: n, edges: m };
  }
  explorer.shownEdgeIds = () => model.edges.filter((_, j) => shownEdges[j]).map((d) => d.id);
  explorer.shownNodeIds = () => model.nodes.filter((_, i) => shownNodes[i]).map((d) => d.id);

  // --- time controls ----------------------------------------------------------------------------
  const years = model.years() || [new Date().getUTCFullYear(), new Date().getUTCFullYear()];
  const fromSlider = $('from-slider'), toSlider = $('to-slider');
  for (const s of [fromSlider, toSlider]) { s.min = years[0]; s.max = years[1]; }
  fromSlider.value = years[0];
  toSlider.value = years[1];
  function showTime() {
    const all = !state.from && !state.to;
    $('all-time').checked = all;
    $('sliders').classList.toggle('off', all);
    $('from-year').textContent = state.from ? state.from.y : '…';
    $('to-year').textContent = state.to ? state.to.y : '…';
    if (state.from) fromSlider.value = state.from.y;
    if (state.to) toSlider.value = state.to.y;
    const txt = (p) => (p ? String(p.y).padStart(4, '0') + (p.m ? '-' + String(p.m).padStart(2, '0') : '') + (p.d ? '-' + String(p.d).padStart(2, '0') : '') : '');
    for (const [id, p] of [['from-date', state.from], ['to-date', state.to]])
      if (document.activeElement !== $(id)) { $(id).value = txt(p); $(id).classList.remove('bad'); }
  }
  function setYears(from, to) {
    state.from = { y: from, m: 0, d: 0 };
    state.to = { y: to, m: 0, d: 0 };
    showTime();
    apply();
  }
  fromSlider.addEventListener('input', () => {
    const f = +fromSlider.value, t = Math.max(f, state.to ? state.to.y : +toSlider.value);
    setYears(f, t);
  });
  toSlider.addEventListener('input', () => {
    const t = +toSlider.value, f = Math.min(t, state.from ? state.from.y : +fromSlider.value);
    setYears(f, t);
  });
  $('all-time').addEventListener('change', () => {
    if ($('all-time').checked) { state.from = state.to = null; showTime(); apply(); }
    else setYears(+fromSlider.value, +toSlider.value);
  });
  function dateInput(id, key) {
    $(id).addEventListener('change', () => {
      const v = $(id).value.trim();
      const p = v === '' ? null : parseDate(v);
      if (v !== '' && !p) { $(id).classList.add('bad'); $(id).title = ui('bad_date'); return; }
      state[key] = p;
      // A start after the end moves the end along (and the other way round), as the sliders do.
      if (!currentWindow()) state[key === 'from' ? 'to' : 'from'] = p;
      $(id).classList.remove('bad');
      showTime();
      apply();
    });
  }
  dateInput('from-date', 'from');
  dateInput('to-date', 'to');
  // The same as --at DATE (--at YYYY is from=to=YYYY), for links and tests.
  explorer.setWindow = (from, to) => {
    state.from = from ? parseDate(from) : null;
    state.to = to ? parseDate(to) : null;
    showTime();
    apply();
  };

  // --- kind filters and legend ------------------------------------------------------------------
  const nodeCount = {}, edgeCount = {};
  model.nodes.forEach((d) => { nodeCount[d.kind] = (nodeCount[d.kind] || 0) + 1; });
  model.edges.forEach((d) => { edgeCount[d.kind] = (edgeCount[d.kind] || 0) + 1; });
  function legend(listId, kinds, counts, set, swatch) {
    const ul = $(listId);
    ul.textContent = '';
    for (const k of kinds) {
      const li = el('li', counts[k] ? '' : 'absent');
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.checked = set.has(k);
      box.dataset.kind = k;
      box.addEventListener('change', () => { if (box.checked) set.add(k); else set.delete(k); apply(); });
      label.append(box, swatch(k), el('span', 'kind-name', kindName(k)), el('span', 'n', String(counts[k] || 0)));
      li.append(label);
      ul.append(li);
    }
  }
  function drawLegends() {
    legend('node-kinds', model.nodeKinds, nodeCount, state.nodeKinds, (k) => {
      const l = nodeLook(k), s = el('span', 'swatch');
      s.style.background = l.fill;
      s.style.borderColor = l.border;
      s.style.borderStyle = l.dashed;
      if (l.shape === 'ellipse') s.style.borderRadius = '50%';
      return s;
    });
    legend('edge-kinds', model.edgeKinds, edgeCount, state.edgeKinds, (k) => {
      const l = edgeLook({ kind: k }), s = el('span', 'line');
      s.style.borderTopColor = l.color;
      s.style.borderTopStyle = l.line;
      s.style.borderTopWidth = Math.max(1.5, Math.min(4, l.width)) + 'px';
      return s;
    });
  }

  // --- layouts ----------------------------------------------------------------------------------
  const FORCE_MAX = 2500;
  function fillLayouts() {
    const sel = $('layout');
    const value = sel.value || initialLayout;
    sel.textContent = '';
    for (const name of ['preset', 'cose', 'disc']) {
      const o = el('option', '', ui(name));
      o.value = name;
      if (name === 'preset' && !positions) o.disabled = true;
      sel.append(o);
    }
    sel.value = value;
    $('layout-note').textContent = positions ? (layoutDoc.engine ? 'Graphviz ' + layoutDoc.engine : '')
      : ui('preset_skipped') + (layoutDoc.reason || '');
  }
  $('layout').addEventListener('change', () => {
    const name = $('layout').value;
    if (name === 'preset') {
      cy.batch(() => cyNodes.forEach((n, i) => { const p = positions[model.nodes[i].id]; if (p) n.position({ x: p[0], y: p[1] }); }));
      cy.fit(cy.elements(':visible'), 30);
      return;
    }
    const shown = cy.elements(':visible');
    if (name === 'disc') {
      cy.batch(() => cyNodes.forEach((n, i) => n.position(Object.assign({}, disc[i]))));
      cy.fit(shown, 30);
      return;
    }
    if (name === 'cose' && shown.nodes().length > FORCE_MAX) {
      $('layout-note').textContent = fmt(ui('force_limit'), { n: FORCE_MAX });
      return;
    }
    shown.layout(layoutOptions(name, false)).run();
  });
  $('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 30));

  // --- search -----------------------------------------------------------------------------------
  const searchBox = $('search'), results = $('search-results');
  let hits = [], active = 0;
  function showResults() {
    results.textContent = '';
    const q = searchBox.value;
    if (!q.trim()) { results.hidden = true; return; }
    hits = model.search(q).slice(0, 12);
    active = 0;
    if (!hits.length) {
      results.append(el('li', 'none', ui('no_match')));
    }
    hits.forEach((i, r) => {
      const d = model.nodes[i];
      const li = el('li', r === active ? 'active' : '');
      li.dataset.id = d.id;
      li.append(el('span', '', nameOf(d) + ' '), el('span', 'kind', kindName(d.kind) + ' · ' + d.id));
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pick(i); });
      results.append(li);
    });
    results.hidden = false;
  }
  function pick(i) {
    results.hidden = true;
    searchBox.value = nameOf(model.nodes[i]);
    selectNode(i, true);
  }
  searchBox.addEventListener('input', showResults);
  searchBox.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      [...results.children].forEach((li, r) => li.classList.toggle('active', r === active));
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      if (results.hidden) showResults();
      if (hits.length) pick(hits[active]);
    } else if (ev.key === 'Escape') {
      results.hidden = true;
    }
  });
  searchBox.addEventListener('blur', () => { results.hidden = true; });

  // --- highlighting and the evidence panel ------------------------------------------------------
  function clearMarks() { cy.batch(() => cy.elements('.hit, .near, .faded').removeClass('hit near faded')); }
  function selectNode(i, jump) {
    state.selected = { type: 'node', i };
    const n = cyNodes[i];
    cy.batch(() => {
      clearMarks();
      if (shownNodes[i]) {
        const nb = n.closedNeighborhood().filter(':visible');
        cy.elements(':visible').difference(nb).addClass('faded');
        nb.addClass('near');
        n.removeClass('near').addClass('hit');
      }
    });
    if (jump && shownNodes[i]) {
      cy.stop(true, true);
      cy.animate({ zoom: Math.max(cy.zoom(), 1.1), center: { eles: n } }, { duration: 300, complete: () => cy.center(n) });
    }
    renderPanel();
    saveHash();
  }
  function selectEdge(j) {
    state.selected = { type: 'edge', i: j };
    const e = cyEdges[j];
    cy.batch(() => {
      clearMarks();
      if (shownEdges[j]) {
        const ends = e.connectedNodes();
        cy.elements(':visible').difference(ends.union(e)).addClass('faded');
        ends.addClass('near');
        e.addClass('hit');
      }
    });
    renderPanel();
    saveHash();
  }
  explorer.selectId = (id) => {
    if (model.index.has(id)) selectNode(model.index.get(id), true);
    else if (model.edgeIndex.has(id)) selectEdge(model.edgeIndex.get(id));
  };
  cy.on('tap', 'node', (ev) => selectNode(model.index.get(ev.target.id()), false));
  cy.on('tap', 'edge', (ev) => selectEdge(model.edgeIndex.get(ev.target.id())));
  cy.on('tap', (ev) => { if (ev.target === cy) { state.selected = null; clearMarks(); renderPanel(); saveHash(); } });

  function dl(pairs) {
    const d = el('dl');
    for (const [k, v] of pairs) { if (v == null || v === '') continue; d.append(el('dt', '', k), el('dd', '', v)); }
    return d;
  }
  function valueText(v) { return Array.isArray(v) || (v && typeof v === 'object') ? JSON.stringify(v) : String(v); }
  function attrsOf(d) {
    return Object.keys(d).filter((k) => !FIXED.has(k)).map((k) => [attrKey(k), valueText(d[k])]);
  }
  function evidenceList(evs) {
    const box = el('div');
    for (const ev of evs || []) {
      const s = (doc.sources || {})[ev.source] || {};
      if (ev.quote) {
        const q = el('blockquote', '', ev.quote);
        if (ev.lang) q.lang = ev.lang;
        box.append(q);
      } else if (ev.record) {
        box.append(el('div', 'record', ui('record') + ': ' + ev.record));
      }
      const cite = [s.title || ev.source, ev.locator, s.date, ev.lang && ev.quote ? '(' + ev.lang + ')' : ''].filter(Boolean).join(' · ');
      box.append(el('div', 'cite', '— ' + cite + ' [' + ev.source + ']'));
    }
    return box;
  }
  function jump(text, fn) { const a = el('a', 'jump', text); a.tabIndex = 0; a.addEventListener('click', fn); return a; }
  function qualifier(d) {
    return ['role', 'attr_type', 'vote', 'stance', 'office', 'result'].filter((k) => d[k] != null).map((k) => String(d[k])).join(', ');
  }
  let relLimit = 200;
  function renderPanel() {
    const body = $('panel-body');
    body.textContent = '';
    $('panel-empty').hidden = !!state.selected;
    if (!state.selected) return;
    const { type, i } = state.selected;
    if (type === 'node') {
      const d = model.nodes[i];
      body.append(el('h3', '', nameOf(d)), el('div', 'muted', kindName(d.kind) + ' · ' + d.id));
      if (!shownNodes[i]) body.append(el('p', 'hidden-note', ui('hidden')));
      body.append(el('h2', '', ui('names')),
        dl([['EN', d.name_en], ['NL', d.name_nl], ['FR', d.name_fr], [ui('aliases'), (d.aliases || []).join('; ')],
          [ui('lifespan'), (doc.lives || {})[d.id] ? periodText(doc.lives[d.id]) : typeof d.life === 'string' ? d.life : d.life ? periodText(d.life) : (d.date || d.start || d.end) ? periodText(d) : '']]));
      const attrs = attrsOf(d);
      if (attrs.length) body.append(el('h2', '', ui('attributes')), dl(attrs));
      if (d.evidence && d.evidence.length) body.append(el('h2', '', ui('evidence')), evidenceList(d.evidence));
      // Relations grouped by kind in the model's order, each group in id order (as `show`).
      const inc = model.incident[i];
      body.append(el('h2', '', ui('relations') + ' (' + inc.length + ')'));
      let shown = 0;
      for (const k of model.edgeKinds) {
        const group = inc.filter((j) => model.edges[j].kind === k);
        if (!group.length) continue;
        body.append(el('div', 'muted', kindName(k) + ' (' + group.length + ')'));
        const ul = el('ul', 'rel');
        for (const j of group) {
          if (shown++ >= relLimit) break;
          const e = model.edges[j];
          const out = model.src[j] === i;
          const other = model.nodes[out ? model.tgt[j] : model.src[j]];
          const li = el('li', shownEdges[j] ? '' : 'muted');
          li.append(el('span', '', (out ? '→ ' : '← ')), jump(nameOf(other), () => selectNode(model.index.get(other.id), true)));
          const q = qualifier(e), p = periodText(e);
          li.append(el('span', 'muted', ' ' + [q, p || ui('undated')].filter(Boolean).join(' · ') + ' '),
            jump('[' + ui('evidence').toLowerCase() + ' ' + (e.evidence || []).length + ']', () => selectEdge(j)));
          ul.append(li);
        }
        body.append(ul);
      }
      if (inc.length > relLimit) {
        const b = el('button', '', fmt(ui('show_all'), { n: inc.length }));
        b.type = 'button';
        b.addEventListener('click', () => { relLimit = Infinity; renderPanel(); relLimit = 200; });
        body.append(b);
      }
    } else {
      const d = model.edges[i];
      const s = model.nodes[model.src[i]], t = model.nodes[model.tgt[i]];
      body.append(el('h3', '', kindName(d.kind)), el('div', 'muted', d.id));
      if (!shownEdges[i]) body.append(el('p', 'hidden-note', ui('hidden')));
      const from = el('dd'), to = el('dd');
      from.append(jump(nameOf(s), () => selectNode(model.src[i], true)));
      to.append(jump(nameOf(t), () => selectNode(model.tgt[i], true)));
      const ends = el('dl');
      ends.append(el('dt', '', ui('from_node')), from, el('dt', '', ui('to_node')), to);
      body.append(ends, dl([[ui('period'), periodText(d) || ui('undated')]]));
      const attrs = attrsOf(d);
      if (attrs.length) body.append(el('h2', '', ui('attributes')), dl(attrs));
      body.append(el('h2', '', ui('evidence') + ' (' + (d.evidence || []).length + ')'), evidenceList(d.evidence));
    }
  }

  // --- language ---------------------------------------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    $('lang').value = state.lang;
    for (const e of document.querySelectorAll('[data-ui]')) e.textContent = ui(e.dataset.ui);
    searchBox.placeholder = ui('search');
    $('time-note').textContent = ui('undated_note');
    drawLegends();
    fillLayouts();
    updateCounts();
    cy.style().update();
    renderPanel();
    if (!results.hidden) showResults();
  }
  $('lang').addEventListener('change', () => { state.lang = $('lang').value; applyLanguage(); saveHash(); });

  // --- the address keeps the view (lang, from, to, selected id), so a link reopens it ------------
  function saveHash() {
    const h = new URLSearchParams();
    h.set('lang', state.lang);
    if (state.from) h.set('from', $('from-date').value || String(state.from.y));
    if (state.to) h.set('to', $('to-date').value || String(state.to.y));
    if (state.selected) h.set('select', (state.selected.type === 'node' ? model.nodes : model.edges)[state.selected.i].id);
    try { history.replaceState(null, '', '#' + h.toString()); } catch (e) { /* some viewers forbid it */ }
  }

  applyLanguage();
  if (hash.get('from') || hash.get('to')) explorer.setWindow(hash.get('from'), hash.get('to'));
  else { showTime(); apply(); }
  if (hash.get('select')) explorer.selectId(hash.get('select'));
  explorer.ready = true;
  timing.ready = performance.now();
})(typeof window !== 'undefined' ? window : globalThis);
