import type { Page } from '@playwright/test';

/**
 * Elements that stick out past the right edge of the viewport and make the page scroll sideways (WCAG 1.4.10).
 * A data table inside its own horizontal scroller is allowed (two-dimensional content), so anything inside an
 * element that scrolls or clips on x is not counted. Only the outermost offender of each branch is named.
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element): boolean => {
      // An absolutely placed element escapes a scroller unless something positioned lies between them.
      const pos = getComputedStyle(el).position;
      if (pos === 'fixed') return false;
      let contained = pos !== 'absolute';
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.position !== 'static') contained = true;
        const o = style.overflowX;
        if (contained && (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip')) return true;
      }
      return false;
    };
    // Page coordinates: a page already scrolled sideways shifts every rectangle left.
    const sticksOut = (el: Element) =>
      el.getBoundingClientRect().right + window.scrollX > width + 0.5 && !clipped(el);
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = [...el.classList]
        .filter((c) => !c.startsWith('css-'))
        .slice(0, 2)
        .join('.');
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls ? `.${cls}` : ''} right=${Math.round(el.getBoundingClientRect().right)} “${text}”`;
    };
    const out: string[] = [];
    const scrolls = document.documentElement.scrollWidth > width;
    if (scrolls)
      out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
    for (const el of document.body.querySelectorAll('*')) {
      if (sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement))) out.push(describe(el));
    }
    return out.slice(0, 12);
  });
}

/**
 * What covers the focused element: every sticky or fixed element (the app bar, the meeting's tab bar, the agenda)
 * that is not the focused element's own ancestor and overlaps it on screen (WCAG 2.4.11).
 */
export function stickyCoveringFocus(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return ['nothing has focus'];
    const r = focused.getBoundingClientRect();
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const pos = getComputedStyle(el).position;
      if ((pos !== 'sticky' && pos !== 'fixed') || el.contains(focused) || focused.contains(el)) continue;
      const s = el.getBoundingClientRect();
      if (s.width === 0 || s.height === 0) continue;
      const overlap = s.left < r.right && r.left < s.right && s.top < r.bottom && r.top < s.bottom;
      if (overlap) {
        const name = el.getAttribute('aria-label') ?? el.tagName.toLowerCase();
        out.push(
          `${name} (${Math.round(s.top)}–${Math.round(s.bottom)}px) over the focused element (${Math.round(r.top)}–${Math.round(r.bottom)}px)`,
        );
      }
    }
    return out;
  });
}

/** The focused element as a person reading the screen would name it. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(none)';
    const field = el as HTMLInputElement;
    const label =
      el.getAttribute('aria-label') ??
      field.labels?.[0]?.textContent ??
      (el as HTMLElement).innerText?.trim().slice(0, 40);
    return `${el.tagName.toLowerCase()} “${label ?? ''}”`;
  });
}
