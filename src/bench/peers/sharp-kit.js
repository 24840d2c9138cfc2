// The 88 PNGs of the XMPP kit with sharp (libvips + librsvg), one process, at its best:
// each PNG rasterised directly at its target size (libvips's density is per 72 DPI: a 200 px
// master at density 72 * px / 200 comes out px wide; no resize), with SHARP_IN_FLIGHT images
// in flight (default 3: on 2 cores 3 beat 2 by ~5% and 4; libvips threads per image stay at
// its default).
const sharp = require('sharp'); const fs = require('fs'); const path = require('path');
const [masters, out] = process.argv.slice(2);
const inFlight = Number(process.env.SHARP_IN_FLIGHT || 3);
const variants = ['xmpp_logo','xmpp_logo_(black_text)','xmpp_logo_(white_text)','xmpp_logo_(without_text)','xmpp_black_logo','xmpp_black_logo_(without_text)','xmpp_white_logo','xmpp_white_logo_(without_text)'];
const targets = [['',96,200],['-300dpi',300,625],['-600dpi',600,1250],...[16,32,64,128,256,512,768,1024].map(n=>['-'+n+'px',96*n/200,n])];
(async () => {
  const jobs = [];
  for (const v of variants) {
    const svg = fs.readFileSync(path.join(masters, v + '.svg'));
    fs.mkdirSync(path.join(out, v), {recursive: true});
    for (const [suffix, dpi, px] of targets) {
      jobs.push(() => sharp(svg, {density: 72 * px / 200}).withMetadata({density: dpi}).png()
          .toFile(path.join(out, v, v + suffix + '.png')));
    }
  }
  let next = 0;
  const worker = async () => { while (next < jobs.length) { await jobs[next++](); } };
  await Promise.all(Array.from({length: inFlight}, worker));
})();
