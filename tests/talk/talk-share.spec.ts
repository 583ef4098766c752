// Sharing the deck: the single file opened from disk with no network, the site opened from disk
// (it says it needs a server), under a GitLab Pages-like sub-path with a deep link, and what a link
// preview reads: the head tags, the favicon and the social card.
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { position } from '../../src/tools/browser.ts';
import { highlightedLines, walkWithSpace } from '../browser/deck-page.ts';
import { openDeck, slideTree } from '../browser/deck-reading.ts';
import { expect, freshPageTest as test } from '../browser/worker-page.ts';
import { NOT_THE_TALK, slidesAreTheTalk } from './is-talk.ts';

test.skip(!slidesAreTheTalk(), NOT_THE_TALK);

const dist = join(import.meta.dirname, '../../dist');
const SINGLE_FILE = 'gitlab-runners-docker-in-docker-explained.html';
const SITE = 'slides/gitlab-runners-and-dind/';
const TITLE = 'Gitlab Runners Docker-in-Docker Explained';

/** Lets the browser read files only: every other request (http, ws, …) is aborted and listed. */
async function offline(context: BrowserContext): Promise<string[]> {
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  return refused;
}

const fileUrl = (name: string, hash = '') => `${pathToFileURL(join(dist, name)).href}${hash}`;

/** The single file copied alone into an empty folder, as onto a USB stick: nothing beside it to load. */
function carriedAway(hash = ''): string {
  const folder = mkdtempSync(join(tmpdir(), 'deck-single-file-'));
  copyFileSync(join(dist, SINGLE_FILE), join(folder, SINGLE_FILE));
  return `${pathToFileURL(join(folder, SINGLE_FILE)).href}${hash}`;
}

test.describe('the single file, copied alone and opened from disk with no network', () => {
  test("is written beside the site, named after the deck's title", () => {
    expect(
      readdirSync(dist)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual([SINGLE_FILE, 'index.html']);
  });

  test('presents all 30 slides and 33 states, with its images and fonts inside', async ({ page, context }) => {
    const refused = await offline(context);
    await openDeck(page, carriedAway());
    await expect(page).toHaveTitle(TITLE);
    expect(await slideTree(page)).toEqual([1, 2, 4, 10, 1, 3, 7, 1, 1]);
    const states = await walkWithSpace(page);
    expect(states).toHaveLength(33);
    expect(new Set(states.map((s) => s.position)).size).toBe(33);
    const images = page.locator('.reveal .slides img');
    await expect(images).toHaveCount(4);
    for (const img of await images.all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    }
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`));
    expect(loaded).toEqual(expect.arrayContaining(['Karla 400', 'Libre Caslon Text 400']));
    expect(refused).toEqual([]);
  });

  test('shows the notes in its speaker view (S)', async ({ page, context }) => {
    const refused = await offline(context);
    await openDeck(page, carriedAway('#/2'));
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.locator('body')).toContainText('Each job runs separate');
    await page.evaluate(() => {
      location.hash = '#/3/5';
    });
    await expect(speaker.locator('body')).toContainText('Mount the socket');
    await expect(speaker.locator('body')).not.toContainText('Each job runs separate');
    expect(refused).toEqual([]);
  });
});

test('the site opened from disk says it needs a server and links to the single file', async ({ page, context }) => {
  await offline(context);
  await page.goto(fileUrl('index.html'));
  const notice = page.getByRole('alert');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading')).toHaveText('These slides need a web server');
  // Not the raw slides and their notes underneath.
  await expect(page.locator('.reveal')).toBeHidden();
  await notice.getByRole('link', { name: SINGLE_FILE }).click();
  await page.waitForSelector('.reveal.ready');
  expect(page.url()).toBe(fileUrl(SINGLE_FILE));
});

test.describe('the site under a sub-path, as GitLab Pages serves it', () => {
  test('opens a deep link on its slide and step, with every file found', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await openDeck(page, `${SITE}#/6/2/1`);
    expect(await position(page)).toMatch(/^6\/2\//);
    await expect(page.locator('section.present:not(.stack) h3')).toHaveText('.gitlab-ci.yml');
    expect(await highlightedLines(page)).toEqual([['- wget -O - http://docker:8080']]);
    await expect(page.getByRole('alert')).toBeHidden();
    await page.evaluate(() => document.fonts.ready);
    expect(failed).toEqual([]);
  });

  test("has the front matter's title, description and author, and Open Graph and Twitter tags", async ({ page }) => {
    await openDeck(page, SITE);
    const meta = await page.$$eval('meta[name], meta[property]', (tags) =>
      Object.fromEntries(tags.map((t) => [t.getAttribute('name') ?? t.getAttribute('property'), t.getAttribute('content')])),
    );
    const description = expect.stringMatching(/^How GitLab Runners run CI jobs, and how Docker works inside them: .*from a job\.$/);
    const alt = 'Title slide: GitLab Runners: Docker-in-Docker Explained, by Haseeb Majid';
    expect(meta).toMatchObject({
      description,
      author: 'Haseeb Majid',
      keywords: expect.stringContaining('Docker-in-Docker'),
      'og:type': 'website',
      'og:title': TITLE,
      'og:description': description,
      'og:image': 'social-card.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': alt,
      'twitter:card': 'summary_large_image',
      'twitter:title': TITLE,
      'twitter:description': description,
      'twitter:image': 'social-card.png',
      'twitter:image:alt': alt,
    });
    await expect(page).toHaveTitle(TITLE);
  });

  test('serves a real favicon and a 1200×630 social card of the title slide', async ({ page }) => {
    await openDeck(page, SITE);
    const iconUrl = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
    const cardUrl = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '', page.url()).href;
    expect(iconUrl).toMatch(new RegExp(`/${SITE}favicon.svg$`));
    for (const [url, type] of [
      [iconUrl, 'image/svg+xml'],
      [cardUrl, 'image/png'],
    ]) {
      const response = await page.request.get(url);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(type);
    }
    expect(await imageSize(page, iconUrl)).toEqual({ width: 64, height: 64, colours: expect.any(Object) });
    const card = await imageSize(page, cardUrl);
    expect({ width: card.width, height: card.height }).toEqual({ width: 1200, height: 630 });
    // The theme's look: its cream background at the edge, its link colour as the progress bar,
    // and the title in its heading colour across the middle.
    expect(card.colours.corner).toEqual([252, 248, 243]);
    expect(card.colours.bar).toEqual([32, 118, 179]);
    expect(card.colours.headingPixels).toBeGreaterThan(5000);
  });
});

/** Loads an image as the page would and reads its size and a few of its colours. */
function imageSize(page: Page, url: string) {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
    const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    context.drawImage(img, 0, 0);
    const rgb = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let headingPixels = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 0x2d) + Math.abs(data[i + 1] - 0x32) + Math.abs(data[i + 2] - 0x46) < 24) headingPixels++;
    return { width: img.naturalWidth, height: img.naturalHeight, colours: { corner: rgb(4, 4), bar: rgb(canvas.width / 2, canvas.height - 4), headingPixels } };
  }, url);
}
