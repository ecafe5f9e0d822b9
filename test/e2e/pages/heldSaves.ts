import type { Page, Route } from '@playwright/test';

/**
 * Holds one window's calls of an API method on their way to the server, as a slow network does, so that "two people
 * typing at the same moment" happens in the order a test names rather than in whatever order the machine's load
 * gives. `sent()` waits until the window has sent one; `release()` lets every held call go on, in order.
 */
export async function holdCalls(page: Page, method: string) {
  const held: Route[] = [];
  let holding = true;
  const matches = (url: URL) => url.pathname === `/api/${encodeURIComponent(method)}`;
  await page.route(matches, (route) => {
    if (holding) held.push(route);
    else void route.continue();
  });
  return {
    async sent(): Promise<void> {
      for (let waited = 0; held.length === 0; waited += 50) {
        if (waited > 15_000) throw new Error(`The window never sent ${method}.`);
        await page.waitForTimeout(50);
      }
    },
    async release(): Promise<void> {
      // The route stays: calls sent from now on go straight through.
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}
