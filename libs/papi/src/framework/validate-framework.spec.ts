import type { PapiFramework } from './framework.types';
import { papi2019Framework } from './papi-2019/papi-2019.framework';
import { validateFramework } from './validate-framework';

/** A minimal valid framework: 8 dimensions, one sub-dimension and one indicator each. */
function minimalFramework(): PapiFramework {
  return {
    version: 'test',
    dimensions: Array.from({ length: 8 }, (_, i) => ({
      number: i + 1,
      code: `d${i + 1}`,
      nameVi: `Chỉ số ${i + 1}`,
      nameEn: `Dimension ${i + 1}`,
      subDimensions: [
        {
          code: `${i + 1}.1`,
          nameVi: 'Thành phần',
          nameEn: 'Sub',
          indicators: [
            {
              code: `d${i + 1}.1.a`,
              nameVi: 'Chỉ tiêu',
              nameEn: 'Indicator',
              rule: { kind: 'share-yes', questionCode: 'q', yesValues: ['yes'] },
              min: 0,
              max: 1,
              direction: 'higher-better',
            },
          ],
        },
      ],
    })),
  };
}

describe('validateFramework', () => {
  it('accepts a minimal valid framework and the papi-2019 seed', () => {
    expect(validateFramework(minimalFramework())).toEqual([]);
    expect(validateFramework(papi2019Framework)).toEqual([]);
  });

  it('requires exactly 8 dimensions numbered 1–8', () => {
    const sut = minimalFramework();
    const seven = { ...sut, dimensions: sut.dimensions.slice(0, 7) };
    expect(validateFramework(seven)).toEqual([expect.objectContaining({ pointer: '/dimensions' })]);

    const renumbered = {
      ...sut,
      dimensions: sut.dimensions.map((d) => (d.number === 8 ? { ...d, number: 9, code: 'd9' } : d)),
    };
    expect(validateFramework(renumbered).map((p) => p.pointer)).toContain('/dimensions');
  });

  it('reports duplicate codes where they are reused', () => {
    const sut = minimalFramework();
    const [first, second, ...rest] = sut.dimensions;
    const clash = {
      ...second.subDimensions[0],
      indicators: [{ ...second.subDimensions[0].indicators[0], code: 'd2.1.a' }],
    };
    const duplicated = {
      ...sut,
      dimensions: [first, { ...second, subDimensions: [clash, { ...clash, code: '2.2' }] }, ...rest],
    };

    const problems = validateFramework(duplicated);

    expect(problems).toEqual([
      {
        pointer: '/dimensions/1/subDimensions/1/indicators/0/code',
        detail: 'Mã "d2.1.a" bị trùng (đã dùng tại /dimensions/1/subDimensions/0/indicators/0/code).',
      },
      expect.objectContaining({ pointer: '/dimensions/1/subDimensions/1/indicators/0/code' }),
    ]);
  });

  it('requires at least one indicator per sub-dimension and min < max', () => {
    const sut = minimalFramework();
    const [first, second, ...rest] = sut.dimensions;
    const empty = { ...first, subDimensions: [{ ...first.subDimensions[0], indicators: [] }] };
    const indicator = { ...second.subDimensions[0].indicators[0], min: 1, max: 1 };
    const inverted = { ...second, subDimensions: [{ ...second.subDimensions[0], indicators: [indicator] }] };

    const pointers = validateFramework({ ...sut, dimensions: [empty, inverted, ...rest] }).map((p) => p.pointer);

    expect(pointers).toEqual([
      '/dimensions/0/subDimensions/0/indicators',
      '/dimensions/1/subDimensions/0/indicators/0/max',
    ]);
  });

  it('checks that codes nest (d3 → 3.x → d3.x.…)', () => {
    const sut = minimalFramework();
    const [first, ...rest] = sut.dimensions;
    const misfiled = { ...first, subDimensions: [{ ...first.subDimensions[0], code: '2.5' }] };

    const problems = validateFramework({ ...sut, dimensions: [misfiled, ...rest] });

    expect(problems.map((p) => p.pointer)).toEqual([
      '/dimensions/0/subDimensions/0/code',
      '/dimensions/0/subDimensions/0/indicators/0/code',
    ]);
  });
});
