// simple-icons at 16, 64 and 512 px with resvg-js, one process, at its best: rendered directly
// at each size (fitTo width), RESVG_IN_FLIGHT renders in flight on libuv's thread pool through
// renderAsync (default 2, one per core).
const { renderAsync } = require('@resvg/resvg-js'); const fs = require('fs'); const path = require('path');
const [dir, out] = process.argv.slice(2);
const inFlight = Number(process.env.RESVG_IN_FLIGHT || 2);
fs.mkdirSync(out, {recursive: true});
const jobs = [];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.svg'))) {
  const svg = fs.readFileSync(path.join(dir, f)); const name = f.slice(0, -4);
  fs.mkdirSync(path.join(out, name), {recursive: true});
  for (const px of [16, 64, 512]) {
    jobs.push(async () => fs.writeFileSync(path.join(out, name, name + '-' + px + 'px.png'),
        (await renderAsync(svg, {fitTo: {mode: 'width', value: px}})).asPng()));
  }
}
(async () => {
  let next = 0;
  const worker = async () => { while (next < jobs.length) { await jobs[next++](); } };
  await Promise.all(Array.from({length: inFlight}, worker));
})();
