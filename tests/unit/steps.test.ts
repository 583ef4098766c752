import { describe, expect, it } from 'vitest';
import { parseFenceInfo, parseSteps } from '../../src/deck/markdown/code/steps.ts';

describe('parseFenceInfo', () => {
  it.each([
    ['yaml', { lang: 'yaml' }],
    ['yaml [5|8]', { lang: 'yaml', stepSpec: { spec: '5|8', offset: 6, startFrom: 1 } }],
    ['json [11]', { lang: 'json', stepSpec: { spec: '11', offset: 6, startFrom: 1 } }],
    ['go []', { lang: 'go', stepSpec: { spec: '', offset: 4, startFrom: 1 } }],
    ['yml [|12]', { lang: 'yml', stepSpec: { spec: '|12', offset: 5, startFrom: 1 } }],
    ['js [712: 1|3]', { lang: 'js', stepSpec: { spec: ' 1|3', offset: 8, startFrom: 712 } }],
    ['[1-3,5|8] Dockerfile', { lang: 'Dockerfile', stepSpec: { spec: '1-3,5|8', offset: 1, startFrom: 1 } }],
    ['', { lang: '' }],
  ])('%j', (info, expected) => expect(parseFenceInfo(info)).toEqual(expected));
});

describe('parseSteps', () => {
  it.each([
    ['5|8', [[5], [8]]],
    ['4|6|9', [[4], [6], [9]]],
    ['1-3,5|8', [[1, 2, 3, 5], [8]]],
    ['', [[]]],
    ['|12', [[], [12]]],
    [' 1 | 3 ', [[1], [3]]],
    ['3|5-7,5', [[3], [5, 6, 7]]],
  ])('%j', (spec, steps) => expect(parseSteps(spec, 20)).toEqual({ steps, problems: [] }));

  it('reports lines past the block, backwards ranges and junk, with offsets', () => {
    expect(parseSteps('2|25|5-3|x', 20).problems).toEqual([
      { severity: 'error', message: "`25` is outside the block's 20 line(s)", offset: 2 },
      { severity: 'error', message: 'range `5-3` runs backwards', offset: 5 },
      { severity: 'error', message: '`x` is not a line number or range like `3` or `3-5`', offset: 9 },
    ]);
  });

  it('keeps what exists of a range begun inside the block and run past its end, with a warning', () => {
    expect(parseSteps('1|7-20', 13)).toEqual({
      steps: [[1], [7, 8, 9, 10, 11, 12, 13]],
      problems: [{ severity: 'warning', message: "`7-20` runs past the block's 13 line(s); lines 7-13 are highlighted", offset: 2 }],
    });
  });

  it('reports line 0', () => {
    expect(parseSteps('0', 3).problems).toHaveLength(1);
  });
});
