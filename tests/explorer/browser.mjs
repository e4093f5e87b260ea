// The explorer in Debian's headless Chromium: it draws the graph, search finds "Koweït", a time
// window shows the edges of `export --at`, the language switch relabels, a click shows the
// evidence, no request leaves the file, and hostile names stay text. Saves a screenshot.
// Usage: node --experimental-websocket browser.mjs BIN SCREENSHOT.png   (from the project root)
//        node --experimental-websocket browser.mjs --measure FILE.html [RUNS]
import fs from 'node:fs';
import { CHROMIUM, launch } from './cdp.mjs';
import { check, cyjs, done, exportHtml, skip } from './common.mjs';

if (!fs.existsSync(CHROMIUM)) skip(`${CHROMIUM} is not installed (apt-get install chromium; scripts/bootstrap does it)`);
if (typeof WebSocket === 'undefined') skip('this Node has no WebSocket (Node 20 needs --experimental-websocket)');

const args = process.argv.slice(2);

// Times a page: load to first draw, and how long a time-window change and a search take.
async function measure(file, runs) {
  const b = await launch();
  try {
    for (let r = 0; r < runs; ++r) {
      await b.page('Performance.disable');
      await b.page('Performance.enable', { timeDomain: 'threadTicks' });
      const t = Date.now();
      await b.open(file);
      await b.waitFor('window.councilgraphExplorer && window.councilgraphExplorer.ready && window.councilgraphExplorer.firstDrawMs !== null', 120000);
      const wall = Date.now() - t;
      const m = await b.evaluate(`(() => { const x = window.councilgraphExplorer;
        const t0 = performance.now(); x.setWindow('2019', '2019'); const win = performance.now() - t0;
        const t1 = performance.now(); x.setWindow(null, null); const all = performance.now() - t1;
        const t2 = performance.now(); const hits = x.model.search('Koweit'); const search = performance.now() - t2;
        return { timing: x.timing, firstDraw: x.firstDrawMs, parsed: x.parsedMs, win, all, search, nodes: x.model.nodes.length,
                 edges: x.model.edges.length, hit: hits.length && x.model.nodes[hits[0]].id }; })()`);
      // Main-thread CPU time (less sensitive than wall time to other processes on the machine).
      const metrics = Object.fromEntries((await b.page('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
      console.log(JSON.stringify({ file, run: r, wallToReadyMs: wall, cpuTaskS: metrics.TaskDuration, cpuScriptS: metrics.ScriptDuration, ...m }));
    }
  } finally {
    await b.close();
  }
}

if (args[0] === '--measure') {
  await measure(args[1], +(args[2] || 3));
  process.exit(0);
}

const [bin, shot] = args;
const b = await launch();
try {
  await b.page('Page.enable');
  // --- curated data --------------------------------------------------------------------------
  const file = exportHtml(bin, 'data', 'data');
  await b.open(file);
  await b.waitFor('window.councilgraphExplorer && window.councilgraphExplorer.ready');
  check(b.errors.length === 0, 'no script errors: ' + b.errors.join(' | '));
  const foreign = b.requests.filter((u) => !/^(file:|data:|about:)/.test(u));
  check(foreign.length === 0, 'the page requests nothing but itself: ' + foreign.join(', '));
  const count = await b.evaluate(`({ n: window.councilgraphExplorer.cy.nodes(':visible').length,
    m: window.councilgraphExplorer.cy.edges(':visible').length, N: window.councilgraphExplorer.model.nodes.length,
    M: window.councilgraphExplorer.model.edges.length })`);
  check(count.n === count.N && count.m === count.M && count.N > 100, `all ${count.N} nodes and ${count.M} edges are drawn (${count.n}, ${count.m})`);
  const inked = await b.evaluate(`(() => { let n = 0; for (const c of document.querySelectorAll('#graph canvas')) {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 16) if (d[i] > 0) n++; } return n; })()`);
  check(inked > 2000, `the canvas holds a drawing (${inked} inked samples)`);

  // Search by the French name, accent and all; Enter jumps to the node and highlights it.
  await b.evaluate(`document.getElementById('search').focus()`);
  await b.type('Koweït');
  await b.waitFor(`!document.getElementById('search-results').hidden`);
  const first = await b.evaluate(`document.querySelector('#search-results li').dataset.id`);
  check(first === 'state:KWT', `search "Koweït" lists Kuwait first (got ${first})`);
  await b.key('Enter', 'Enter', 13);
  await b.waitFor(`window.councilgraphExplorer.state.selected && !window.councilgraphExplorer.cy.animated()`);  // the jump is animated
  await new Promise((r) => setTimeout(r, 100));
  const picked = await b.evaluate(`(() => { const x = window.councilgraphExplorer, n = x.cy.$id('state:KWT');
    const p = n.renderedPosition();
    return { sel: x.state.selected && x.model.nodes[x.state.selected.i].id, hit: n.hasClass('hit'),
      title: document.querySelector('#panel h3').textContent, dx: Math.abs(p.x - x.cy.width() / 2), dy: Math.abs(p.y - x.cy.height() / 2) }; })()`);
  check(picked.sel === 'state:KWT' && picked.hit, 'Enter selects and highlights Kuwait');
  check(picked.title === 'Kuwait', `the evidence panel is titled Kuwait (got ${picked.title})`);
  check(picked.dx < 20 && picked.dy < 20, `the view is centred on Kuwait (${picked.dx}, ${picked.dy} px off)`);
  if (shot) await b.screenshot(shot);

  // A time window set in the page shows exactly the edges of export --at for that date.
  for (const [at, how] of [['2019-06-01', 'dates'], ['2019', 'sliders'], ['2020-03', 'dates']]) {
    if (how === 'dates') {
      await b.evaluate(`(() => { for (const id of ['from-date', 'to-date']) { const e = document.getElementById(id);
        e.value = '${at}'; e.dispatchEvent(new Event('change')); } })()`);
    } else {
      await b.evaluate(`(() => { for (const id of ['from-slider', 'to-slider']) { const e = document.getElementById(id);
        e.value = '${at}'; e.dispatchEvent(new Event('input')); } })()`);
    }
    const shown = await b.evaluate(`window.councilgraphExplorer.cy.edges(':visible').map((e) => e.id()).sort()`);
    const want = cyjs(bin, 'data', ['--at', at]).elements.edges.map((e) => e.data.id).sort();
    check(JSON.stringify(shown) === JSON.stringify(want), `--at ${at} (${how}): the page draws ${shown.length} edges, the CLI exports ${want.length}`);
    const shownN = await b.evaluate(`window.councilgraphExplorer.cy.nodes(':visible').length`);
    const wantN = cyjs(bin, 'data', ['--at', at]).elements.nodes.length;
    check(shownN === wantN, `--at ${at}: ${shownN} nodes drawn, the CLI exports ${wantN}`);
  }
  await b.evaluate(`(() => { const e = document.getElementById('all-time'); e.checked = true; e.dispatchEvent(new Event('change')); })()`);
  check(await b.evaluate(`window.councilgraphExplorer.cy.edges(':visible').length`) === count.M, '"all time" shows every edge again');

  // The language switch relabels the nodes, the legend and the controls.
  await b.evaluate(`(() => { const s = document.getElementById('lang'); s.value = 'fr'; s.dispatchEvent(new Event('change')); })()`);
  const fr = await b.evaluate(`({ label: window.councilgraphExplorer.cy.$id('state:KWT').style('label'),
    legend: document.querySelector('#node-kinds input[data-kind="state"]').parentNode.querySelector('.kind-name').textContent,
    time: document.querySelector('[data-ui="time"]').textContent })`);
  check(fr.label === 'Koweït' && fr.legend === 'État' && fr.time === 'Temps', `French labels: ${JSON.stringify(fr)}`);
  await b.evaluate(`(() => { const s = document.getElementById('lang'); s.value = 'en'; s.dispatchEvent(new Event('change')); })()`);

  // Clicking an edge shows every quote with its source title and locator.
  // (a pen edge with several quotes whose midpoint no node covers once the view is fitted to it)
  const target = await b.evaluate(`(() => { const x = window.councilgraphExplorer, r = document.getElementById('graph').getBoundingClientRect();
    const data = (e) => x.model.edges[x.model.edgeIndex.get(e.id())];
    for (const e of x.cy.edges().filter((e) => e.data('kind') === 'pen' && (data(e).evidence || []).length > 1)) {
      x.cy.fit(e, 200);
      const p = e.renderedMidpoint();
      const covered = x.cy.nodes(':visible').some((n) => { const bb = n.renderedBoundingBox();
        return p.x >= bb.x1 - 4 && p.x <= bb.x2 + 4 && p.y >= bb.y1 - 4 && p.y <= bb.y2 + 4; });
      if (!covered) return { id: e.id(), x: r.left + p.x, y: r.top + p.y, ev: data(e).evidence,
        title: x.model.doc.sources[data(e).evidence[0].source].title };
    }
    return null; })()`);
  check(target, 'a pen edge can be clicked');
  await b.click(target.x, target.y);
  await new Promise((r) => setTimeout(r, 200));
  const panel = await b.evaluate(`({ sel: window.councilgraphExplorer.state.selected && { type: window.councilgraphExplorer.state.selected.type,
    id: window.councilgraphExplorer.model.edges[window.councilgraphExplorer.state.selected.i].id }, quotes: [...document.querySelectorAll('#panel blockquote')].map((q) => q.textContent),
    cites: [...document.querySelectorAll('#panel .cite')].map((c) => c.textContent) })`);
  check(panel.sel && panel.sel.type === 'edge' && panel.sel.id === target.id, `a click on the pen edge ${target.id} selects it`);
  const quotes = target.ev.filter((e) => e.quote).map((e) => e.quote);
  check(JSON.stringify(panel.quotes) === JSON.stringify(quotes), `the panel shows its ${quotes.length} quotes exactly`);
  check(panel.cites.length === target.ev.length && panel.cites.every((c, i) => c.includes(target.ev[i].locator || '') &&
    c.includes(target.ev[i].source)) && panel.cites[0].includes(target.title), 'each quote is cited with its source title and locator');

  // The layouts: force (cose) and the disc move the nodes; Graphviz puts them back where they were.
  const moved = await b.evaluate(`(async () => { const x = window.councilgraphExplorer, n = x.cy.$id('state:KWT');
    const where = () => JSON.stringify(n.position()), start = where(), out = {};
    const sel = document.getElementById('layout');
    for (const name of ['cose', 'disc', 'preset']) {
      sel.value = name; sel.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 50));
      out[name] = where() !== start;
    }
    return out; })()`);
  check(moved.cose && moved.disc && !moved.preset, `layouts move the nodes and Graphviz puts them back: ${JSON.stringify(moved)}`);
  check(b.errors.length === 0, 'no script errors after the layouts: ' + b.errors.join(' | '));

  // --- hostile names ---------------------------------------------------------------------------
  const hostile = exportHtml(bin, 'tests/data/hostile-html', 'hostile');
  await b.open(hostile);
  await b.waitFor('window.councilgraphExplorer && window.councilgraphExplorer.ready');
  const h = await b.evaluate(`(() => { const x = window.councilgraphExplorer; x.selectId('state:XSS');
    return { scripts: document.scripts.length, imgs: document.querySelectorAll('img').length, title: document.querySelector('#panel h3').textContent,
      alias: [...document.querySelectorAll('#panel dd')].map((d) => d.textContent).join('|'), nodes: x.model.nodes.length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length }; })()`);
  check(b.errors.length === 0, 'hostile: no script errors: ' + b.errors.join(' | '));
  check(h.scripts === 3 && h.imgs === 0 && h.handlers === 0, `hostile: still 3 scripts, no image, no handler attribute (${JSON.stringify(h)})`);
  check(h.title === '</script><script>alert("pwned")</script>', `hostile: the name is shown as text: ${h.title}`);
  check(h.alias.includes('<img src=x onerror=alert(1)>'), 'hostile: the alias is shown as text');
  check(h.nodes === 4, 'hostile: every node is there');
  check(b.dialogs.length === 0, 'hostile: no script from the data ran (no alert)');
} finally {
  await b.close();
}
done('the explorer works in Chromium');
