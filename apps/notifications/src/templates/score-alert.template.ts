import type { ScoreAlertRaisedV1 } from '@papi/contracts';
import { headerSafe } from '../mail/header-safety';
import type { RenderedMail } from './deadline-reminder.template';
import { dimensionNameVi } from './dimension-names.vi';
import { fillTemplate } from './fill-template';
import { scoreAlertHtmlTemplate } from './score-alert.html.template';
import { scoreAlertTextTemplate } from './score-alert.text.template';
import { escapeHtml, formatVnDate, localDate } from './vn-format';

export interface ScoreAlertView {
  event: ScoreAlertRaisedV1;
  provinceName: string;
  /** The lead agencies written to. */
  recipientNames: string[];
  /** `PUBLIC_APP_URL` without a trailing slash. */
  appUrl: string;
}

/** Scores as Vietnamese readers write decimals: a comma, two decimals (4,25). */
export function formatScore(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

const HEADLINES: Record<ScoreAlertRaisedV1['rule'], string> = {
  'below-target': 'Điểm ước tính thấp hơn mục tiêu của kế hoạch',
  drop: 'Điểm ước tính giảm mạnh so với đợt khảo sát trước',
  rank: 'Thứ hạng dự kiến thấp hơn mục tiêu của kế hoạch',
};

const THRESHOLD_LABELS: Record<ScoreAlertRaisedV1['rule'], string> = {
  'below-target': 'Mục tiêu của kế hoạch',
  drop: 'Ngưỡng cảnh báo (điểm đợt trước trừ mức giảm cho phép)',
  rank: 'Thứ hạng mục tiêu',
};

const ADVICE: Record<ScoreAlertRaisedV1['rule'], string> = {
  'below-target':
    'Ngay cả cận trên của khoảng tin cậy 95% cũng thấp hơn mục tiêu. Đề nghị cơ quan chủ trì rà soát tiến độ các nhiệm vụ thuộc chỉ số nội dung này.',
  drop: 'Đề nghị cơ quan chủ trì rà soát nguyên nhân và tiến độ các nhiệm vụ thuộc chỉ số nội dung này.',
  rank: 'Đặt điểm ước tính vào bảng xếp hạng PAPI gần nhất, tỉnh đứng sau thứ hạng mục tiêu ở chỉ số nội dung này. Đề nghị cơ quan chủ trì rà soát các nhiệm vụ liên quan.',
};

/** One opened alert as a Vietnamese email: dates dd/MM/yyyy, decimals with a comma. */
export function renderScoreAlert(view: ScoreAlertView): RenderedMail {
  const e = view.event;
  const dimensionLabel = `${e.dimension}. ${dimensionNameVi(e.dimension)}`;
  const isRank = e.rule === 'rank';
  const headline = HEADLINES[e.rule];
  const subject = headerSafe(
    `[PAPI ${e.period}] Cảnh báo: ${headline.toLowerCase()} — Chỉ số nội dung ${dimensionLabel} (${view.provinceName})`,
  );
  const query = new URLSearchParams({ unit: e.unitCode, period: e.period, dimension: String(e.dimension) });
  const values: Record<string, string> = {
    subject,
    headline,
    recipientNames: view.recipientNames.join('; '),
    provinceName: view.provinceName,
    period: e.period,
    year: String(e.year),
    dimensionLabel,
    estimate: isRank ? `hạng dự kiến ${e.value}` : formatScore(e.value),
    interval: `cận trên ${formatScore(e.high)} (trên thang điểm 1–10)`,
    thresholdLabel: THRESHOLD_LABELS[e.rule],
    threshold: isRank ? `hạng ${e.threshold}` : formatScore(e.threshold),
    n: String(e.n),
    raisedOn: formatVnDate(localDate(new Date(e.raisedAt))),
    advice: ADVICE[e.rule],
    scoresUrl: `${view.appUrl}/scores?${query.toString()}`,
  };
  return {
    subject,
    text: fillTemplate(scoreAlertTextTemplate, values),
    html: fillTemplate(scoreAlertHtmlTemplate, values, escapeHtml),
  };
}
