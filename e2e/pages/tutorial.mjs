// Page object for the tutorial: every locator and move a spec needs, in one place.
// Its own moves use data-testid selectors, so they work in every language.
export class TutorialPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.stage = page.locator('svg.stage');
    this.packets = page.getByTestId('packet');
    this.caption = page.getByTestId('caption');
    this.console = page.getByTestId('console');
    this.counter = page.getByTestId('step-counter');
    this.pageTitle = page.getByTestId('page-title');
    this.overview = page.getByTestId('overview');
    this.details = page.getByTestId('packet-details');
  }

  /** A button by its accessible name (which is its visible label, in the page's language). */
  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A control of the lesson by its data-testid: restart, previous-page, step-back, play, step-forward, next-page. */
  control(testid) {
    return this.page.getByTestId(testid);
  }

  /** Opens the tutorial; by default closes the overview if it shows. */
  async open({ query = '', keepOverview = false } = {}) {
    await this.page.goto(this.baseUrl + query);
    await this.counter.waitFor();
    if (!keepOverview && (await this.overview.isVisible())) {
      await this.overview.locator('button.primary').click();
    }
  }

  /** The step counter as numbers ("Step 3 of 17", "Paso 3 de 17"). */
  async position() {
    const text = await this.counter.textContent();
    const m = /^\S+ (\d+) \S+ (\d+)$/.exec(text.trim());
    if (!m) throw new Error(`unexpected step counter: ${text}`);
    return { pos: Number(m[1]), total: Number(m[2]) };
  }

  async packetNames() {
    return (await this.packets.allTextContents()).map((t) => t.trim());
  }

  async consoleLines() {
    return this.console.locator('.line').allTextContents();
  }

  /** Everything a learner sees at this moment, for exact comparisons. */
  async snapshot() {
    return {
      counter: await this.counter.textContent(),
      packets: await this.packetNames(),
      console: await this.consoleLines(),
      caption: await this.caption.innerText(),
      ports: await this.page.getByTestId('connection').allTextContents(),
    };
  }

  async stepForward() {
    await this.control('step-forward').click();
  }

  async stepBack() {
    await this.control('step-back').click();
  }
}

// The "Go deeper" views.
export class DeeperViews {
  constructor(page) {
    this.page = page;
    this.filter = page.getByTestId('filter');
    this.filterError = page.getByTestId('filter-error');
    this.rows = page.getByTestId('packet-rows');
    this.inspector = page.getByTestId('inspector');
  }

  tab(name) {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** Scrolls to Go deeper, as a learner would, so its views load (they come
   * when their place nears the viewport or the lesson starts), and waits for them. */
  async show() {
    await this.page.getByTestId('deeper-slot').scrollIntoViewIfNeeded();
    await this.rows.waitFor();
    return this;
  }

  async applyFilter(expr) {
    await this.filter.fill(expr);
    await this.filter.press('Enter');
  }

  /** Every frame number the (virtualized) list shows, scrolling through it. */
  async listedFrames() {
    await this.rows.evaluate((el) => { el.scrollTop = 0; });
    await this.#rendered();
    const frames = new Set();
    for (;;) {
      for (const f of await this.rows.locator('[data-testid=packet-row]').evaluateAll((els) => els.map((e) => Number(e.dataset.frame)))) frames.add(f);
      const done = await this.rows.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop += el.clientHeight;
        return el.scrollTop === before;
      });
      await this.#rendered();
      if (done) break;
    }
    return [...frames].sort((a, b) => a - b);
  }

  /**
   * Waits until the list shows rows at the top and the bottom of its scroll
   * position (it re-renders on its scroll event, a frame or more later on a
   * loaded machine). An empty list has nothing to wait for; at most 2 s.
   */
  async #rendered() {
    await this.rows.evaluate((el) => new Promise((ok) => {
      const rows = () => [...el.querySelectorAll('[data-testid=packet-row]')];
      const covers = (y) => rows().some((r) => r.offsetTop <= y && r.offsetTop + r.offsetHeight > y);
      const shown = () => {
        const bottom = Math.min(el.scrollTop + el.clientHeight, el.scrollHeight) - 1;
        return covers(el.scrollTop + 1) && covers(bottom);
      };
      const empty = () => rows().length === 0 && el.scrollHeight <= el.clientHeight;
      const until = performance.now() + 2000;
      const check = () => (shown() || empty() || performance.now() > until ? ok() : requestAnimationFrame(check));
      check();
    }));
  }

  row(frame) {
    return this.rows.locator(`[data-testid=packet-row][data-frame="${frame}"]`);
  }

  /** The time-sequence graph: the chart (a listbox, one tab stop). */
  get graph() {
    return this.page.getByTestId('tsg');
  }

  /** The graph's point under the keyboard: its one rendered option. */
  get graphPoint() {
    return this.page.getByTestId('tsg-focus');
  }

  /** Opens the time-sequence graph's tab (a chunk of its own) and waits for the chart. */
  async openGraph() {
    await this.page.locator('#tab-tsg').click();
    await this.graph.waitFor();
    return this.graph;
  }

  /**
   * Where each of the graph's points is on the screen, in time order:
   * { x, y, kind } in client coordinates, read from the series' paths
   * (an I-beam or a stroke per data segment, a diamond per retransmission, a ring per lost one).
   */
  async graphPoints() {
    return this.graph.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const at = (x, y) => ({ x: box.left + (x * box.width) / view.width, y: box.top + (y * box.height) / view.height });
      const d = (cls) => svg.querySelector(`path.${cls}`)?.getAttribute('d') ?? '';
      const out = [];
      // An I-beam's stem or a short stroke: "M x y V y" (the caps are "M x y h5").
      for (const m of d('tsg-data').matchAll(/M(-?\d+) (-?\d+)V(-?\d+)/g)) {
        out.push({ ...at(+m[1], (+m[2] + +m[3]) / 2), kind: 'data' });
      }
      for (const kind of ['tsg-retransmitted', 'tsg-lost-retransmitted']) {
        for (const m of d(kind).matchAll(/M(-?\d+) (-?\d+)l5 5/g)) out.push({ ...at(+m[1], +m[2] + 5), kind });
      }
      for (const m of d('tsg-lost').matchAll(/M(-?\d+) (-?\d+)a5/g)) out.push({ ...at(+m[1] + 5, +m[2]), kind: 'tsg-lost' });
      return out.sort((a, b) => a.x - b.x);
    });
  }

  /** The hex dump's bytes as one lowercase hex string. */
  async dumpHex() {
    return (await this.inspector.locator('[data-testid=hex] .hex').textContent()).replace(/\s/g, '');
  }

  /** The lit bytes of the hex dump: [hex string, the same bytes' ASCII column]. */
  async litBytes() {
    const hex = await this.inspector.locator('[data-testid=hex] .hex mark.lit').allTextContents();
    const text = await this.inspector.locator('[data-testid=hex] .ascii mark.lit').allTextContents();
    return [hex.join('').replace(/\s/g, ''), text.join('').replace(/\n/g, '')];
  }

  /** Moves the pointer over byte `i` (0-based) of the hex dump's hex column. */
  async hoverByte(i) {
    const hex = this.inspector.locator('[data-testid=hex] .hex');
    const box = await hex.boundingBox();
    const lines = (await hex.textContent()).split('\n');
    const widest = Math.max(...lines.map((l) => l.length));
    const col = (i % 16) * 3 + 1; // the byte's second digit
    const line = Math.floor(i / 16);
    await hex.hover({
      position: { x: ((col + 0.5) * box.width) / widest, y: ((line + 0.5) * box.height) / lines.length },
    });
  }
}
