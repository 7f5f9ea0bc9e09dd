import type { ScoreAlertRaisedV1 } from '@papi/contracts';
import { DIMENSION_NAMES_VI } from './dimension-names.vi';
import { fillTemplate } from './fill-template';
import { scoreAlertHtmlTemplate } from './score-alert.html.template';
import { renderScoreAlert, ScoreAlertView } from './score-alert.template';
import { scoreAlertTextTemplate } from './score-alert.text.template';

const ALERT_ID = '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f';

function view(overrides: Partial<ScoreAlertRaisedV1> = {}, extra: Partial<ScoreAlertView> = {}): ScoreAlertView {
  return {
    event: {
      alertId: ALERT_ID,
      unitCode: '58',
      provinceCode: '58',
      period: '2020-Q3',
      dimension: 3,
      rule: 'below-target',
      value: 3.254,
      threshold: 6,
      high: 4.4149,
      n: 120,
      year: 2020,
      // 20:30 UTC on 31 Aug is 1 Sep in Asia/Ho_Chi_Minh.
      raisedAt: '2020-08-31T20:30:00.000Z',
      ...overrides,
    },
    provinceName: 'Ninh Thuận',
    recipientNames: ['Sở Nội vụ', 'Thanh tra tỉnh'],
    appUrl: 'https://papi.ninhthuan.example',
    ...extra,
  };
}

describe('renderScoreAlert', () => {
  it('writes the dimension in Vietnamese, the estimate, its upper bound, the target, n, the date and the link', () => {
    const sut = renderScoreAlert(view());
    expect(sut.subject).toBe(
      '[PAPI 2020-Q3] Cảnh báo: điểm ước tính thấp hơn mục tiêu của kế hoạch — Chỉ số nội dung 3. Trách nhiệm giải trình với người dân (Ninh Thuận)',
    );
    for (const body of [sut.text, sut.html]) {
      expect(body).toContain('Kính gửi');
      expect(body).toContain('Sở Nội vụ; Thanh tra tỉnh');
      expect(body).toContain('3. Trách nhiệm giải trình với người dân');
      expect(body).toContain('3,25');
      expect(body).toContain('cận trên 4,41');
      expect(body).toContain('Mục tiêu của kế hoạch');
      expect(body).toContain('6,00');
      expect(body).toContain('120');
      expect(body).toContain('01/09/2020');
      expect(body).toContain('2020-Q3 (năm 2020)');
    }
    expect(sut.text).toContain('https://papi.ninhthuan.example/scores?unit=58&period=2020-Q3&dimension=3');
    expect(sut.html).toContain('https://papi.ninhthuan.example/scores?unit=58&amp;period=2020-Q3&amp;dimension=3');
    expect(sut.text.normalize('NFC')).toBe(sut.text);
  });

  it('says rank alerts in ranks and drop alerts against the previous period', () => {
    const rank = renderScoreAlert(view({ rule: 'rank', value: 41, threshold: 20 }));
    expect(rank.subject).toContain('thứ hạng dự kiến thấp hơn mục tiêu của kế hoạch');
    expect(rank.text).toContain('Điểm ước tính: hạng dự kiến 41');
    expect(rank.text).toContain('Thứ hạng mục tiêu: hạng 20');
    const drop = renderScoreAlert(view({ rule: 'drop', value: 5.1, threshold: 5.75 }));
    expect(drop.subject).toContain('giảm mạnh so với đợt khảo sát trước');
    expect(drop.text).toContain('5,75');
  });

  it('escapes agency names in the HTML and keeps the subject on one line', () => {
    const sut = renderScoreAlert(view({}, { recipientNames: ['<b>Sở "A"</b>'], provinceName: 'Ninh\r\nThuận' }));
    expect(sut.html).toContain('&lt;b&gt;Sở &quot;A&quot;&lt;/b&gt;');
    expect(sut.html).not.toContain('<b>Sở');
    expect(sut.subject).not.toMatch(/[\r\n]/);
  });

  it('names all 8 dimensions and fills every slot of both templates', () => {
    expect(Object.keys(DIMENSION_NAMES_VI)).toHaveLength(8);
    for (let d = 1; d <= 8; d++) {
      expect(renderScoreAlert(view({ dimension: d })).text).toContain(`${d}. ${DIMENSION_NAMES_VI[d]}`);
    }
    expect(() => fillTemplate(scoreAlertTextTemplate, {})).toThrow(/has no value/);
    expect(() => fillTemplate(scoreAlertHtmlTemplate, {})).toThrow(/has no value/);
    const sut = renderScoreAlert(view());
    expect(sut.text).not.toContain('{{');
    expect(sut.html).not.toContain('{{');
  });
});
