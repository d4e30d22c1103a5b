// SSM's command filters take a timestamp without fractions of a second (2024-07-07T00:00:00Z);
// every InvokedAfter the action sends is written here, rounded down so nothing sent in the
// same second is left out.

/** An instant as SSM's filters write it: whole seconds, UTC, no milliseconds. */
export function ssmTimestamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The ListCommands filter for commands requested at or after `ms`. */
export function invokedAfter(ms: number): { key: 'InvokedAfter'; value: string } {
  return { key: 'InvokedAfter', value: ssmTimestamp(ms) }
}
