/**
 * A news site on loopback for the watch tests: routes that a test sets and changes between polls, and a
 * count of the requests each path received (what shows a page was not fetched twice).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export class NewsServer {
  readonly routes = new Map<string, Handler>();
  readonly hits = new Map<string, number>();
  private constructor(
    private readonly server: Server,
    readonly base: string,
  ) {}

  static async start(): Promise<NewsServer> {
    let self: NewsServer | null = null;
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      self!.hits.set(path, (self!.hits.get(path) ?? 0) + 1);
      const handler = self!.routes.get(path);
      if (handler) handler(req, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    self = new NewsServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return self;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  hitsOf(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

export interface TestItem {
  title: string;
  link: string;
  guid?: string;
  description?: string;
}

/** An RSS 2.0 feed of the items. */
export function rss(items: readonly TestItem[], lang = 'es'): string {
  const body = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid>${i.guid}</guid>` : ''}<description>${i.description ?? ''}</description><pubDate>Wed, 02 Dec 2026 09:00:00 GMT</pubDate></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Diario</title><language>${lang}</language>${body}</channel></rss>`;
}

/** A feed served with an ETag: a request carrying the current one gets 304. */
export function feedRoute(xml: () => string, etag: () => string): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag()) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: etag() }).end(xml());
  };
}

const COUNTRIES = ['Chile', 'Perú', 'Bolivia', 'Paraguay', 'Uruguay', 'Ecuador', 'Colombia', 'Venezuela', 'Panamá', 'Honduras'];
const CITIES = ['Lima', 'Quito', 'Asunción', 'Montevideo', 'La Paz', 'Bogotá', 'Caracas', 'Santiago'];

/** The words of article `n`, different for every n: two paragraphs of invented news. */
export function articleParagraphs(n: number): string[] {
  const a = COUNTRIES[n % COUNTRIES.length]!;
  const b = COUNTRIES[(n + 3) % COUNTRIES.length]!;
  const city = CITIES[n % CITIES.length]!;
  return [
    `Los gobiernos de ${a} y ${b} firmaron el martes en ${city} un acuerdo de cooperación número ${n} sobre comercio y fronteras.`,
    `El canciller de ${a} dijo que la reunión ${n} abrió una etapa de diálogo y que ambos países revisarán los aranceles en ${2027 + (n % 5)}.`,
  ];
}

/** An article page: its title, its paragraphs in <p>, and a site menu Readability leaves out. */
export function articlePage(n: number, title = `Acuerdo ${n}`): string {
  const paragraphs = articleParagraphs(n).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Portada</a> <a href="/mundo">Mundo</a></nav><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

export const pageRoute = (html: string): Handler => (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
