import { useState } from 'react';
import { api } from '../api/client';
import type { ReviewItem, ReviewPage } from '../api/views';
import { DataState } from '../components/DataState';
import { UnitLabel } from '../components/UnitLabel';
import { formatInstant, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ApiError, unwrap, useLoad } from '../lib/load';
import { loadUnitNamer, periodStart, type UnitNamer } from '../lib/units';

/** The flagged sheets, oldest first, with the quality rules' reasons; accept counts a sheet, reject drops it. */
export function ReviewsPage() {
  const { t } = useI18n();
  const [loaded, reload] = useLoad(async () => {
    const [page, name] = await Promise.all([
      api.GET('/api/v1/reviews', { params: { query: { limit: 50 } } }).then((r) => unwrap(r) as ReviewPage),
      loadUnitNamer(),
    ]);
    return { items: page.items, name };
  }, []);
  return (
    <>
      <h1>{t('reviews.title')}</h1>
      <DataState loaded={loaded}>
        {({ items, name }) =>
          items.length === 0 ? (
            <p>{t('reviews.empty')}</p>
          ) : (
            <ul className="review-list">
              {items.map((item) => (
                <ReviewCard key={item.submissionId} item={item} name={name} onDecided={reload} />
              ))}
            </ul>
          )
        }
      </DataState>
    </>
  );
}

function ReviewCard({ item, name, onDecided }: { item: ReviewItem; name: UnitNamer; onDecided(): void }) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const noteId = `note-${item.submissionId}`;

  async function decide(decision: 'accept' | 'reject') {
    setError(null);
    const body = { decision, note: note.trim() || (decision === 'accept' ? 'Chấp nhận sau khi xem xét.' : 'Loại.') };
    try {
      unwrap(
        await api.POST('/api/v1/reviews/{submissionId}/decision', {
          params: { path: { submissionId: item.submissionId } },
          body,
        }),
      );
      onDecided();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  return (
    <li className="card" data-submission={item.submissionId}>
      <h2 className="h3">
        {t('reviews.sheet')} {item.submissionId.slice(0, 8)} ·{' '}
        <UnitLabel unit={name(item.unitCode, periodStart(item.period))} /> · {item.period}
      </h2>
      <p className="muted">
        {formatInstant(item.receivedAt)} ·{' '}
        {t('reviews.duration', { minutes: formatNumber(item.durationSeconds / 60, lang, 1) })}
      </p>
      <h3 className="h4">{t('reviews.reasons')}</h3>
      <ul>
        {item.flags.map((f, i) => (
          <li key={i}>
            <strong>{t(`rule.${f.rule}` as MessageKey)}</strong>: {f.detail}
          </li>
        ))}
      </ul>
      <label htmlFor={noteId}>{t('reviews.note')}</label>
      <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      <div className="actions">
        <button type="button" onClick={() => void decide('accept')}>
          {t('reviews.accept')}
        </button>
        <button type="button" className="secondary" onClick={() => void decide('reject')}>
          {t('reviews.reject')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}
