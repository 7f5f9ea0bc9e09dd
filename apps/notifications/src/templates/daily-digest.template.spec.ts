import { renderDailyDigest } from './daily-digest.template';

const ID_A = '0b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d';
const ID_B = '1b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d';

describe('renderDailyDigest', () => {
  const sut = renderDailyDigest({
    agencyName: 'UBND huyện Ninh Hải',
    today: '2026-12-31',
    appUrl: 'https://papi.ninhthuan.example/',
    tasks: [
      {
        taskId: ID_B,
        planNumber: '12/KH-UBND',
        taskTitle: 'Công khai ngân sách',
        dueDate: '2027-01-02',
        progressPercent: 10,
      },
      {
        taskId: ID_A,
        planNumber: '12/KH-UBND',
        taskTitle: '<b>Tiếp dân</b>',
        dueDate: '2026-12-28',
        progressPercent: null,
      },
    ],
  });

  it('lists late tasks first with dd/MM/yyyy dates, days late or left, progress and links', () => {
    expect(sut.subject).toBe('Tổng hợp nhắc hạn nhiệm vụ ngày 31/12/2026 — UBND huyện Ninh Hải');
    expect(sut.text).toContain('2 nhiệm vụ đến hạn hoặc quá hạn, trong đó 1 nhiệm vụ quá hạn');
    const late = sut.text.indexOf('hạn 28/12/2026 (quá hạn 3 ngày), tiến độ chưa có báo cáo');
    const soon = sut.text.indexOf('hạn 02/01/2027 (còn 2 ngày), tiến độ 10%');
    expect(late).toBeGreaterThan(0);
    expect(soon).toBeGreaterThan(late);
    expect(sut.text).toContain(`https://papi.ninhthuan.example/tasks/${ID_B}`);
  });

  it('escapes task titles in the HTML', () => {
    expect(sut.html).toContain('&lt;b&gt;Tiếp dân&lt;/b&gt;');
    expect(sut.html).not.toContain('<b>Tiếp dân');
    expect(sut.html).not.toContain('{{');
  });
});
