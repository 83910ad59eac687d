import { useState } from 'preact/hooks';
import type { Filter } from '../api.js';

const FIELDS: Array<{ key: keyof Filter; label: string; placeholder: string; type?: 'date' }> = [
  { key: 'actor', label: 'actor', placeholder: 'RUS' },
  { key: 'recipient', label: 'recipient', placeholder: 'CHN' },
  { key: 'dyad', label: 'dyad', placeholder: 'RUS-CHN' },
  { key: 'type', label: 'type', placeholder: 'CONSULT or 04' },
  { key: 'since', label: 'since', placeholder: '', type: 'date' },
  { key: 'until', label: 'until', placeholder: '', type: 'date' },
  { key: 'text', label: 'text', placeholder: 'words in the article' },
];

/** The CLI's `events` filters as a form; the API checks every value and names a bad one. */
export function FilterForm(props: { value: Filter; onChange: (f: Filter) => void }) {
  const [draft, setDraft] = useState<Filter>(props.value);
  const set = (key: keyof Filter, v: string): void => setDraft((d) => ({ ...d, [key]: v || undefined }));
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        props.onChange(draft);
      }}
    >
      {FIELDS.map((f) => (
        <label>
          {f.label}
          {f.type === 'date' ? (
            <input name={f.key} type="date" value={draft[f.key] ?? ''} onInput={(e) => set(f.key, e.currentTarget.value)} />
          ) : (
            <input name={f.key} type="text" placeholder={f.placeholder} value={draft[f.key] ?? ''} onInput={(e) => set(f.key, e.currentTarget.value)} />
          )}
        </label>
      ))}
      <label>
        quad
        <select name="quad" value={draft.quad ?? ''} onChange={(e) => set('quad', e.currentTarget.value)}>
          <option value="">any</option>
          <option value="1">1 verbal coop.</option>
          <option value="2">2 material coop.</option>
          <option value="3">3 verbal conflict</option>
          <option value="4">4 material conflict</option>
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="include-teasers" checked={draft['include-teasers'] === 'true'} onChange={(e) => set('include-teasers', e.currentTarget.checked ? 'true' : '')} />
        teasers
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}

/** A filter from `a=b&c=d` (how the hash links to a filtered view), keeping only known keys. */
export function filterFromQuery(q: string | undefined): Filter {
  const out: Filter = {};
  const keys: Array<keyof Filter> = ['actor', 'recipient', 'party', 'dyad', 'type', 'quad', 'since', 'until', 'text', 'include-teasers'];
  for (const [k, v] of new URLSearchParams(q ?? '')) if ((keys as string[]).includes(k) && v) out[k as keyof Filter] = v;
  return out;
}
