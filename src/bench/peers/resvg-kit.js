// The 88 PNGs of the XMPP kit with resvg-js, one process.
const { Resvg } = require('@resvg/resvg-js'); const fs = require('fs'); const path = require('path');
const [masters, out] = process.argv.slice(2);
const variants = ['xmpp_logo','xmpp_logo_(black_text)','xmpp_logo_(white_text)','xmpp_logo_(without_text)','xmpp_black_logo','xmpp_black_logo_(without_text)','xmpp_white_logo','xmpp_white_logo_(without_text)'];
const targets = [['',200],['-300dpi',625],['-600dpi',1250],...[16,32,64,128,256,512,768,1024].map(n=>['-'+n+'px',n])];
for (const v of variants) {
  const svg = fs.readFileSync(path.join(masters, v + '.svg'));
  fs.mkdirSync(path.join(out, v), {recursive: true});
  for (const [suffix, px] of targets) {
    const png = new Resvg(svg, {fitTo: {mode: 'width', value: px}}).render().asPng();
    fs.writeFileSync(path.join(out, v, v + suffix + '.png'), png);
  }
}
