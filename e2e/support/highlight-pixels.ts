import type { Page } from '@playwright/test';

/**
 * Pixels in the site's text-fragment highlight colour (#ffd84d, ±5 per channel) in the visible
 * viewport: the browser paints `::target-text` itself, so only a screenshot shows it. A count.
 */
export async function countHighlightPixels(page: Page): Promise<number> {
  const png = await page.screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - 0xff) < 6 && Math.abs(data[i + 1]! - 0xd8) < 6 && Math.abs(data[i + 2]! - 0x4d) < 6) n++;
    }
    return n;
  }, png.toString('base64'));
}
