// The explorer page without a browser: its embedded data against the CLI, and the app's rules
// (folding, search, time windows, kind filters) against the CLI's, on the fixture and data/.
// Usage: node data.mjs BIN FOLD_TOOL (from the project root).
import fs from 'node:fs';
import { check, cli, cyjs, done, exportHtml, loadModel, payload } from './common.mjs';

const [bin, foldTool] = process.argv.slice(2);

function checkDataSet(name, data, dates) {
  const file = exportHtml(bin, data, name);
  const html = fs.readFileSync(file, 'utf8');
  const doc = payload(html);
  const nodes = doc.graph.elements.nodes, edges = doc.graph.elements.edges;

  // Counts as `check` reports them.
  const ok = /ok: (\d+) sources, (\d+) nodes, (\d+) edges/.exec(cli(bin, ['--data', data, 'check']));
  check(ok, `${name}: check prints its counts`);
  if (ok) {
    check(nodes.length === +ok[2], `${name}: ${nodes.length} nodes in the page, check says ${ok[2]}`);
    check(edges.length === +ok[3], `${name}: ${edges.length} edges in the page, check says ${ok[3]}`);
  }

  // The elements are exactly the cyjs export's (same element JSON, evidence included).
  const ref = cyjs(bin, data);
  check(JSON.stringify(doc.graph) === JSON.stringify(ref), `${name}: the embedded graph equals export --format cyjs`);

  // Every edge carries evidence, and every cited source is there with its title.
  let cited = 0;
  for (const e of edges) {
    const ev = e.data.evidence || [];
    check(ev.length > 0, `${name}: edge ${e.data.id} has evidence`);
    for (const x of ev) {
      cited++;
      check(doc.sources[x.source] && doc.sources[x.source].title, `${name}: source ${x.source} of ${e.data.id} is in the page`);
      check(x.quote || x.record, `${name}: evidence of ${e.data.id} has a quote or a record`);
    }
  }
  check(cited >= edges.length, `${name}: ${cited} pieces of evidence for ${edges.length} edges`);

  // Graphviz positions for every node, as render would place them.
  if (nodes.length <= 3000) {
    const pos = doc.layout.positions || {};
    check(nodes.every((n) => Array.isArray(pos[n.data.id]) && pos[n.data.id].every(Number.isFinite)),
      `${name}: every node has a Graphviz position (${doc.layout.reason || doc.layout.engine})`);
  }

  const M = loadModel(html);
  const model = M.Model(doc);
  const allKinds = { nodeKinds: new Set(doc.kinds.nodes), edgeKinds: new Set(doc.kinds.edges) };
  const ids = (sel, list, key) => list.filter((_, i) => sel[key][i]).map((x) => x.data.id).sort();
  const refIds = (r, key) => r.elements[key].map((x) => x.data.id).sort();

  // Time windows: the page's selection equals export --at / --from --to for the same dates.
  for (const [from, to] of dates) {
    const args = from === to ? ['--at', from] : [...(from ? ['--from', from] : []), ...(to ? ['--to', to] : [])];
    const r = cyjs(bin, data, args);
    const win = M.windowOf(from && M.parseDate(from), to && M.parseDate(to));
    const sel = model.select({ window: win, ...allKinds });
    const got = ids(sel, edges, 'edgeIn'), want = refIds(r, 'edges');
    check(JSON.stringify(got) === JSON.stringify(want),
      `${name}: ${args.join(' ')}: the page shows ${got.length} edges, the CLI ${want.length}`);
    const gotN = ids(sel, nodes, 'nodeIn'), wantN = refIds(r, 'nodes');
    check(JSON.stringify(gotN) === JSON.stringify(wantN),
      `${name}: ${args.join(' ')}: the page shows ${gotN.length} nodes, the CLI ${wantN.length}`);
  }

  // Kind filters: the same as --nodes / --edges.
  for (const [opt, list] of [['--edges', ['pen']], ['--edges', ['pen', 'veto', 'member']], ['--nodes', ['state', 'dossier']]]) {
    const r = cyjs(bin, data, [opt, list.join(',')]);
    const kinds = opt === '--edges' ? { nodeKinds: allKinds.nodeKinds, edgeKinds: new Set(list) }
                                    : { nodeKinds: new Set(list), edgeKinds: allKinds.edgeKinds };
    const sel = model.select({ window: [-Infinity, Infinity], ...kinds });
    check(JSON.stringify(ids(sel, edges, 'edgeIn')) === JSON.stringify(refIds(r, 'edges')), `${name}: ${opt} ${list}: same edges as the CLI`);
    check(JSON.stringify(ids(sel, nodes, 'nodeIn')) === JSON.stringify(refIds(r, 'nodes')), `${name}: ${opt} ${list}: same nodes as the CLI`);
  }

  // Folding: the page folds every name and alias exactly as the CLI does, and a few hard cases.
  const texts = [];
  for (const n of nodes) for (const s of [n.data.name_en, n.data.name_nl, n.data.name_fr, ...(n.data.aliases || [])]) if (s) texts.push(s);
  texts.push('Koweït', 'Côte d’Ivoire', 'ŁÓDŹ Straße', 'Œuvre Ĳssel', 'e\u0301te\u0301', '—dash–', 'ΑΘΗΝΑ', 'Москва', '');
  for (let cp = 0xa0; cp < 0x250; ++cp) texts.push('x' + String.fromCodePoint(cp) + 'y');
  const want = JSON.parse(cli(foldTool, [], { input: JSON.stringify(texts) }));
  const fold = M.makeFold(doc.fold);
  let same = 0;
  texts.forEach((s, i) => { if (fold(s) === want[i]) same++; else check(false, `${name}: fold(${JSON.stringify(s)}) = ${JSON.stringify(fold(s))}, the CLI says ${JSON.stringify(want[i])}`); });
  check(same === texts.length, `${name}: ${same}/${texts.length} folds agree`);
  return { doc, model };
}

// The fixture and the hostile fixture have their own dates; data/ is the curated data.
checkDataSet('fixture', 'tests/data/fixture', [['2019', '2019'], ['2018-06-01', '2018-06-01'], ['2019', '2020'], [null, '2018'], ['2020-03', null]]);
checkDataSet('hostile', 'tests/data/hostile-export', [['2019', '2019'], ['2020-01-15', '2020-01-15']]);
if (fs.existsSync('data')) {
  const { model } = checkDataSet('data', 'data', [['2019', '2019'], ['2019-06-01', '2019-06-01'], ['2020-03', '2020-03'],
    ['2017', '2020'], ['2001', '2001'], [null, '2018-12-31'], ['2021', null], ['2038', '2038']]);
  // Search as the CLI resolves names: accents, languages and ids.
  for (const q of ['Koweït', 'koeweit', 'KUWAIT', 'state:KWT', 'kwt']) {
    const hit = model.search(q)[0];
    check(hit !== undefined && model.nodes[hit].id === 'state:KWT', `data: search '${q}' finds Kuwait first (got ${hit === undefined ? 'nothing' : model.nodes[hit].id})`);
  }
  for (const q of ['Belgie', 'Belgique', 'Russie', 'syria humanitarian']) {
    const cliId = JSON.parse(cli(bin, ['--data', 'data', '--format', 'json', 'show', q])).id;
    const hit = model.search(q)[0];
    check(hit !== undefined && model.nodes[hit].id === cliId, `data: search '${q}' finds ${cliId} as show does`);
  }
  check(model.search('zzqqxx').length === 0, 'data: a name nothing has finds nothing');
}
// Lifespans (the one-graph rule, view.hpp): an undated or derived relation also needs both ends
// alive in the window; a relation's own date vouches for its ends. Checked on a small document,
// in every form the export may give a lifespan (an object or TimeSpan::str() text).
{
  const html = fs.readFileSync(exportHtml(bin, 'tests/data/fixture', 'life'), 'utf8');
  const M = loadModel(html);
  const base = payload(html);
  for (const life of [{ start: '2010', end: '2012' }, '2010 – 2012']) {
    const n = (id, extra = {}) => ({ data: { id, kind: 'resolution', name_en: id, ...extra } });
    const e = (id, source, target, extra = {}) => ({ data: { id, source, target, kind: 'concerns', ...extra } });
    const doc = { ...base, graph: { elements: {
      nodes: [n('res:a', { life }), n('res:b'), n('res:c')],
      edges: [e('undated', 'res:a', 'res:b'), e('derived', 'res:a', 'res:c', { start: '2010', end: '2012', time_derived: true }),
        e('dated', 'res:a', 'res:c', { date: '2019' })] } } };
    const model = M.Model(doc);
    const kinds = { nodeKinds: new Set(doc.kinds.nodes), edgeKinds: new Set(doc.kinds.edges) };
    const shown = (from, to) => model.edges.filter((_, j) => model.select({ window: M.windowOf(M.parseDate(from), M.parseDate(to)), ...kinds }).edgeIn[j]).map((x) => x.id).join(',');
    check(shown('2011', '2011') === 'undated,derived', `life ${JSON.stringify(life)}: in 2011 the undated and derived relations hold (${shown('2011', '2011')})`);
    check(shown('2019', '2019') === 'dated', `life ${JSON.stringify(life)}: in 2019 only the dated relation holds (${shown('2019', '2019')})`);
  }
}
done('explorer data, selection, search and folding agree with the CLI');
