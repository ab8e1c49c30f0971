// Page object for the tutorial: every locator and move a spec needs, in one place.
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

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Opens the tutorial; by default closes the overview if it shows. */
  async open({ query = '', keepOverview = false } = {}) {
    await this.page.goto(this.baseUrl + query);
    await this.counter.waitFor();
    if (!keepOverview && (await this.overview.isVisible())) {
      await this.button('Start the tutorial').click();
    }
  }

  async position() {
    const text = await this.counter.textContent();
    const m = /^Step (\d+) of (\d+)$/.exec(text.trim());
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
    await this.button('Step forward').click();
  }

  async stepBack() {
    await this.button('Step back').click();
  }
}
