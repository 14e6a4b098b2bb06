// Tickets as the API shows them: the list row, the full page (parameters, conversation, SLA panel)
// and the filing confirmation, each built field by field.

import type { CommandDeps } from '../../commands/deps.ts';
import type { FiledTicket } from '../../commands/file-ticket.ts';
import { loadPlan } from '../../commands/load-plan.ts';
import type { Db } from '../../db/database.ts';
import { listEvents } from '../../db/repositories/ticket-events.ts';
import { ticketPageExtras } from '../../db/repositories/ticket-page-extras.ts';
import { type TicketListRow, ticketNumberOf, userNames } from '../../db/repositories/ticket-queries.ts';
import { getTicketByNumber, type TicketRow } from '../../db/repositories/tickets.ts';
import { alertOf } from '../../domain/sla/alert.ts';
import type { TicketState } from '../../domain/tickets/state.ts';
import type { TicketStatus } from '../../domain/tickets/types.ts';
import type { Lang } from '../../i18n/index.ts';
import { type NewerBuild, newerBuildHint } from '../products/newer-build.ts';
import { presentResolvingBuilds } from '../products/resolved-in-builds.ts';
import { conversationOf, namedUsers, presentEvent } from './event-presenter.ts';
import type { Filed, TicketSummary, TicketView } from './response-schemas.ts';
import { presentSla } from './sla-panel.ts';
import { isSupport, scopeOf, type Viewer } from './viewer.ts';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d === null ? null : d.toISOString());

/** A list row at instant `now`: parameters, status, people, deadlines and how urgent it is. */
export function presentSummary(row: TicketListRow, now: number): TicketSummary {
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    priority: row.priority,
    status: row.status,
    subject: row.subject,
    organization: { id: row.organizationId, name: row.organizationName },
    requester: { id: row.requesterId, name: row.requesterName },
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName } : null,
    cycle: row.cycle,
    openDispute: row.openDispute,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    closedAt: isoOrNull(row.closedAt),
    nextDueAt: isoOrNull(row.nextDueAt),
    alert: alertOf(row.state as TicketState, { nextDueAt: row.nextDueAt?.getTime() ?? null, now }),
    deadlines: {
      reaction: isoOrNull(row.reactionDueAt),
      solution: isoOrNull(row.solutionDueAt),
      progress: isoOrNull(row.progressDueAt),
      autoClose: isoOrNull(row.autoCloseAt),
    },
  };
}

/** The ticket page as the viewer may see it, at the deps' present instant. */
export async function presentTicket(
  deps: CommandDeps,
  row: TicketRow,
  viewer: Viewer,
  lang: Lang,
): Promise<TicketView> {
  const { db } = deps;
  const state = row.state as TicketState;
  const conversation = conversationOf(await listEvents(db, row.id), viewer);
  const ids = [row.requesterId, ...(row.assigneeId ? [row.assigneeId] : []), ...namedUsers(conversation)];
  // One query at a time: `db` may be a transaction, whose single connection must not be shared.
  const names = await userNames(db, ids);
  const extras = await ticketPageExtras(db, row, isSupport(viewer));
  const plan = await loadPlan(db, row.planId);
  const followsUp =
    state.followsUp ?? (row.followsUpTicketId ? await ticketNumberOf(db, row.followsUpTicketId) : null);
  const newerBuild = await newerBuildHint(db, row, lang);
  const relatedProblem = await relatedProblemOf(db, state, viewer);
  const summary = presentSummary(
    {
      ...row,
      organizationName: extras.organizationName,
      requesterName: names.get(row.requesterId) ?? null,
      assigneeName: row.assigneeId ? (names.get(row.assigneeId) ?? null) : null,
    },
    deps.clock.now(),
  );
  return {
    ...summary,
    description: row.description,
    product: row.product,
    build: row.build,
    ...(newerBuild ? { newerBuild } : {}),
    resolvedInBuilds: presentResolvingBuilds(extras.builds),
    closeReason: state.closeReason ?? null,
    dispute: state.openDispute
      ? { text: state.openDispute.text, at: new Date(state.openDispute.at).toISOString() }
      : null,
    followsUp,
    followUps: extras.followUps,
    relatedProblem,
    mergedInto: state.mergedInto?.number ?? null,
    mergedFrom: state.mergedFrom ?? [],
    conversation: conversation.map((r) => presentEvent(r, names)),
    sla: presentSla(state, plan, deps.clock.now(), lang, isSupport(viewer) ? 'support' : 'customer'),
  };
}

/**
 * The number of the problem this ticket is a case of, if the viewer may see it: support always, a
 * customer only their own organization's problem (R22; links made before that rule may cross).
 */
async function relatedProblemOf(db: Db, state: TicketState, viewer: Viewer): Promise<number | null> {
  const problem = state.relatedProblem;
  if (!problem) return null;
  const scope = scopeOf(viewer);
  if (!scope) return null;
  if (!scope.organizationId || problem.organizationId === scope.organizationId) return problem.number;
  return (await getTicketByNumber(db, problem.number, scope)) ? problem.number : null;
}

/** The confirmation of registration (R12): the number, the first deadlines, and the R19 hint if any. */
export function presentFiled(f: FiledTicket, newerBuild?: NewerBuild | null): Filed {
  return {
    id: f.id,
    number: f.number,
    status: f.status as TicketStatus,
    deadlines: { reaction: f.reactionDueAt, solution: f.solutionDueAt, progress: null, autoClose: null },
    ...(newerBuild ? { newerBuild } : {}),
  };
}

/** The entity tag of a ticket's version, as sent in ETag and expected in If-Match. */
export function entityTag(version: number): string {
  return `"${version}"`;
}
