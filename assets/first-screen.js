// Runs in <head>, before the first paint (a classic, blocking script from the
// site itself, so the Content-Security-Policy's 'self' allows it and no hash is
// needed; trunk copies it to dist/ as it is). It shows the prerendered first
// screen (#prerender, written into dist/index.html by .ci/prerender.mjs) only
// when the app will show exactly that screen: no query other than lang=en,
// step=0 or scenario=active, and English (lang=en, else the browser's
// language, as Lang::from_browser decides). It also applies the remembered
// theme (theme.rs) and hides the snapshot's overview for a learner who chose
// "Don't show this again" (overview.rs), as the app will.
(function () {
  var root = document.documentElement, show = true, seen = {}, lang = '';
  var allowed = { 'lang=en': 1, 'step=0': 1, 'scenario=active': 1 };
  location.search.replace(/^\?/, '').split('&').forEach(function (kv) {
    if (!kv) return;
    var name = kv.split('=')[0];
    if (!allowed[kv] || seen[name]) show = false;
    seen[name] = 1;
    if (name === 'lang') lang = 'en';
  });
  // Every language folder but English (src/i18n; a Rust test keeps this list true).
  var others = ['es', 'pt'];
  if (!lang && others.indexOf((navigator.language || '').split(/[-_]/)[0].toLowerCase()) >= 0) show = false;
  function stored(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  var theme = stored('ftp-basics:theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (stored('ftp-basics:hide-overview') === '1') root.classList.add('overview-hidden');
  if (show) {
    root.classList.add('prerender-shown');
    // The app swaps the snapshot for itself once the browser has painted it
    // and measured its largest text (lib.rs, after_first_paint): a learner on
    // a fast network sees the lesson at once, and the swap does not count as
    // a new, later largest paint. Frames stop in a hidden tab: 300 ms at most.
    window.ftpBasicsPainted = new Promise(function (done) {
      try {
        new PerformanceObserver(function () { done(); }).observe({ type: 'largest-contentful-paint', buffered: true });
      } catch (e) { done(); }
      setTimeout(done, 300);
    });
  }
})();
