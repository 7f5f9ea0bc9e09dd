import { provincesOfYear } from '@papi/admin-units';
import { expectEventually, SmtpCapture, startSystem, SystemUnderTest } from '@papi/testing';
import { ApiClient } from './api-client';
import { sampleSheet } from './sample-sheet';
import { ADMIN } from './fixtures';
import { dropDatabases, ownDatabases } from './own-databases';

const HEADER = 'province,d1,d2,d3,d4,d5,d6,d7,d8';
/**
 * A hand-built table of the 63 provinces of 2019: d2…d8 are 5.00 everywhere and d1 = 9.00 − 0.10·i on
 * the i-th row, except rows 1–2 (8.90, a tie) and rows 15–16 (7.50, a tie across the best / high-average
 * cut). Ninh Thuận is row 40 (d1 5.00, total 40.00). Names come in three spellings: the English name
 * (no diacritics), "Tỉnh <short name>" and the official name.
 */
function rows2019(): string[] {
  const all = provincesOfYear(2019);
  const ninhThuan = all.find((p) => p.code === '58')!;
  const others = all.filter((p) => p.code !== '58');
  return [...others.slice(0, 40), ninhThuan, ...others.slice(40)].map((p, i) => {
    const tenths = i === 2 ? 1 : i === 16 ? 15 : i;
    const names = [p.nameEn, `Tỉnh ${p.shortName}`, p.name];
    return [`"${names[i % 3]}"`, ((900 - 10 * tenths) / 100).toFixed(2), ...Array(7).fill('5.00')].join(',');
  });
}

/** The 34 provinces of 2025, all level at 5.00 but the i-th row's d1 = 9.00 − 0.10·i. */
function table2025(): string {
  const lines = provincesOfYear(2025).map((p, i) =>
    [`"${p.name}"`, ((900 - 10 * i) / 100).toFixed(2), ...Array(7).fill('5.00')].join(','),
  );
  return [HEADER, ...lines].join('\n') + '\n';
}

describe('benchmarks through the gateway', () => {
  const smtp = new SmtpCapture();
  let system: SystemUnderTest;
  let api: ApiClient;
  // Own databases: the gap numbers are hand-checked against the one sheet posted here.
  const databases = ownDatabases('bench');

  const putCsv = async (year: number | string, body: string, type = 'text/csv') => {
    const res = await fetch(`${system.gatewayUrl}/api/v1/benchmarks/${year}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': type },
      body,
    });
    // Tests read bodies freely; the assertions are the type check.
    const parsed: any = await res.json();
    return { status: res.status, headers: res.headers, body: parsed };
  };

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port, extraEnv: { ...databases, ALERT_MIN_SAMPLE: '1' } });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
    await dropDatabases(databases);
  });

  it('stores a 63-province table (BOM, CRLF, names with and without diacritics) and replaces it', async () => {
    const csv = '\uFEFF' + [HEADER, ...rows2019()].join('\r\n') + '\r\n';
    const created = await putCsv(2019, csv);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/v1/benchmarks/2019');
    expect(created.body).toEqual({ year: 2019, provinces: 63, scale: 2, hasTotal: false });
    const replaced = await putCsv(2019, csv);
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('location')).toBeNull();
  });

  it('ranks with shared ranks (1, 2, 2, 4) and groups, ties taking the better group', async () => {
    const res = await api.request('GET', '/api/v1/benchmarks/2019/ranking');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(63);
    expect(Object.keys(res.body[0]).sort()).toEqual(['group', 'province', 'rank', 'total']);
    expect(res.body.slice(0, 4).map((r: { rank: number }) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(res.body.slice(0, 4).map((r: { total: number }) => r.total)).toEqual([44, 43.9, 43.9, 43.7]);
    expect(res.body.slice(14, 18).map((r: { rank: number; group: string }) => [r.rank, r.group])).toEqual([
      [15, 'best'],
      [16, 'best'],
      [16, 'best'],
      [18, 'high-average'],
    ]);
    expect(res.body.find((r: { province: string }) => r.province === 'Ninh Thuận')).toEqual({
      province: 'Ninh Thuận',
      total: 40,
      rank: 41,
      group: 'low-average',
    });
    expect(res.body[62]).toMatchObject({ rank: 63, group: 'poor', total: 37.8 });
  });

  it('rejects a semicolon file and a table missing a province with 422, storing nothing', async () => {
    // As a spreadsheet in a Vietnamese locale exports it: `;` between cells, decimal commas, names unquoted.
    const semicolon = [HEADER, ...rows2019()]
      .map((r) =>
        r
          .replaceAll('"', '')
          .replaceAll(',', ';')
          .replace(/(\d)\.(\d)/g, '$1,$2'),
      )
      .join('\n');
    const bad = await putCsv(2019, semicolon);
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors).toHaveLength(1);
    expect(bad.body.errors[0].detail).toContain('dấu chấm phẩy (;)');
    expect(bad.body.errors[0].detail).toContain('dấu phẩy thập phân');

    const withoutNinhThuan = rows2019().filter((r) => !r.includes('Ninh Thu'));
    const missing = await putCsv(2019, [HEADER, ...withoutNinhThuan].join('\n'));
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ pointer: '', detail: expect.stringContaining('"Ninh Thuận" (mã 58)') }]);

    const bigD3 = rows2019().map((r, i) => (i === 9 ? r.replace(/,5\.00,5\.00,/, ',5.00,12.00,') : r));
    const outOfRange = await putCsv(2019, [HEADER, ...bigD3].join('\n'));
    expect(outOfRange.status).toBe(422);
    expect(outOfRange.body.errors).toEqual([
      { pointer: '/11/d3', detail: expect.stringMatching(/^Dòng 11 \(.+\): giá trị 12\.00 ở cột d3/) },
    ]);

    const ranking = await api.request('GET', '/api/v1/benchmarks/2019/ranking');
    expect(ranking.body).toHaveLength(63);
    expect(ranking.body[0].total).toBe(44);
  });

  it('refuses a body that is not text/csv with 415', async () => {
    const res = await putCsv(2019, '{}', 'application/json');
    expect(res.status).toBe(415);
    const plain = await putCsv(2019, HEADER, 'text/plain');
    expect(plain.status).toBe(415);
  });

  it('answers the gap of Ninh Thuận from its benchmark row (hand-checked)', async () => {
    // No sheets in 2019-Q4: the province's own row is used.
    const res = await api.request(
      'GET',
      '/api/v1/benchmarks/2019/gap?province=ninh%20thuan&targetRank=20&period=2019-Q4',
    );
    expect(res.status).toBe(200);
    // Position 20 is row 19: d1 = 9.00 − 1.90 = 7.10, total 42.10; the best total is 44.00.
    expect(res.body).toEqual({
      year: 2019,
      province: 'Ninh Thuận',
      targetRank: 20,
      targetTotal: 42.1,
      bestTotal: 44,
      source: 'benchmark',
      period: null,
      n: null,
      own: { total: 40, d1: 5, d2: 5, d3: 5, d4: 5, d5: 5, d6: 5, d7: 5, d8: 5 },
      projectedRank: 41,
      projectedGroup: 'low-average',
      gaps: [1, 2, 3, 4, 5, 6, 7, 8].map((dimension) =>
        dimension === 1
          ? { dimension, own: 5, target: 7.1, best: 9, toTarget: 2.1, toBest: 4 }
          : { dimension, own: 5, target: 5, best: 5, toTarget: 0, toBest: 0 },
      ),
      whatIf: {
        totalGain: 2.1,
        singleDimension: [1, 2, 3, 4, 5, 6, 7, 8].map((dimension) => ({ dimension, gain: 2.1 })),
        balanced: [1, 2, 3, 4, 5, 6, 7, 8].map((dimension) => ({ dimension, gain: dimension === 1 ? 2.1 : 0 })),
      },
    });
  });

  it('places the province estimate of a wave into the table', async () => {
    const waves = await api.request('GET', '/api/v1/waves');
    const wave = waves.body.items.find((w: { code: string }) => w.code === '2020-Q3');
    expect((await api.request('POST', '/api/v1/responses', sampleSheet(wave.id))).status).toBe(202);
    const score = await expectEventually(
      async () => {
        const res = await api.request('GET', '/api/v1/scores?unit=58&period=2020-Q3');
        expect(res.status).toBe(200);
        expect(res.body.aggregate.score).not.toBeNull();
        return res.body;
      },
      { timeoutMs: 30000 },
    );
    const res = await api.request('GET', '/api/v1/benchmarks/2019/gap?province=58&targetRank=20&period=2020-Q3');
    expect(res.status).toBe(200);
    // The estimate, printed at the table's 0.01, replaces Ninh Thuận's row. With the sheet's best answers
    // it is 10 everywhere (80 in all), so the province stands first and position 20 is then row 18 (42.20).
    const cents = (x: number) => Math.round(x * 100) / 100;
    const own = Object.fromEntries(
      score.dimensions.map((d: { number: number; score: number }) => [`d${d.number}`, cents(d.score)]),
    );
    expect(res.body).toMatchObject({
      source: 'estimate',
      period: '2020-Q3',
      n: score.n,
      own: { total: cents(score.aggregate.score), ...own },
    });
    const ranking = await api.request('GET', '/api/v1/benchmarks/2019/ranking');
    const ahead = ranking.body.filter((r: { province: string; total: number }) => {
      return r.province !== 'Ninh Thuận' && r.total > res.body.own.total;
    });
    expect(res.body.projectedRank).toBe(ahead.length + 1);
    if (res.body.own.total === 80) {
      expect(res.body).toMatchObject({ projectedRank: 1, projectedGroup: 'best', targetTotal: 42.2, bestTotal: 80 });
      expect(res.body.whatIf.totalGain).toBe(0);
    }
  });

  it('says a province of another era is not in a 34-province table', async () => {
    const created = await putCsv(2025, table2025());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ year: 2025, provinces: 34, scale: 2, hasTotal: false });
    const ranking = await api.request('GET', '/api/v1/benchmarks/2025/ranking');
    expect(ranking.body.map((r: { group: string }) => r.group).filter((g: string) => g === 'best')).toHaveLength(9);
    const res = await api.request('GET', '/api/v1/benchmarks/2025/gap?province=58&targetRank=5');
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '/province', detail: expect.stringContaining('Ninh Thuận (mã 58)') }]);
  });

  it('answers 404 for a year without a table and 400 for a bad query', async () => {
    expect((await api.request('GET', '/api/v1/benchmarks/2011/ranking')).status).toBe(404);
    expect((await api.request('GET', '/api/v1/benchmarks/2011/gap?province=58&targetRank=20')).status).toBe(404);
    const bad = await api.request('GET', '/api/v1/benchmarks/2019/gap?province=58&targetRank=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ pointer: '/targetRank', detail: expect.any(String) }]);
    const tooFar = await api.request('GET', '/api/v1/benchmarks/2019/gap?province=58&targetRank=64');
    expect(tooFar.status).toBe(422);
  });
});
