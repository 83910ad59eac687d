/**
 * Coreference inside a document, on texts of our own: descriptors ("el líder ruso", "la presidenta"),
 * descriptors by region ("el mandatario asiático", "el país asiático") that resolve only when one actor
 * of the region has been named, groups ("ambos países", "los dos líderes"), appositions, titles,
 * counterparts and surname repeats, with negative cases. A descriptor with no antecedent keeps what its
 * own words say (a sector), one by region is dropped when the region is ambiguous.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis, Lang, Mention } from '../../src/core/analysis.js';
import { analyzeActors, code, describeMentions } from './analyze.js';

function mention(a: Analysis, text: string, nth = 0): Mention {
  const all = a.mentions.filter((m) => m.text === text);
  const m = all[nth];
  assert.ok(m, `no mention "${text}" #${nth}; found: ${describeMentions(a)}`);
  return m;
}

const target = (a: Analysis, m: Mention): Mention | undefined => a.mentions.find((x) => x.id === m.refersTo);

interface CorefCase {
  lang: Lang;
  text: string;
  published?: string;
  /** [mention, the text of the mention it refers to (null: none), codes, name?, via prefix?] */
  refs: Array<[text: string, refersTo: string | null, codes: string, name?: string, via?: string]>;
  /** Texts that must not be mentions at all (unresolved descriptors are dropped). */
  absent?: string[];
}

const CASES: CorefCase[] = [
  {
    lang: 'es',
    published: '2024-03-05',
    text: 'La canciller de Alemania, Annalena Baerbock, recibió en Berlín al canciller de Rusia, Serguéi Lavrov. La canciller pidió un alto el fuego.',
    refs: [['canciller', 'Annalena Baerbock', 'DEU/GOV', 'Annalena Baerbock', 'coref:descriptor']],
  },
  {
    lang: 'es',
    published: '2024-03-05',
    text: 'La canciller de Alemania, Annalena Baerbock, recibió en Berlín al canciller de Rusia, Serguéi Lavrov. El canciller rechazó la propuesta.',
    refs: [['canciller', 'Serguéi Lavrov', 'RUS/GOV', 'Sergey Lavrov', 'coref:descriptor']],
  },
  {
    lang: 'es',
    published: '2026-03-05',
    text: 'El canciller de Brasil, Mauro Vieira, llegó a Lima. La ministra elogió la visita.',
    refs: [['ministra', null, 'PER/GOV']],
  },
  {
    lang: 'es',
    published: '2026-03-05',
    text: 'El canciller de Brasil, Mauro Vieira, llegó a Lima.\n\nEl canciller elogió la acogida peruana.',
    refs: [['canciller', 'Mauro Vieira', 'BRA/GOV', 'Mauro Vieira', 'coref:descriptor']],
  },
  {
    lang: 'es',
    published: '2026-03-05',
    text: 'El canciller de Brasil, Mauro Vieira, llegó a Lima.\n\nLee también: Perú convoca a su embajador en Bolivia\n\nEl canciller elogió la acogida peruana.',
    refs: [['canciller', null, 'PER/GOV']],
  },
  {
    lang: 'es',
    text: 'Vladímir Putin recibió a Xi Jinping en Moscú. El líder ruso elogió la cooperación y el mandatario asiático prometió inversiones.',
    refs: [
      ['líder ruso', 'Vladímir Putin', 'RUS/GOV', 'Vladimir Putin', 'coref:descriptor'],
      ['mandatario asiático', 'Xi Jinping', 'CHN/GOV', 'Xi Jinping', 'coref:region'],
    ],
  },
  {
    lang: 'es',
    text: 'Xi Jinping y Narendra Modi se reunieron en Kazán. El mandatario asiático habló primero.',
    refs: [],
    absent: ['mandatario asiático'],
  },
  {
    lang: 'es',
    text: 'Rusia vende gas a China. Estados Unidos sanciona al país asiático.',
    refs: [['país asiático', 'China', 'CHN', 'China', 'coref:region']],
  },
  {
    lang: 'es',
    text: 'Japón y China discutieron. El país asiático cedió.',
    refs: [],
    absent: ['país asiático'],
  },
  {
    lang: 'es',
    text: 'México y Canadá negociaron con Washington. Ambos países rechazaron los aranceles.',
    refs: [['Ambos países', 'México', 'MEX', 'Mexico', 'coref:group']],
  },
  {
    lang: 'es',
    text: 'Marruecos y Argelia reabrieron la frontera tras años de tensión. Las dos naciones firmaron un protocolo.',
    refs: [['Las dos naciones', 'Marruecos', 'MAR', 'Morocco', 'coref:group']],
  },
  {
    lang: 'es',
    text: 'Argelia y Marruecos reabrieron la frontera. Los gobiernos de ambos países celebraron el acuerdo y ambos gobiernos enviaron ministros.',
    refs: [['ambos gobiernos', 'ambos países', 'DZA/GOV', undefined, 'coref:group']],
  },
  {
    lang: 'es',
    published: '2023-06-01',
    text: 'Joe Biden y Lula se reunieron en Washington. Los dos líderes hablaron del clima.',
    refs: [['Los dos líderes', 'Joe Biden', 'USA/GOV', 'Joe Biden', 'coref:group']],
  },
  {
    lang: 'es',
    text: 'Gustavo Petro habló en Cali. Petro insistió en la reforma.',
    refs: [['Petro', 'Gustavo Petro', 'COL/GOV', 'Gustavo Petro', 'coref:surname']],
  },
  {
    lang: 'es',
    text: 'El presidente ruso, Vladímir Putin, habló con la prensa.',
    refs: [['presidente ruso', 'Vladímir Putin', 'RUS/GOV', 'Vladimir Putin', 'coref:apposition']],
  },
  {
    lang: 'es',
    text: 'El presidente Donald Trump firmó el decreto.',
    refs: [['Donald Trump', null, 'USA/GOV', 'Donald Trump']],
    absent: ['presidente'],
  },
  {
    lang: 'es',
    text: 'El canciller ruso, Serguéi Lavrov, se reunió con su homólogo chino.',
    refs: [['homólogo chino', null, 'CHN/GOV', 'Wang Yi']],
  },
  {
    lang: 'es',
    text: 'Serguéi Lavrov llegó a Pekín. El presidente ruso no viajó.',
    refs: [['presidente ruso', null, 'RUS/GOV', 'Vladimir Putin']],
  },
  {
    lang: 'es',
    text: 'Claudia Sheinbaum visitó Oaxaca. La presidenta anunció ayudas.',
    refs: [['presidenta', 'Claudia Sheinbaum', 'MEX/GOV', 'Claudia Sheinbaum', 'coref:descriptor']],
  },
  { lang: 'es', text: 'La presidenta anunció ayudas para los damnificados.', refs: [['presidenta', null, 'GOV']] },
  {
    lang: 'es',
    text: 'El ministro de Defensa colombiano, Ernesto Quintero Ruiz, viajó a Cali. Quintero prometió más patrullas.',
    refs: [
      ['ministro de Defensa colombiano', 'Ernesto Quintero Ruiz', 'COL/GOV', 'Ernesto Quintero Ruiz', 'coref:apposition'],
      ['Quintero', 'Ernesto Quintero Ruiz', 'COL/GOV', 'Ernesto Quintero Ruiz', 'coref:surname'],
    ],
  },
  {
    lang: 'es',
    text: 'Nicolás Maduro recibió a Rubio. Los presidentes Lula y Petro conversaron y ambos mandatarios pidieron diálogo.',
    refs: [['ambos mandatarios', 'Lula', 'BRA/GOV', 'Luiz Inácio Lula da Silva', 'coref:group']],
  },
  {
    lang: 'es',
    text: 'La líder opositora María Corina Machado habló en Caracas. Machado pidió elecciones libres.',
    refs: [
      ['María Corina Machado', null, 'VEN/OPP', 'María Corina Machado'],
      ['Machado', 'María Corina Machado', 'VEN/OPP', 'María Corina Machado', 'coref:surname'],
    ],
    absent: ['líder', 'líder opositora'],
  },
  {
    lang: 'en',
    text: 'Vladimir Putin met Xi Jinping in Moscow. The Russian leader praised the ties and the Chinese president promised investment.',
    refs: [
      ['Russian leader', 'Vladimir Putin', 'RUS/GOV', 'Vladimir Putin', 'coref:descriptor'],
      ['Chinese president', 'Xi Jinping', 'CHN/GOV', 'Xi Jinping', 'coref:descriptor'],
    ],
  },
  {
    lang: 'en',
    text: 'Poland and Ukraine settled the grain dispute. Both countries will review it in a year.',
    refs: [['Both countries', 'Poland', 'POL', 'Poland', 'coref:group']],
  },
  {
    lang: 'en',
    text: 'The Asian nation bought more oil.',
    refs: [],
    absent: ['Asian nation'],
  },
];

describe('coreference', () => {
  for (const c of CASES) {
    it(`${c.lang}: ${c.text}`, () => {
      const a = analyzeActors(c.text, c.lang, c.published ?? '2026-02-04');
      for (const [text, refersTo, codes, name, via] of c.refs) {
        const m = mention(a, text);
        assert.equal(code(m), codes, `codes of "${text}"`);
        if (name !== undefined) assert.equal(m.actor?.name, name, `name of "${text}"`);
        if (refersTo === null) assert.equal(m.refersTo, null, `"${text}" refers to nothing`);
        else assert.equal(target(a, m)?.text, refersTo, `"${text}" refers to "${refersTo}"; found ${describeMentions(a)}`);
        if (via) assert.ok(m.via.startsWith(via), `via of "${text}" is ${m.via}`);
      }
      for (const text of c.absent ?? []) assert.ok(!a.mentions.some((m) => m.text === text), `"${text}" must be dropped; found ${describeMentions(a)}`);
    });
  }

  it('gives a group one mention per member, over the same words', () => {
    const a = analyzeActors('México y Canadá negociaron con Washington. Ambos países rechazaron los aranceles.', 'es');
    const group = a.mentions.filter((m) => m.text === 'Ambos países');
    assert.deepEqual(group.map(code), ['MEX', 'CAN']);
    assert.equal(group[0]!.start, group[1]!.start);
    assert.deepEqual(group.map((m) => target(a, m)?.text), ['México', 'Canadá']);
  });

  it('never lets a name and its apposition refer to each other in a loop', () => {
    const a = analyzeActors('El canciller ruso, Serguéi Lavrov, habló.', 'es');
    for (const m of a.mentions) {
      const t = target(a, m);
      if (t) assert.notEqual(t.refersTo, m.id, `${m.text} ↔ ${t.text}`);
    }
  });
});
