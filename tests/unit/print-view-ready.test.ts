// Waiting for the print view, as the PDF export and the rendered check both do: through a stand-in
// page, each way the wait ends and the one message it ends with.
import { describe, expect, it } from 'vitest';
import { PRINT_VIEW_READY } from '../../src/site/print-view.ts';
import { openPrintView, type PrintViewPage } from '../../src/tools/print-view-ready.ts';
import { UserError } from '../../src/tools/user-error.ts';

const never = () => new Promise<never>(() => undefined);

function page(overrides: Partial<PrintViewPage> = {}): PrintViewPage & { evaluated: string[] } {
  const evaluated: string[] = [];
  return {
    evaluated,
    open: async () => undefined,
    evaluate: async (expression) => {
      evaluated.push(expression);
      return true;
    },
    onFirstError: () => undefined,
    ...overrides,
  };
}

describe('openPrintView', () => {
  it('opens the page, then waits in it for the print view to be ready', async () => {
    const p = page();
    await openPrintView(p, 1000, []);
    expect(p.evaluated).toEqual([PRINT_VIEW_READY]);
  });

  it("ends at the deck's first script error, without waiting for the time out", async () => {
    const p = page({ onFirstError: (listener) => setTimeout(() => listener('boom is not defined'), 5), evaluate: never });
    const at = Date.now();
    await expect(openPrintView(p, 10_000, [])).rejects.toEqual(new UserError('the deck did not start: boom is not defined'));
    expect(Date.now() - at).toBeLessThan(5000);
  });

  it('times out with what the page said meanwhile', async () => {
    const problems = ['console: a'];
    await expect(openPrintView(page({ evaluate: never }), 20, problems)).rejects.toEqual(
      new UserError('the slides did not finish loading within 0.02 s; the page said: console: a'),
    );
    await expect(openPrintView(page({ open: never }), 20, [])).rejects.toEqual(new UserError('the slides did not finish loading within 0.02 s'));
  });

  it("reads the browser's own failure on the way as the slides not loading, and passes a UserError on as it is", async () => {
    const broken = page({ open: () => Promise.reject(new Error('net::ERR_CONNECTION_REFUSED')) });
    await expect(openPrintView(broken, 1000, [])).rejects.toEqual(new UserError('the slides did not finish loading within 1 s'));
    const said = page({ open: () => Promise.reject(new UserError('the slides did not load (net::ERR_ABORTED)')) });
    await expect(openPrintView(said, 1000, [])).rejects.toEqual(new UserError('the slides did not load (net::ERR_ABORTED)'));
  });
});
