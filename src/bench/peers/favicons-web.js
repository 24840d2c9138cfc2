// The favicons npm package on one master, as a new user runs it: `node favicons-web.js MASTER.svg
// OUT "App name" [web|defaults]`. "defaults" is the package's own choice of platforms (every
// one: favicons, android, apple icons and startup images, windows tiles, yandex); "web" is the
// three a site needs, as logokit's web set has: favicons, android (the manifest and its icons)
// and the apple-touch-icon. Writes the images and files into OUT, and the <link> and <meta> tags
// it returns into OUT/head.html, as logokit's set does.
const {favicons} = require('favicons'); const fs = require('fs'); const path = require('path');
const [master, out, appName, which = 'web'] = process.argv.slice(2);
const icons = which === 'defaults' ? {} : {android: true, appleIcon: true, appleStartup: false,
  favicons: true, windows: false, yandex: false};
(async () => {
  const r = await favicons(master, {path: '/', appName, icons});
  fs.mkdirSync(out, {recursive: true});
  for (const f of [...r.images, ...r.files]) fs.writeFileSync(path.join(out, f.name), f.contents);
  fs.writeFileSync(path.join(out, 'head.html'), r.html.join('\n') + '\n');
})().catch(e => { console.error(e); process.exit(1); });
