// simple-icons at 16, 64 and 512 px with resvg-js, one process.
const { Resvg } = require('@resvg/resvg-js'); const fs = require('fs'); const path = require('path');
const [dir, out] = process.argv.slice(2);
fs.mkdirSync(out, {recursive: true});
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.svg'))) {
  const svg = fs.readFileSync(path.join(dir, f)); const name = f.slice(0, -4);
  fs.mkdirSync(path.join(out, name), {recursive: true});
  for (const px of [16, 64, 512]) {
    fs.writeFileSync(path.join(out, name, name + '-' + px + 'px.png'), new Resvg(svg, {fitTo: {mode: 'width', value: px}}).render().asPng());
  }
}
