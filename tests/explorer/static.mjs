// The explorer file as bytes. `offline`: it references no external URL (no src/href/url()/
// @import, a Content-Security-Policy that forbids loading anything, URLs in the library only in
// its licence comments) and keeps cytoscape's licence header. `hostile`: names and quotes holding
// `</script>`, `<!--`, `<script>`, U+2028/U+2029 and template marks cannot leave the data element.
// Usage: node static.mjs offline|hostile BIN   (from the project root)
import fs from 'node:fs';
import { check, cli, done, exportHtml, payload, scripts } from './common.mjs';

const [mode, bin] = process.argv.slice(2);

function structure(html, what) {
  const s = scripts(html);
  check(s.length === 3, `${what}: three script elements (library, data, app), found ${s.length}`);
  check((html.match(/<\/script/gi) || []).length === 3, `${what}: exactly three </script`);
  check(!/<!--/.test(html), `${what}: no <!-- anywhere`);
  check(/id="cg-data" type="application\/json"/.test(s[1] ? s[1].attrs : ''), `${what}: the data is the second script, as JSON`);
  return s;
}

if (mode === 'offline') {
  const html = fs.readFileSync(exportHtml(bin, 'data', 'data'), 'utf8');
  const [lib, data, app] = structure(html, 'data');
  // The markup and stylesheet around the scripts: nothing that loads.
  let rest = html;
  for (const s of [lib, data, app]) rest = rest.replace(s.text, '');
  check(!/:\/\//.test(rest), 'no URL in the markup or the stylesheet');
  check(!/\b(src|href|srcset|action|poster|data)\s*=/i.test(rest.replace(/data-ui=/g, '')), 'no src/href/srcset/action attribute');
  check(!/url\(|@import/i.test(rest), 'no url() or @import in the stylesheet');
  check(!/<(link|img|iframe|object|embed|base|audio|video|source)\b/i.test(rest), 'no element that loads a resource');
  check(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/.test(html), 'a CSP that forbids every load');
  // The app: no URL, no network API.
  check(!/:\/\//.test(app.text), 'no URL in the app');
  check(!/\b(fetch|XMLHttpRequest|WebSocket|EventSource|importScripts|sendBeacon)\b/.test(app.text), 'no network call in the app');
  // The library: URLs only inside its licence comments; the header kept.
  const code = lib.text.replace(/\/\*[\s\S]*?\*\//g, '');
  check(!/https?:\/\//.test(code), 'the library names URLs only in its comments');
  check(/^\s*\/\*\*\s*\n \* Copyright \(c\) 2016-\d{4}, The Cytoscape Consortium\.[\s\S]*?Permission is hereby granted, free of charge/.test(lib.text),
    "cytoscape's licence header is kept");
  const version = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')).packages['node_modules/cytoscape'].version;
  check(lib.text.includes(fs.readFileSync('node_modules/cytoscape/dist/cytoscape.min.js', 'utf8')),
    `the library is cytoscape ${version} from node_modules, whole`);
  JSON.parse(data.text);
  done('the explorer references no external URL');
} else if (mode === 'hostile') {
  const html = fs.readFileSync(exportHtml(bin, 'tests/data/hostile-html', 'hostile'), 'utf8');
  structure(html, 'hostile');
  const [, data] = scripts(html);
  check(!/[<\u2028\u2029]/.test(data.text), 'the data holds no < and no raw U+2028/U+2029');
  check(!html.includes('alert("pwned")</script>'), 'no hostile name appears raw in the page');
  // Everything survives: the embedded data equals the cyjs export, value for value.
  const doc = payload(html);
  const ref = JSON.parse(cli(bin, ['--data', 'tests/data/hostile-html', 'export', '--format', 'cyjs']));
  check(JSON.stringify(doc.graph) === JSON.stringify(ref), 'hostile names and quotes come back exactly');
  const xss = doc.graph.elements.nodes.find((n) => n.data.id === 'state:XSS');
  check(xss && xss.data.name_en === '</script><script>alert("pwned")</script>' && xss.data.name_fr === '</SCRIPT >\u2028\u2029',
    'the hostile names are intact');
  check(doc.sources['hostile-html'].title === 'Hostile </script> source <!-- title', 'the hostile source title is intact');
  // The page title escapes too (it only holds counts, but is checked as text).
  check(/<title>councilgraph explorer: 4 nodes, 3 relations<\/title>/.test(html), 'the title holds the counts');
  done('hostile names cannot break out of the explorer');
} else {
  console.log('usage: static.mjs offline|hostile BIN');
  process.exit(2);
}
