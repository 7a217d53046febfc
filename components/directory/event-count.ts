/** "1 event", "3 events", "No events". */
export function eventCountLabel(count: number): string {
  return count === 0 ? 'No events' : `${count} event${count === 1 ? '' : 's'}`;
}
