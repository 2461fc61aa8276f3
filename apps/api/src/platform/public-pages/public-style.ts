// The one stylesheet of the public pages, about 3 KB: written into each page's head, so that the
// first paint on a slow network is already styled and needs no second round trip. The
// Content-Security-Policy allows exactly this text by its hash, and no other inline style.
import { createHash } from 'node:crypto';

export const publicStylesheet = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1d1b20;background:#fbf8f4}
body{margin:0}
a{color:#7a2e0e}
a:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
header{background:#7a2e0e;color:#fff}
header .wrap{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding-top:.75rem;padding-bottom:.75rem}
header a{color:#fff}
.org{font-weight:700;font-size:1.1rem;text-decoration:none}
.langs ul{display:flex;gap:.75rem;list-style:none;margin:0;padding:0}
.langs a[aria-current]{font-weight:700;text-decoration:none}
main{padding-top:1rem;padding-bottom:2rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.lead{font-size:1.05rem}
.muted{color:#57534e}
.events{list-style:none;margin:0;padding:0}
.events li{border-top:1px solid #e7e0d8;padding:.75rem 0}
.events a{font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.badge{display:inline-block;border:1px solid currentColor;border-radius:.25rem;padding:0 .35rem;font-size:.85rem}
.cancelled{color:#9f1239}
form{margin:1rem 0}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,textarea,select{width:100%;max-width:24rem;padding:.6rem;font:inherit;border:1px solid #78716c;border-radius:.25rem;background:#fff}
input.qty{max-width:6rem}
textarea{display:block}
fieldset{border:0;margin:0;padding:0}
legend{font-weight:600}
.error{color:#9f1239;font-weight:600}
code{word-break:break-all}
[aria-invalid=true]{border:2px solid #9f1239}
button{font:inherit;font-weight:600;padding:.6rem 1.1rem;margin-top:1rem;border:1px solid #7a2e0e;border-radius:.25rem;background:#7a2e0e;color:#fff;cursor:pointer}
button.quiet{background:transparent;color:#7a2e0e}
input:focus-visible,textarea:focus-visible,button:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
.card{border:1px solid #e7e0d8;border-radius:.5rem;padding:.25rem 1rem 1rem;margin:1rem 0;background:#fff}
.tabs{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.75rem 0;padding-bottom:.5rem;border-bottom:1px solid #e7e0d8}
.tabs a[aria-current]{font-weight:700;text-decoration:none}
.tracks{margin:0;padding-left:1.5rem}
.tracks li{border-top:1px solid #e7e0d8;padding:.6rem 0}
ul.tracks{list-style:none;padding:0}
.events ul{margin:.25rem 0 0;padding-left:1.25rem}
.events ul li{border:0;padding:.25rem 0}
audio,video,img{display:block;width:100%;max-width:40rem;margin:.5rem 0}
video,img{height:auto}
.pager{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.note{border-left:4px solid #7a2e0e;padding:.25rem 1rem;background:#fff;white-space:pre-line}
.easy-read{background:#fff;border:2px solid #7a2e0e;border-radius:.5rem;padding:.5rem 1rem;font-size:1.15rem;line-height:1.7}
.easy-read p{margin:.4rem 0}
a.button{display:inline-block;padding:.6rem 1.1rem;border-radius:.25rem;background:#7a2e0e;color:#fff;font-weight:600;text-decoration:none}
.checks{display:flex;flex-wrap:wrap;gap:0 1.25rem;margin:.75rem 0}
.checks legend{margin-bottom:.25rem}
.checks label{display:inline-flex;gap:.4rem;align-items:center;font-weight:400;margin:.3rem 0}
.checks input{width:auto;padding:0}
.choice div{display:flex;align-items:center;gap:.5rem;margin:.3rem 0}
.choice input{width:auto;padding:0}
.choice label{font-weight:400;margin:0}
details{margin:1rem 0}
summary{cursor:pointer;font-weight:600}
footer{border-top:1px solid #e7e0d8;padding:1rem 0 2rem;font-size:.9rem;color:#57534e}
`.trim();

/** The CSP source that allows this stylesheet inline, and nothing else. */
export const publicStylesheetSource = `'sha256-${createHash('sha256').update(publicStylesheet).digest('base64')}'`;
