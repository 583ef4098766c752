// The speaker view (S) as a test drives it: open it and wait for its previews; read its timers.
import { expect, type Frame, type Page } from '@playwright/test';

export interface SpeakerView {
  popup: Page;
  /** The preview of the slide the audience sees, and of what Space shows next. */
  current: Frame;
  upcoming: Frame;
}

/** Presses S in the deck and waits until the speaker view has connected and loaded both previews. */
export async function openSpeakerView(page: Page): Promise<SpeakerView> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(popup.locator('#connection-status')).toBeHidden();
  const preview = async (id: string) => {
    const frame = await (await popup.locator(`#${id} iframe`).elementHandle())?.contentFrame();
    if (!frame) throw new Error(`no ${id} preview`);
    await frame.waitForSelector('.reveal.ready');
    return frame;
  };
  return { popup, current: await preview('current-slide'), upcoming: await preview('upcoming-slide') };
}

/** Seconds shown by one of the speaker view's `hh:mm:ss` read-outs (the elapsed timer, the pacing). */
export async function seconds(popup: Page, selector: string): Promise<number> {
  const text = (await popup.locator(selector).innerText()).trim();
  const [h, m, s] = text.replace(/^-/, '').split(':').map(Number);
  return (text.startsWith('-') ? -1 : 1) * (h * 3600 + m * 60 + s);
}
