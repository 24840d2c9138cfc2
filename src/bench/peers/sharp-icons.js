// simple-icons at 16, 64 and 512 px with sharp, one process, at its best: each PNG rasterised
// directly at its size (the icons are 24 user units wide; libvips's density is per 72 DPI, so
// density 72 * px / 24; no resize), SHARP_IN_FLIGHT images in flight (default 4: measured the
// fastest here for these small images).
const sharp = require('sharp'); const fs = require('fs'); const path = require('path');
const [dir, out] = process.argv.slice(2);
const inFlight = Number(process.env.SHARP_IN_FLIGHT || 4);
fs.mkdirSync(out, {recursive: true});
const jobs = [];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.svg'))) {
  const svg = fs.readFileSync(path.join(dir, f)); const name = f.slice(0, -4);
  fs.mkdirSync(path.join(out, name), {recursive: true});
  for (const px of [16, 64, 512]) {
    jobs.push(() => sharp(svg, {density: 72 * px / 24}).png()
        .toFile(path.join(out, name, name + '-' + px + 'px.png')));
  }
}
(async () => {
  let next = 0;
  const worker = async () => { while (next < jobs.length) { await jobs[next++](); } };
  await Promise.all(Array.from({length: inFlight}, worker));
})();
