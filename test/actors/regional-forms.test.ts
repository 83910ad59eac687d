/**
 * Country names and demonyms as the Mexican, Central American, Caribbean, Colombian and Rioplatense
 * press writes them are countries; a regional word that is also a common one stays an epithet, an
 * actor only after a country noun or a role.
 */
import { describe, it } from 'node:test';
import { checkMentions, type MentionCase } from './analyze.js';

const CASES: MentionCase[] = [
  { lang: 'es', text: 'El Gobierno estadunidense impuso nuevos aranceles.', expect: [['Gobierno estadunidense', 'USA/GOV']] },
  { lang: 'es', text: 'El embajador de EU llegó a la capital.', expect: [['embajador de EU', 'USA/GOV']] },
  { lang: 'es', text: 'La cancillería de EUA emitió una alerta.', expect: [['cancillería de EUA', 'USA/GOV']] },
  { lang: 'es', text: 'El ministro brasilero viajó a Montevideo.', expect: [['ministro brasilero', 'BRA/GOV']] },
  { lang: 'es', text: 'El presidente sudcoreano recibió al enviado.', expect: [['presidente sudcoreano', 'KOR/GOV']] },
  { lang: 'es', text: 'Suráfrica y el canciller surafricano pidieron una tregua.', expect: [['Suráfrica', 'ZAF'], ['canciller surafricano', 'ZAF/GOV']] },
  { lang: 'es', text: 'Los ticos votaron en calma.', expect: [['ticos', 'CRI/CVL']] },
  { lang: 'es', text: 'Cientos de nicas cruzaron la frontera.', expect: [['nicas', 'NIC/CVL']] },
  { lang: 'es', text: 'Los catrachos celebraron en la capital.', expect: [['catrachos', 'HND/CVL']] },
  { lang: 'es', text: 'Los boricuas marcharon frente al Capitolio.', expect: [['boricuas', 'PRI/CVL']] },
  { lang: 'es', text: 'El Gobierno quisqueyano cerró la frontera.', expect: [['Gobierno quisqueyano', 'DOM/GOV']] },
  { lang: 'es', text: 'La Policía cuscatleca detuvo a dos pandilleros.', expect: [['Policía cuscatleca', 'SLV/COP']] },
  { lang: 'es', text: 'El presidente guanaco habló en la ONU.', expect: [['presidente guanaco', 'SLV/GOV']] },
  // negative: the animal is not El Salvador; the European Union keeps its own acronym
  { lang: 'es', text: 'Un guanaco pasta en la ladera del volcán.', expect: [], not: ['guanaco'] },
  { lang: 'es', text: 'La UE aprobó el plan.', expect: [['UE', 'EU']] },
];

describe('regional press forms of countries', () => {
  for (const c of CASES) it(`${c.lang}: ${c.text}`, () => checkMentions(c));
});
