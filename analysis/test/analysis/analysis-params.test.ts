import { describe, expect, it } from 'vitest';
import { AnalysisParamsError, MODEL_NAMES, parseAnalysisParams } from '@basketgraph/analysis';

describe('analysis parameters', () => {
  it('when nothing is given then the documented defaults apply', () => {
    expect(parseAnalysisParams({})).toEqual({
      k: 4,
      seed: 42,
      features: 'rfm',
      minSupport: 0.02,
      minConfidence: 0.3,
      maxLen: 3,
      neighbours: 20,
      recommendations: 20,
    });
  });

  it('when a value is out of range then the message names it as GraphQL and the command line spell it', () => {
    expect(() => parseAnalysisParams({ minSupport: 2 })).toThrow(AnalysisParamsError);
    expect(() => parseAnalysisParams({ minSupport: 2 })).toThrow(
      'invalid analysis parameters: minSupport (--min-support) must be a number above 0, at most 1, not 2',
    );
  });

  it('when numbers come as text (the command line) then they are read, and text that is no number is refused naming the parameter and the text', () => {
    expect(parseAnalysisParams({ k: '3', seed: '7', minSupport: '0.05' })).toMatchObject({ k: 3, seed: 7, minSupport: 0.05 });
    expect(parseAnalysisParams({ k: 'auto' }).k).toBe('auto');
    const refused = (input: Record<string, unknown>) => {
      try {
        parseAnalysisParams(input);
      } catch (e) {
        return { message: (e as Error).message, parameter: (e as AnalysisParamsError).parameter };
      }
      return null;
    };
    expect(refused({ k: 'abc' })).toEqual({
      message: 'invalid analysis parameters: k (--k) must be auto or a whole number from 2 to 20, not "abc"',
      parameter: 'k',
    });
    expect(refused({ maxLen: '2.5', neighbours: 'many' })).toEqual({
      message:
        'invalid analysis parameters: maxLen (--max-len) must be a whole number from 2 to 5, not "2.5"; neighbours (--neighbours) must be a whole number from 1 to 200, not "many"',
      parameter: 'maxLen',
    });
  });

  it('when the model is unknown then it is refused up front with the names there are', () => {
    let message = '';
    try {
      parseAnalysisParams({ model: 'nope' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^invalid analysis parameters: model \(--model\) must be one of /);
    for (const name of MODEL_NAMES) expect(message).toContain(name);
    expect(parseAnalysisParams({ model: 'ease' }).model).toBe('ease');
  });
});
