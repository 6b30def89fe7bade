import { describe, expect, it } from 'vitest';
import { AnalysisParamsError, MODEL_NAMES, parseAnalysisParams } from '@basketgraph/analysis';

describe('analysis parameters', () => {
  it('when nothing is given then the documented defaults apply', () => {
    expect(parseAnalysisParams({})).toEqual({
      k: 4, seed: 42, features: 'rfm', minSupport: 0.02, minConfidence: 0.3, maxLen: 3, neighbours: 20, recommendations: 20,
    });
  });

  it('when a value is out of range then the message names it as GraphQL and the command line spell it', () => {
    expect(() => parseAnalysisParams({ minSupport: 2 })).toThrow(AnalysisParamsError);
    expect(() => parseAnalysisParams({ minSupport: 2 })).toThrow(/^invalid analysis parameters: minSupport \(--min-support\): Too big/);
  });

  it('when the model is unknown then it is refused up front with the names there are', () => {
    let message = '';
    try {
      parseAnalysisParams({ model: 'nope' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^invalid analysis parameters: model \(--model\): /);
    for (const name of MODEL_NAMES) expect(message).toContain(`"${name}"`);
    expect(parseAnalysisParams({ model: 'ease' }).model).toBe('ease');
  });
});
