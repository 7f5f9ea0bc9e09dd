import { ChangeEvent, FormEvent, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ApiError, Problem, unwrap } from '../lib/load';
import { errorsByRow, previewCsv } from './benchmark-model';

/** Upload an official PAPI table: a preview of the file, then the server's answer against its rows. */
export function BenchmarksPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [stored, setStored] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setProblem(null);
    setStored(null);
    setText(file ? await file.text() : null);
  }

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (text === null) return;
    setBusy(true);
    setProblem(null);
    setStored(null);
    try {
      const result = unwrap(
        await api.PUT('/api/v1/benchmarks/{year}', {
          params: { path: { year: Number(year) } },
          body: text,
          bodySerializer: (body: string) => body,
          headers: { 'content-type': 'text/csv; charset=utf-8' },
        }),
      );
      setStored(t('benchmarks.stored', { year: result.year ?? year, provinces: result.provinces ?? 0 }));
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem : { status: 0, detail: String(error) });
    } finally {
      setBusy(false);
    }
  }

  const preview = text === null ? null : previewCsv(text);
  const errors = errorsByRow(problem);
  return (
    <>
      <h1>{t('benchmarks.title')}</h1>
      <form className="card stack" onSubmit={(e) => void upload(e)}>
        <label htmlFor="benchmark-year">{t('benchmarks.year')}</label>
        <input
          id="benchmark-year"
          type="number"
          min={2009}
          max={2100}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          required
        />
        <label htmlFor="benchmark-file">{t('benchmarks.file')}</label>
        <input id="benchmark-file" type="file" accept=".csv,text/csv" onChange={(e) => void pick(e)} required />
        <button type="submit" disabled={busy || text === null}>
          {t('benchmarks.upload')}
        </button>
        {stored && (
          <p role="status" className="ok">
            {stored}
          </p>
        )}
        {problem && (
          <div role="alert" className="error" data-testid="benchmark-errors">
            <p>{t('benchmarks.errors', { detail: problem.detail ?? problem.title ?? String(problem.status) })}</p>
            {(errors.get(0) ?? []).length > 0 && (
              <details open={(errors.get(0) ?? []).length <= 5}>
                <summary>{t('benchmarks.fileErrors', { count: (errors.get(0) ?? []).length })}</summary>
                <ul>
                  {(errors.get(0) ?? []).map((e) => (
                    <li key={e.detail}>{e.detail}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </form>
      {preview && (
        <section className="card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('benchmarks.preview', { rows: preview.rows.length })}</h2>
          <div className="table-wrap">
            <table data-testid="benchmark-preview">
              <thead>
                <tr>
                  <th scope="col">{t('benchmarks.row')}</th>
                  {preview.header.map((h, i) => (
                    <th scope="col" key={i}>
                      {h}
                    </th>
                  ))}
                  <th scope="col">{t('benchmarks.rowError')}</th>
                </tr>
              </thead>
              <tbody>
                {[{ fileRow: 1, cells: [] as string[] }, ...preview.rows]
                  .filter((r) => r.fileRow > 1 || errors.has(1))
                  .map((row) => {
                    const rowErrors = errors.get(row.fileRow) ?? [];
                    return (
                      <tr key={row.fileRow} className={rowErrors.length ? 'row-error' : ''} data-row={row.fileRow}>
                        <th scope="row">{row.fileRow}</th>
                        {preview.header.map((_, i) => (
                          <td
                            key={i}
                            className={rowErrors.some((e) => e.column === preview.header[i]) ? 'cell-error' : ''}
                          >
                            {row.cells[i] ?? ''}
                          </td>
                        ))}
                        <td className="row-error-text">{rowErrors.map((e) => e.detail).join(' ')}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
