// Chromium's installability check on icon folders, as WebSetInstallabilityTest does it:
// `node --experimental-websocket installability.js LABEL=DIR ...`. Each folder is served alone on
// 127.0.0.1 at / with its head.html pasted into the page's <head>; Debian's headless Chromium
// (over the DevTools protocol) loads the page and is asked Page.getInstallabilityErrors and
// Page.getAppManifest; every icon the links and the manifest name is fetched and decoded in the
// page. One line per folder; exit 1 if any is not installable.
const http = require('http'); const fs = require('fs'); const path = require('path');
const os = require('os'); const {spawn} = require('child_process');
const TYPES = {png: 'image/png', ico: 'image/x-icon', svg: 'image/svg+xml', json: 'application/json',
  webmanifest: 'application/manifest+json', xml: 'application/xml', html: 'text/html; charset=utf-8'};
const ICONS_JS = `(async () => {
  const hrefs = [...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')]
      .map(l => l.href);
  const link = document.querySelector('link[rel="manifest"]');
  let maskable = 0;
  if (link) { const r = await fetch(link.href); const m = await r.json();
    for (const i of m.icons ?? []) hrefs.push(new URL(i.src, r.url).href);
    maskable = (m.icons ?? []).filter(i => (i.purpose ?? '').split(' ').includes('maskable'))
        .length; }
  const out = [];
  for (const href of hrefs) { const img = new Image(); img.src = href; let ok = true;
    try { await img.decode(); } catch (e) { ok = false; }
    out.push({href, ok, size: img.naturalWidth + 'x' + img.naturalHeight}); }
  return {icons: out, maskable}; })()`;

const serve = dir => new Promise(resolve => {
  const log = [];
  const page = '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>'
      + 'bench</title>\n' + fs.readFileSync(path.join(dir, 'head.html'), 'utf8')
      + '</head>\n<body><h1>bench</h1></body>\n</html>\n';
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, p);
    let status = 200; let body; let type;
    if (p === '/') { body = page; type = TYPES.html; }
    else if (file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      body = fs.readFileSync(file); type = TYPES[path.extname(file).slice(1)] ?? 'application/octet-stream';
    } else { status = 404; body = 'not found'; type = 'text/plain'; }
    log.push(status + ' ' + p);
    res.writeHead(status, {'Content-Type': type, 'Cache-Control': 'no-store'}); res.end(body);
  });
  server.listen(0, '127.0.0.1', () => resolve({server, log, url: `http://127.0.0.1:${server.address().port}/`}));
});

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-'));
  const chromium = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu',
    '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
    '--disable-extensions', '--disable-sync', '--disable-background-networking',
    '--disable-component-update', '--password-store=basic', '--use-mock-keychain',
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {stdio: ['ignore', 'ignore', 'pipe']});
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    const guard = setTimeout(() => reject(new Error('no DevTools endpoint:\n' + text)), 120_000);
    chromium.stderr.on('data', d => { text += d; const m = /DevTools listening on (ws:\S+)/.exec(text);
      if (m) { clearTimeout(guard); resolve(m[1]); } });
  });
  const ws = new WebSocket(endpoint);
  await new Promise(r => ws.addEventListener('open', r));
  let id = 0; const replies = new Map(); const waiters = [];
  ws.addEventListener('message', e => { const m = JSON.parse(e.data);
    if (m.id) { replies.get(m.id)?.(m); replies.delete(m.id); }
    else { const i = waiters.findIndex(w => w.method === m.method && w.session === m.sessionId);
      if (i >= 0) waiters.splice(i, 1)[0].resolve(m); } });
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const n = ++id; replies.set(n, m => m.error ? reject(new Error(method + ': ' + JSON.stringify(m.error))) : resolve(m.result));
    ws.send(JSON.stringify({id: n, method, params, ...(sessionId ? {sessionId} : {})}));
  });
  const event = (method, session) => new Promise(resolve => waiters.push({method, session, resolve}));
  const {product} = await send('Browser.getVersion');
  console.log(`installability in ${product}:`);
  let failed = false;
  for (const arg of process.argv.slice(2)) {
    const [label, dir] = arg.split('=');
    const site = await serve(path.resolve(dir));
    const {targetId} = await send('Target.createTarget', {url: 'about:blank'});
    const {sessionId} = await send('Target.attachToTarget', {targetId, flatten: true});
    await send('Network.setCacheDisabled', {cacheDisabled: true}, sessionId);
    await send('Page.enable', {}, sessionId);
    const loaded = event('Page.loadEventFired', sessionId);
    await send('Page.navigate', {url: site.url}, sessionId);
    await loaded;
    const {installabilityErrors} = await send('Page.getInstallabilityErrors', {}, sessionId);
    const manifest = await send('Page.getAppManifest', {}, sessionId);
    const checked = (await send('Runtime.evaluate', {expression: ICONS_JS, awaitPromise: true,
      returnByValue: true}, sessionId)).result.value ?? {icons: [], maskable: 0};
    const icons = checked.icons;
    const errors = installabilityErrors.map(e => e.errorId);
    const bad = icons.filter(i => !i.ok).map(i => i.href.slice(site.url.length - 1));
    const missing = site.log.filter(l => !l.startsWith('200 '));
    console.log(`  ${label.padEnd(28)} ${errors.length ? 'NOT installable: ' + errors.join(', ') : 'installable'};`
      + ` manifest errors ${manifest.errors?.length ?? 0}; ${icons.length - bad.length} of ${icons.length}`
      + ` icons decode${bad.length ? ' (not: ' + bad.join(' ') + ')' : ''}, ${checked.maskable} maskable;`
      + ` not found: ${missing.length ? missing.join(', ') : 'none'}`);
    failed ||= errors.length > 0;
    await send('Target.closeTarget', {targetId});
    site.server.close();
  }
  ws.send(JSON.stringify({id: ++id, method: 'Browser.close'}));
  await new Promise(r => setTimeout(r, 500));
  chromium.kill();
  fs.rmSync(profile, {recursive: true, force: true});
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
