/** How a ticket number is written to people — subjects, texts, error messages (R12): SR-1042. */
export function ticketRef(number: number): string {
  return `SR-${number}`;
}
