import { useState } from 'preact/hooks';
import { api, type Analysis } from '../api.js';
import { ArticleView, EventList } from './ArticleView.js';

/** Paste a text, see its analysis; nothing is stored. */
export function Analyze() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [lang, setLang] = useState('');
  const [result, setResult] = useState<Analysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const run = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await api.analyze(text, { published: published || undefined, lang: lang || undefined }));
      setSelected(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="analyze">
      <form class="analyze-form" onSubmit={run}>
        <textarea
          rows={8}
          placeholder="Paste an article (Spanish or English)…"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-label="text to analyse"
        />
        <div class="row">
          <label>
            published <input type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
          </label>
          <label>
            language{' '}
            <select value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
              <option value="">detect</option>
              <option value="es">es</option>
              <option value="en">en</option>
            </select>
          </label>
          <button type="submit" disabled={busy || !text.trim()}>
            {busy ? 'Analysing…' : 'Analyse'}
          </button>
        </div>
      </form>
      {error && <p class="error">{error}</p>}
      {result && (
        <div class="analyze-result">
          <main>
            <ArticleView analysis={result} selected={selected} onSelect={setSelected} />
          </main>
          <aside>
            <h3>Events</h3>
            <EventList analysis={result} selected={selected} onSelect={setSelected} />
          </aside>
        </div>
      )}
    </div>
  );
}
