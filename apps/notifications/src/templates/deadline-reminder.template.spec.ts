import { DeadlineReachedV1 } from '@papi/contracts';
import { renderDeadlineReminder, DeadlineReminderView } from './deadline-reminder.template';
import { deadlineReminderHtmlTemplate } from './deadline-reminder.html.template';
import { deadlineReminderTextTemplate } from './deadline-reminder.text.template';
import { fillTemplate } from './fill-template';

const TASK_ID = '0b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d';

function view(overrides: Partial<DeadlineReachedV1> = {}, extra: Partial<DeadlineReminderView> = {}) {
  const event: DeadlineReachedV1 = {
    dedupeKey: `${TASK_ID}:2026-12-03:D-3`,
    taskId: TASK_ID,
    planId: TASK_ID,
    provinceCode: '58',
    dueDate: '2026-12-03',
    threshold: 'D-3',
    kind: 'upcoming',
    daysLate: 0,
    taskTitle: 'Nâng cao trách nhiệm giải trình với người dân',
    planNumber: '1871/KH-UBND',
    planTitle: 'Kế hoạch nâng cao Chỉ số PAPI tỉnh Ninh Thuận',
    leadAgencyId: TASK_ID,
    coordinatingAgencyIds: [],
    copyCoordinators: true,
    ownerAgencyId: null,
    copyOwner: false,
    ...overrides,
  };
  return {
    event,
    leadName: 'Sở Nội vụ',
    coordinatingNames: ['Thanh tra tỉnh', 'Sở Tư pháp'],
    progressPercent: 40,
    today: '2026-11-30',
    taskUrl: `https://papi.ninhthuan.example/tasks/${TASK_ID}`,
    ...extra,
  };
}

describe('renderDeadlineReminder', () => {
  it('writes the plan, task, agencies, due date as dd/MM/yyyy, days left, progress and the link', () => {
    const sut = renderDeadlineReminder(view());
    expect(sut.subject).toBe(
      '[1871/KH-UBND] Nhiệm vụ sắp đến hạn: 03/12/2026 — Nâng cao trách nhiệm giải trình với người dân',
    );
    for (const body of [sut.text, sut.html]) {
      expect(body).toContain('Kính gửi');
      expect(body).toContain('Kế hoạch nâng cao Chỉ số PAPI tỉnh Ninh Thuận');
      expect(body).toContain('Sở Nội vụ');
      expect(body).toContain('Thanh tra tỉnh; Sở Tư pháp');
      expect(body).toContain('03/12/2026 (còn 3 ngày)');
      expect(body).toContain('40%');
      expect(body).toContain(`https://papi.ninhthuan.example/tasks/${TASK_ID}`);
    }
    expect(sut.text.normalize('NFC')).toBe(sut.text);
  });

  it.each([
    ['2026-12-03', 'đến hạn hôm nay', 'Nhiệm vụ đến hạn hôm nay (03/12/2026)'],
    ['2026-12-04', 'quá hạn 1 ngày', 'Nhiệm vụ đã quá hạn 1 ngày (hạn 03/12/2026)'],
    ['2027-01-02', 'quá hạn 30 ngày', 'Nhiệm vụ đã quá hạn 30 ngày (hạn 03/12/2026)'],
  ])('on %s says "%s"', (today, days, title) => {
    const sut = renderDeadlineReminder(view({}, { today }));
    expect(sut.text).toContain(`(${days})`);
    expect(sut.subject).toContain(title);
  });

  it('says when there is no coordinating agency and no progress report yet', () => {
    const sut = renderDeadlineReminder(view({}, { coordinatingNames: [], progressPercent: null }));
    expect(sut.text).toContain('Cơ quan phối hợp: không có');
    expect(sut.text).toContain('Tiến độ mới nhất: chưa có báo cáo');
  });

  it('escapes names and titles in the HTML and keeps them verbatim in the text', () => {
    const sut = renderDeadlineReminder(
      view({ taskTitle: '<script>alert("x")</script> & Co' }, { leadName: `Sở "A" <b>'B'</b>` }),
    );
    expect(sut.html).not.toContain('<script>');
    expect(sut.html).not.toContain('<b>');
    expect(sut.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(sut.html).toContain('Sở &quot;A&quot; &lt;b&gt;&#39;B&#39;&lt;/b&gt;');
    expect(sut.text).toContain('<script>alert("x")</script> & Co');
  });

  it('never lets a title put a line break into the subject (header injection)', () => {
    const sut = renderDeadlineReminder(view({ taskTitle: 'Việc A\r\nBcc: attacker@evil.example\r\n\r\nbody' }));
    expect(sut.subject).not.toMatch(/[\r\n]/);
    expect(sut.subject).toContain('Việc A Bcc: attacker@evil.example body');
  });

  it('fills every slot of both templates', () => {
    expect(() => fillTemplate(deadlineReminderTextTemplate, {})).toThrow(/has no value/);
    expect(() => fillTemplate(deadlineReminderHtmlTemplate, {})).toThrow(/has no value/);
    const sut = renderDeadlineReminder(view());
    expect(sut.text).not.toContain('{{');
    expect(sut.html).not.toContain('{{');
  });
});
