// Every file of an icon folder: `node icon-report.js LABEL DIR`: name, bytes and what it holds
// (a PNG's pixels and colour type, an ICO's entries, an SVG as vector), then the count and total.
const fs = require('fs'); const path = require('path');
const [label, dir] = process.argv.slice(2);
const files = [];
const walk = d => { for (const f of fs.readdirSync(d).sort()) {
  const p = path.join(d, f); fs.statSync(p).isDirectory() ? walk(p) : files.push(p); } };
walk(dir);
const COLOUR = {0: 'grey', 2: 'RGB', 3: 'indexed', 4: 'grey+alpha', 6: 'RGBA'};
const what = b => {
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47) {
    return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)} ${COLOUR[b[25]] ?? b[25]}`;
  }
  if (b.length > 6 && b.readUInt16LE(0) === 0 && b.readUInt16LE(2) === 1) {
    const n = b.readUInt16LE(4);
    return 'ICO ' + Array.from({length: n}, (_, i) => b[6 + 16 * i] || 256).join(', ');
  }
  return /<svg[\s>]/.test(b.toString('utf8', 0, 2000)) ? 'SVG' : 'text';
};
let total = 0;
console.log(`${label}:`);
for (const f of files) {
  const b = fs.readFileSync(f); total += b.length;
  console.log(`  ${path.relative(dir, f).padEnd(40)} ${String(b.length).padStart(8)}  ${what(b)}`);
}
console.log(`  ${files.length} files, ${total} bytes`);
