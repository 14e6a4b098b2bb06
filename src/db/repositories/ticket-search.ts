// Full-text search of the tickets list: what a typed query means (its words and quoted phrases, and
// the query over them) and the condition finding the tickets that contain it across their text.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../database.ts';
import { MESSAGE_EVENT_TYPES, messageWords, ticketEvents, tickets } from '../schema.ts';

/** A typed query: its units (a word or a quoted phrase) and the query over them. */
export interface SearchQuery {
  /** Each unit's tsquery text; `required`: every match contains the unit. */
  units: Array<{ query: string; required: boolean }>;
  /** The query in tsquery text, unit k written as the lexeme 'k'. */
  logic: string;
}

/** What a user typed, parsed by websearch_to_tsquery (quotes, minus, or); null when it has no word. */
export async function parseSearch(db: Db, q: string): Promise<SearchQuery | null> {
  const [row] = await queryRows<{ text: string }>(
    db,
    sql`select websearch_to_tsquery('russian', ${q})::text as text`,
  );
  return searchQueryOf(row?.text ?? '');
}

// tsquery's text form: a quoted lexeme ('' and \\ are escapes), a distance, an operator, a bracket.
const TOKEN = /'(?:[^']|'')*'|<->|<\d+>|[!&|()]/g;
const DISTANCE = /^<(?:-|\d+)>$/;
// A Russian lexeme ending in а/я + л, н, т or й: the stemmer may have cut that letter off elsewhere.
const CUT = /^'[а-яё]{3,}[ая][лнтй]'$/;

/**
 * The units and logic of websearch_to_tsquery's output: a unit is a lexeme or a phrase (lexemes
 * joined by distances). Each lexeme of three or more characters matches as a prefix, as people type
 * the start of a word («серв» for «сервер») and the Russian stemmer is uneven: «журналы» stems to
 * «журнал», but «журнал» to «журна», its «л» read as a verb's ending after «а»; likewise
 * «каналы»/«канал», «терминалы»/«терминал», «печати»/«печать». So a lexeme ending in а/я and л, н, т
 * or й (the stemmer's cuts after а/я) also matches without its last letter. Dropping the last letter
 * of every lexeme of five or more would also cover «станки»/«станок», but on the hunspell-ru
 * dictionary it widened 42 % of noun queries, by four other words on average and up to thousands
 * («пере…»), against 10 % and half a word for this rule; re-stemming the lexeme («архивы» → «архив»
 * → «арх») widens to three-letter prefixes. The 'simple' configuration cannot help: the indexes hold
 * Russian stems only.
 */
export function searchQueryOf(tsquery: string): SearchQuery | null {
  const tokens = tsquery.match(TOKEN) ?? [];
  const units: string[] = [];
  const logic: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!token.startsWith("'")) {
      logic.push(DISTANCE.test(token) ? '&' : token); // a distance outside a phrase: never made
      continue;
    }
    const phrase = [prefixed(token)];
    while (DISTANCE.test(tokens[i + 1] ?? '') && tokens[i + 2]?.startsWith("'")) {
      phrase.push(tokens[i + 1] as string, prefixed(tokens[i + 2] as string));
      i += 2;
    }
    const unit = phrase.join(' ');
    const k = units.includes(unit) ? units.indexOf(unit) : units.push(unit) - 1;
    logic.push(`'${k}'`);
  }
  if (units.length === 0) return null;
  return {
    units: units.map((query, k) => ({ query, required: !holds(logic, (u) => u !== k) })),
    logic: logic.join(' '),
  };
}

function prefixed(lexeme: string): string {
  if (CUT.test(lexeme)) return `( ${lexeme}:* | ${lexeme.slice(0, -2)}':* )`;
  const text = lexeme.slice(1, -1).replaceAll("''", "'").replaceAll('\\\\', '\\');
  return [...text].length >= 3 ? `${lexeme}:*` : lexeme;
}

/**
 * Whether the logic can hold with the units `present` gives, a minus never in the way: false means
 * some unit missing from `present` is one every match contains.
 */
function holds(logic: string[], present: (unit: number) => boolean): boolean {
  let i = 0;
  const either = (): boolean => {
    let value = both();
    while (logic[i] === '|') {
      i++;
      value = both() || value;
    }
    return value;
  };
  const both = (): boolean => {
    let value = operand();
    while (logic[i] === '&') {
      i++;
      value = operand() && value;
    }
    return value;
  };
  const operand = (): boolean => {
    const token = logic[i++];
    if (token === '!') return operand() || true;
    if (token === '(') {
      const value = either();
      i++; // ')'
      return value;
    }
    return present(Number(token?.slice(1, -1)));
  };
  return either();
}

/**
 * Below this many rows (tickets plus messages) a unit every match contains drives the search: the
 * texts of at most that many tickets are then read, instead of every other unit's rows.
 */
const RARE = 500;

/**
 * The ids of the tickets containing the query across their whole text: subject, description and
 * conversation (internal notes only with `internalNotes`). A ticket is one document: its words may
 * sit in different messages, and a minus excludes it if any part has the word; a phrase stands
 * within one part. Each unit's tickets come from the two GIN indexes (tickets.search, and the
 * partial one on message events), and the query is checked against the units each ticket has. When
 * several units are typed and one that every match contains is rare (under RARE rows, counted with
 * a limit), only its tickets are candidates, and the other units are looked for in their texts
 * (each message parsed once), so a common word beside a rare one does not read the common word's
 * every row. A ticket with none of the units is never found: a query of minuses alone finds nothing.
 */
export function ticketIdsMatching(
  search: SearchQuery,
  scope: { organizationId?: string; internalNotes: boolean },
  tuning: { rare: number } = { rare: RARE },
): SQL {
  // The types are literals, not parameters, so the planner sees they fall inside the partial index.
  const types = MESSAGE_EVENT_TYPES.filter((t) => scope.internalNotes || t !== 'internal_note');
  const typeList = sql.raw(types.map((t) => `'${t}'`).join(', '));
  const units = JSON.stringify(search.units.map((u, k) => ({ k, q: u.query, required: u.required })));
  const words = messageWords(sql`e.payload`);
  const inTickets = (q: SQL) => sql`${tickets} t on t.search @@ ${q}`;
  const inMessages = (q: SQL) => sql`${ticketEvents} e on e.type in (${typeList}) and ${words} @@ ${q}`;
  const everyUnit = (where: SQL) => sql`
    select t.id, unit.k from unit join ${inTickets(sql`unit.q`)} ${where}
    union all
    select e.ticket_id, unit.k from unit join ${inMessages(sql`unit.q`)} ${where}`;
  const drives = search.units.length > 1 && search.units.some((u) => u.required);
  // Another organization's candidates are dropped before their messages are read.
  const inScope =
    scope.organizationId === undefined ? sql`` : sql`and t.organization_id = ${scope.organizationId}`;
  const hits = drives
    ? sql`driver as materialized (
        select q from (
          select unit.k, unit.q,
            (select count(*) from (select from ${tickets} t where t.search @@ unit.q limit ${tuning.rare}) a)
            + (select count(*) from (select from ${ticketEvents} e
                where e.type in (${typeList}) and ${words} @@ unit.q limit ${tuning.rare}) b) as n
          from unit where unit.required
        ) sized
        where n < ${tuning.rare} order by n, k limit 1
      ),
      candidate as materialized (
        select t.id from driver join ${inTickets(sql`driver.q`)}
        union
        select e.ticket_id from driver join ${inMessages(sql`driver.q`)}
      ),
      -- The candidates' words, read by id (arrays, so that the planner uses the indexes on ids).
      own as materialized (
        select t.id, t.search as words from ${tickets} t
        where t.id = any((select array_agg(id) from candidate)::uuid[]) ${inScope}
      ),
      message as materialized (
        select e.ticket_id as id, ${words} as words from ${ticketEvents} e
        where e.ticket_id = any((select array_agg(id) from own)::uuid[]) and e.type in (${typeList})
      ),
      hit as (
        select own.id, unit.k from own join unit on own.words @@ unit.q
        union all
        select message.id, unit.k from message join unit on message.words @@ unit.q
        union all
        ${everyUnit(sql`where not exists (select from driver)`)}
      )`
    : sql`hit as (${everyUnit(sql``)})`;
  return sql`with unit as materialized (
      select k, q::tsquery as q, required
      from jsonb_to_recordset(${units}::jsonb) as u (k int, q text, required boolean)
      limit ${sql.raw(String(search.units.length))} -- the planner then expects a few rows, not 100
    ),
    ${hits}
    select id from hit group by id
    having array_to_tsvector(array_agg(k::text)) @@ ${search.logic}::tsquery`;
}
