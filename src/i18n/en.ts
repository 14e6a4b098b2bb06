// English texts, the second language (R2). Same codes as ru.ts.
import type { MessageCode } from './ru.ts';

export const en: Record<MessageCode, string> = {
  'calendar.invalid': 'The calendar is invalid: {details}',
  'calendar.not_object': 'A calendar must be a JSON object',
  'calendar.unknown_zone': 'Unknown time zone "{value}"',
  'calendar.unknown_day': 'Unknown weekday "{value}": use mon, tue, wed, thu, fri, sat, sun',
  'calendar.unknown_field': 'Unknown field "{value}"',
  'calendar.bad_intervals': 'Expected a list of intervals like [["09:00","17:00"]]',
  'calendar.bad_interval': 'An interval must be a pair of times ["HH:MM","HH:MM"]',
  'calendar.bad_time': 'Time "{value}" is invalid: expected HH:MM from 00:00 to 24:00',
  'calendar.reversed_interval': 'Interval {value} is empty or reversed: its start must precede its end',
  'calendar.overlapping_intervals': 'Intervals {value} overlap or are out of order',
  'calendar.bad_date': 'Date "{value}" is invalid: expected YYYY-MM-DD',
  'calendar.duplicate_date': 'Date {value} appears twice in the exceptions',
  'calendar.bad_kind': 'Exception kind "{value}" is unknown: use holiday, transfer, short, working',
  'calendar.bad_title': 'An exception title must be a string',
  'calendar.bad_range': 'The calendar validity period is invalid: {value}',
  'calendar.no_working_time': 'The calendar has no working time: no deadline can be computed',
  'calendar.out_of_range':
    'The calendar is known only from {from} to {to}; {value} is outside. Load the production calendar for that year',
  'calendar.exhausted': 'The calendar has no working time after {value}: no deadline can be computed',
  'calendar.runs_out':
    'The result falls outside the calendar (known from {from} to {to}). Load the production calendar for the next year',
  'calendar.unknown': 'Calendar "{value}" not found',
  'calendar.bad_year': 'Year "{value}" is invalid: expected a whole number from 1 to 9999',
  'time.bad_instant': 'Instant "{value}" is invalid: expected ISO 8601, e.g. 2026-01-12T12:30:00+03:00',
  'time.bad_amount': 'Duration "{value}" is invalid: expected a finite number',
  'time.bad_pause': 'Pause {value} is invalid: expected [start, end] with start not after end',
  'xmlcalendar.bad_xml': 'The file does not look like xmlcalendar: {value}',
  'xmlcalendar.bad_year': 'The year is missing or invalid: {value}. Pass it with --year',
  'xmlcalendar.bad_day': 'Day entry {value} is invalid',
  'xmlcalendar.no_root': 'The file has no <calendar> root element: it is not xmlcalendar',
  'cli.usage': '{value}',
  'cli.bad_argument': 'Invalid argument: {value}',
  'cli.missing_argument': 'Missing required argument {value}',
  'cli.bad_json': 'The line is not a JSON object: {value}',
  'cli.bad_op': 'Unknown operation "{value}": use add, sub, between, isWorking, nextWorking, previousWorking',
  'cli.file_unreadable': 'Cannot read file {value}',
  'cli.file_unwritable': 'Cannot write file {value}',
  'cli.calendar_usage':
    'Usage:\n  srok calendar import --xml FILE.xml [--year YEAR] [--base FILE.json|ru-standard] --out FILE.json\n  srok calendar show --calendar FILE.json|ru-standard --year YEAR',
  'cli.calendar_imported':
    'Calendar written to {file}: {year}, {days} working days, {hours} working hours; {off} weekdays off, {weekends} working weekends, {short} short days',
  'cli.calendar_gap': 'Warning: the calendar now runs from {from} to {to} but has no data for {value}',
  'db.data_dir_locked':
    'The data folder {dir} is already in use by process {pid} (host {host}); stop it or set another folder in SROK_DATA_DIR',
  'ticket.not_found': 'Ticket {value} not found',
  'ticket.version_conflict': 'The ticket has been changed by someone else; reload it and try again',
  'ticket.not_authorized_contact':
    '{email} is not listed in any contract as an authorized representative, so the ticket cannot be accepted. Ask the person responsible for the contract in your organization to add you to its contacts, or write to the portal administrator',
  'ticket.contract_not_valid':
    'Contract No. {number} is valid from {from} to {to}; it does not accept tickets now. Contact the person responsible for the contract in your organization',
  'ticket.illegal_transition': 'Action "{action}" is not possible while the ticket is "{status}"',
  'ticket.forbidden_action': 'Action "{action}" is not available to the role "{role}"',
  'ticket.closed_follow_up':
    'Ticket No. {number} is closed; a new message about it is registered as a new ticket linked to it',
  'ticket.dispute_already_open': "The ticket already has an open dispute; wait for support's answer",
  'ticket.no_open_dispute': 'The ticket has no open dispute',
  'ticket.reason_required': 'Give the reason for the change',
  'ticket.text_required': 'The message text cannot be empty',
  'ticket.nothing_changed': 'No parameter changed',
  'ticket.bad_deadline': "The deadline must be after the clock's start",
  'plan.invalid': 'The service plan is invalid: {details}',
  'plan.bad_field': '{value}',
  'plan.not_found': 'Service plan "{value}" not found',
};
