// The 88 PNGs of the XMPP kit with resvg-js, one process, at its best: each PNG rendered
// directly at its target size (fitTo width), RESVG_IN_FLIGHT renders in flight on libuv's
// thread pool through renderAsync (default 2, one per core).
const { renderAsync } = require('@resvg/resvg-js'); const fs = require('fs'); const path = require('path');
const [masters, out] = process.argv.slice(2);
const inFlight = Number(process.env.RESVG_IN_FLIGHT || 2);
const variants = ['xmpp_logo','xmpp_logo_(black_text)','xmpp_logo_(white_text)','xmpp_logo_(without_text)','xmpp_black_logo','xmpp_black_logo_(without_text)','xmpp_white_logo','xmpp_white_logo_(without_text)'];
const targets = [['',200],['-300dpi',625],['-600dpi',1250],...[16,32,64,128,256,512,768,1024].map(n=>['-'+n+'px',n])];
(async () => {
  const jobs = [];
  for (const v of variants) {
    const svg = fs.readFileSync(path.join(masters, v + '.svg'));
    fs.mkdirSync(path.join(out, v), {recursive: true});
    for (const [suffix, px] of targets) {
      jobs.push(async () => {
        const png = (await renderAsync(svg, {fitTo: {mode: 'width', value: px}})).asPng();
        fs.writeFileSync(path.join(out, v, v + suffix + '.png'), png);
      });
    }
  }
  let next = 0;
  const worker = async () => { while (next < jobs.length) { await jobs[next++](); } };
  await Promise.all(Array.from({length: inFlight}, worker));
})();
