// Injected first into the served index.html by site.mjs, before the app loads.
// WebDriver classic has no console events, so the page records its own
// problems here; and since not every browser's downloads can be observed from
// outside, it keeps each Blob handed to URL.createObjectURL with the file name
// the app's <a download> click asked for.
(() => {
  const problems = (window.__crossProblems = []);
  const show = (v) => {
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (typeof v === 'string') return v;
    try { return JSON.stringify(v); } catch { return String(v); }
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(`${level}: ${args.map(show).join(' ')}`);
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) {
      problems.push(`resource failed: <${e.target.localName}> ${e.target.src || e.target.href || ''}`);
    } else {
      problems.push(`pageerror: ${e.message} (${e.filename}:${e.lineno})`);
    }
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push(`unhandledrejection: ${show(e.reason)}`));

  const blobs = (window.__crossBlobs = []);
  const create = URL.createObjectURL;
  URL.createObjectURL = function (obj) {
    const url = create.call(this, obj);
    if (obj instanceof Blob) blobs.push({ url, blob: obj, name: null, clicked: false });
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const b = blobs.find((x) => x.url === this.href);
    if (b) {
      b.name = this.download;
      b.clicked = true;
    }
    return click.call(this);
  };
})();
