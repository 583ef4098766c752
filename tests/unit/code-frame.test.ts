// codeFrame: the offending line and its neighbours, as Vite's overlay and terminal show code.
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/deck/index.ts';

describe('codeFrame', () => {
  const text = ['## Code', '', '```yaml [1|9]', 'a: 1', '```', '', 'notes:', 'x'].join('\n');

  it('shows two lines either side and a caret under the column', () => {
    expect(codeFrame(text, { line: 2, column: 11 })).toBe(
      ['1  |  ## Code', '2  |  ', '3  |  ```yaml [1|9]', '   |             ^', '4  |  a: 1', '5  |  ```'].join('\n'),
    );
  });

  it('stops at the ends of the file and points at the line start without a column', () => {
    expect(codeFrame(text, { line: 0 })).toBe('1  |  ## Code\n   |  ^\n2  |  \n3  |  ```yaml [1|9]');
    expect(codeFrame(text, { line: 7, column: 0 }).split('\n').slice(-2)).toEqual(['8  |  x', '   |  ^']);
  });

  it('keeps tabs before the caret so it lines up, and widens for long files', () => {
    expect(codeFrame('\tkey: [9]', { line: 0, column: 7 })).toBe('1  |  \tkey: [9]\n   |  \t      ^');
    expect(
      codeFrame(`${'x\n'.repeat(999)}bad`, { line: 999, column: 0 })
        .split('\n')
        .slice(-2),
    ).toEqual(['1000 |  bad', '     |  ^']);
  });
});
