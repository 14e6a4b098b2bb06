// A ticket's status as a coloured badge with its word (never colour alone).
import { Badge } from '../ui/ui.tsx';
import { STATUS_TONE, useLabels } from './labels.ts';
import type { TicketStatus } from './types.ts';

/** Shows the status in words on its colour. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  const labels = useLabels();
  return <Badge tone={STATUS_TONE[status]}>{labels.status[status]}</Badge>;
}
