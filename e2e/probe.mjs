import { serveDist } from './support/server.mjs';
import { launch, newPage } from './support/browser.mjs';
const s = await serveDist(); const b = await launch(); const p = await newPage(b);
await p.goto(s.url + (process.argv[2] ?? '')); await p.waitForTimeout(2000);
console.log(p.problems.join('\n').slice(0, 3000)); console.log((await p.locator('body').innerText()).slice(0, 500));
await b.close(); await s.close();
